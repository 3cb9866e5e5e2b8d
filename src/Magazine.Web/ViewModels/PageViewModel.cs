namespace Magazine.Web.ViewModels;

/// <summary>A standalone page (About, Contact...). Contact pages also show the site's e-mail.</summary>
public sealed record PageViewModel(string Title, string Slug, string BodyHtml, string Language, bool ShowContact);
