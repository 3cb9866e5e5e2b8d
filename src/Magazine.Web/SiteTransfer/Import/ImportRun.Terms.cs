using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Web.SiteTransfer.Source;

namespace Magazine.Web.SiteTransfer.Import;

/// <summary>The site's feed addresses, authors, and labels, categories and tags.</summary>
internal sealed partial class ImportRun
{
    /// <summary>Where the site's feed lives; old feed addresses answer 301 to it.</summary>
    public const string FeedPath = "/feed";

    private const string UnknownAuthorKey = "import:unknown-author";

    private void AddSite(SourceSite site)
    {
        foreach (var path in site.FeedPaths)
        {
            AddRedirects([path], RedirectTarget.Fixed, FeedPath);
        }
    }

    private void AddAuthor(SourceAuthor author)
    {
        if (_authors.Contains(author.Key))
        {
            report.Skipped(ImportReport.Authors, author.DisplayName, "already imported");
            return;
        }
        CreateAuthor(author.Key, author.DisplayName, author.Bio, author.Login);
    }

    private AuthorProfile CreateAuthor(string key, string displayName, string? bio, string? login = null)
    {
        var name = ImportedText.Clip(HtmlText.ToPlainText(displayName) is { Length: > 0 } plain ? plain : "Unknown", 100);
        var author = new AuthorProfile
        {
            DisplayName = name,
            Slug = ImportedText.UniqueSlug(login ?? name, name, _authorSlugs),
            Bio = ImportedText.ClipOrNull(bio, 2000),
            ExternalId = key,
        };
        db.Authors.Add(author);
        _authors.Added[key] = author;
        _unsaved++;
        report.Imported(ImportReport.Authors);
        return author;
    }

    /// <summary>Points a story at its author, creating a profile for an author the file names only on the post.</summary>
    private void SetAuthor(Article article, string? key)
    {
        key ??= UnknownAuthorKey;
        if (!_authors.Contains(key))
        {
            var login = key == UnknownAuthorKey ? null : key[(key.LastIndexOf('/') + 1)..];
            CreateAuthor(key, login ?? "Staff", null, login);
        }
        if (_authors.Added.TryGetValue(key, out var added))
        {
            article.Author = added;
        }
        else
        {
            article.AuthorId = _authors.Saved[key];
        }
    }

    private void AddTerm(SourceTerm term)
    {
        var target = ResolveTerm(term.Kind, term.Key, term.Name, term.Description, term.SortOrder);
        AddRedirects(term.OldPaths, target.IsSection ? RedirectTarget.Section : RedirectTarget.Tag, target.Slug);
    }

    /// <summary>The section or tag a source term maps to, created on first use; an existing one with the same slug is reused.</summary>
    private TermTarget ResolveTerm(TermKind kind, string key, string name, string? description = null, int? sortOrder = null)
    {
        if (_terms.TryGetValue((kind, key), out var known))
        {
            return known;
        }
        var isSection = options.IsSection(kind, key, name);
        var slug = Slugs.From(Decode(key));
        if (slug.Length == 0)
        {
            slug = Slugs.From(name);
        }
        if (slug.Length == 0)
        {
            slug = "term-" + (_terms.Count + 1);
        }
        var display = ImportedText.Clip(HtmlText.ToPlainText(name) is { Length: > 0 } plain ? plain : slug, 100);
        var target = new TermTarget(isSection, slug);
        _terms[(kind, key)] = target;
        var kindName = isSection ? ImportReport.Sections : ImportReport.Tags;
        if (isSection ? _sections.Contains(slug) : _tags.Contains(slug))
        {
            report.Skipped(kindName, display, "already exists");
            return target;
        }
        if (isSection)
        {
            var section = new Category
            {
                Name = display,
                Slug = slug,
                Description = ImportedText.ClipOrNull(description, 500),
                SortOrder = sortOrder ?? ++_sectionOrder,
                ExternalId = ImportedText.Clip(key, 300),
            };
            db.Categories.Add(section);
            _sections.Added[slug] = section;
        }
        else
        {
            var tag = new Tag { Name = display, Slug = slug };
            db.Tags.Add(tag);
            _tags.Added[slug] = tag;
        }
        _unsaved++;
        report.Imported(kindName);
        return target;
    }

    /// <summary>The story's section (the first of its terms that is one) and its other terms as ordered tags.</summary>
    private void SetTerms(Article article, IReadOnlyList<SourceTermRef> terms)
    {
        article.CategoryId = null;
        article.Category = null;
        var order = 0;
        var tagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var target = ResolveTerm(term.Kind, term.Key, term.Name);
            if (target.IsSection && article.Category is null && article.CategoryId is null)
            {
                if (_sections.Added.TryGetValue(target.Slug, out var section))
                {
                    article.Category = section;
                }
                else
                {
                    article.CategoryId = _sections.Saved[target.Slug];
                }
                continue;
            }
            if (!tagged.Add(target.Slug))
            {
                continue;
            }
            // A second section label stays on the story as a tag of the same name.
            var tagSlug = target.Slug;
            if (target.IsSection && !_tags.Contains(tagSlug))
            {
                var tag = new Tag { Name = ImportedText.Clip(HtmlText.ToPlainText(term.Name) is { Length: > 0 } plain ? plain : tagSlug, 100), Slug = tagSlug };
                db.Tags.Add(tag);
                _tags.Added[tagSlug] = tag;
                report.Imported(ImportReport.Tags);
            }
            article.Tags.Add(_tags.Added.TryGetValue(tagSlug, out var added)
                ? new ArticleTag { Tag = added, SortOrder = order++ }
                : new ArticleTag { TagId = _tags.Saved[tagSlug], SortOrder = order++ });
        }
    }

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
