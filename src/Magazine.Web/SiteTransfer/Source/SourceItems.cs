using Magazine.Core.Entities;

namespace Magazine.Web.SiteTransfer.Source;

/// <summary>
/// One thing read from an export, in file order. Readers turn Blogger and WordPress files
/// into these; the importer knows nothing of either format.
/// </summary>
public abstract record SourceItem;

/// <summary>The exported site: where it lived and the feed addresses its readers subscribed to.</summary>
public sealed record SourceSite(string? Title, string? Address, IReadOnlyList<string> FeedPaths) : SourceItem;

/// <param name="Login">The author's user name at the source, when it has one: it becomes the profile's slug.</param>
public sealed record SourceAuthor(string Key, string DisplayName, string? Bio, string? Login = null) : SourceItem;

public enum TermKind
{
    /// <summary>A Blogger label: a tag unless named as a section.</summary>
    Label,

    /// <summary>A WordPress category: a section unless the import names other sections.</summary>
    Category,

    Tag,
}

/// <summary>A label, category or tag. <see cref="Key"/> is its identity in the source (label name or nicename).</summary>
public sealed record SourceTerm(TermKind Kind, string Key, string Name) : SourceItem
{
    public string? Description { get; init; }
    public int? SortOrder { get; init; }

    /// <summary>Local paths (lower-case, decoded) at which the source listed this term's posts.</summary>
    public IReadOnlyList<string> OldPaths { get; init; } = [];
}

public sealed record SourceTermRef(TermKind Kind, string Key, string Name);

public enum SourceStatus
{
    /// <summary>Published, or scheduled when the publish time is still ahead.</summary>
    Published,
    Draft,
    Pending,
    Trashed,
}

/// <summary>A post or a page.</summary>
public sealed record SourcePost : SourceItem
{
    public required string ExternalId { get; init; }
    public bool IsPage { get; init; }
    /// <summary>The title as the source keeps it: HTML, unless <see cref="TitleIsText"/>.</summary>
    public string? Title { get; init; }

    public bool TitleIsText { get; init; }
    public string? Slug { get; init; }

    /// <summary>The body as the source showed it: HTML, which stays the story's editable source.</summary>
    public required string Html { get; init; }

    /// <summary>Magazine's own body source, present when the file was exported by Magazine; written in <see cref="OwnFormat"/>.</summary>
    public string? Markdown { get; init; }

    public BodyFormat OwnFormat { get; init; }

    public string? Excerpt { get; init; }
    public SourceStatus Status { get; init; }
    public SourceStatus? StatusBeforeTrash { get; init; }

    /// <summary>Why the source kept this post from the public (private, password-protected); it comes in as a draft.</summary>
    public string? HeldBack { get; init; }

    /// <summary>UTC; in the future for a scheduled post.</summary>
    public DateTime? PublishedAt { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string? AuthorKey { get; init; }
    public IReadOnlyList<SourceTermRef> Terms { get; init; } = [];

    /// <summary>Local paths (lower-case, decoded; with the query for query-string forms) that answered with this post.</summary>
    public IReadOnlyList<string> OldPaths { get; init; } = [];

    public string? Language { get; init; }
    public bool CommentsClosed { get; init; }
    public bool IsFeatured { get; init; }
    public string? HeroImageUrl { get; init; }
    public string? HeroImageAlt { get; init; }
}

public sealed record SourceComment : SourceItem
{
    public required string ExternalId { get; init; }

    /// <summary>The post or page it belongs to; several candidates when the source does not say which kind.</summary>
    public required IReadOnlyList<string> TargetIds { get; init; }

    public string? ParentId { get; init; }
    public required string AuthorName { get; init; }
    public string? AuthorEmail { get; init; }
    public string? AuthorUrl { get; init; }

    /// <summary>The comment as the source stored it (HTML or plain text).</summary>
    public required string Html { get; init; }

    /// <summary>Magazine's own Markdown source, present when the file was exported by Magazine.</summary>
    public string? Markdown { get; init; }

    public DateTime CreatedAt { get; init; }
    public CommentStatus Status { get; init; }
    public DateTime? DeletedAt { get; init; }
}

/// <summary>An image the source kept as a file of its own (a WordPress attachment); it stays where it is.</summary>
public sealed record SourceImage(string Url) : SourceItem;

/// <summary>An old address the exported site answered with a fixed local target (an old feed address).</summary>
public sealed record SourceRedirect(string FromPath, string ToPath) : SourceItem;

/// <summary>Something in the file that is deliberately not imported, and why.</summary>
public sealed record SourceSkipped(string Kind, string Id, string Reason) : SourceItem;
