namespace Magazine.Web.Hosting;

/// <summary>
/// A page that belongs to one edition and has real translations (a story): its canonical
/// address, its alternates by language (empty when it has no translation) and where the
/// language switch leads. Pages without one are the same page in both editions.
/// </summary>
public sealed record EditionLinks(string Canonical, IReadOnlyList<EditionAlternate> Alternates, string Switch);

public sealed record EditionAlternate(string HrefLang, string Url);
