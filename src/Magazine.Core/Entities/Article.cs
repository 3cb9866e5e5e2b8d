namespace Magazine.Core.Entities;

public class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Dek { get; set; }

    /// <summary>The source the newsroom edits, written in <see cref="BodyFormat"/>: Markdown (which may carry HTML) or HTML.</summary>
    public string BodyMarkdown { get; set; } = "";

    public BodyFormat BodyFormat { get; set; }

    /// <summary>Generated at save time from <see cref="BodyMarkdown"/>; never bound from a form.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Plain text of the body, generated at save time, for search, summaries and reading time.</summary>
    public string BodyText { get; set; } = "";

    public int ReadingMinutes { get; set; }
    public ArticleStatus Status { get; set; }

    /// <summary>UTC. Set on first publish; a future value means scheduled.</summary>
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Status before the story went to the trash, so restore puts it back where it was.</summary>
    public ArticleStatus? StatusBeforeTrash { get; set; }

    public int AuthorId { get; set; }
    public AuthorProfile Author { get; set; } = null!;
    public int? CategoryId { get; set; }
    public Category? Category { get; set; }
    public List<ArticleTag> Tags { get; set; } = [];

    public string? HeroImageUrl { get; set; }
    public string? HeroImageAlt { get; set; }
    public bool IsFeatured { get; set; }

    /// <summary>BCP 47 language of the story ("en", "ar"); its text direction follows.</summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// Stories that are translations of one another share this number (the id of the story
    /// translated first); at most one story per language in a group. Null: no translation.
    /// </summary>
    public int? TranslationGroupId { get; set; }

    public bool CommentsClosed { get; set; }

    /// <summary>UTC. Set while the story is covered live (updates on top, LiveBlogPosting); null otherwise.</summary>
    public DateTime? LiveSince { get; set; }

    /// <summary>Approved, visible comments; kept by the comment service so lists need no count query.</summary>
    public int CommentCount { get; set; }

    /// <summary>Identity of the story in the system it was imported from, so a re-import updates instead of duplicating.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save; a stale copy's save is refused.</summary>
    public int Version { get; set; }

    /// <summary>
    /// The secret part of the private preview link; null when no link is live. Replacing or
    /// clearing it revokes every link handed out before.
    /// </summary>
    public string? PreviewKey { get; set; }

    /// <summary>UTC. The preview link stops working at this time.</summary>
    public DateTime? PreviewExpiresAt { get; set; }

    public List<Comment> Comments { get; set; } = [];
    public List<ArticleRevision> Revisions { get; set; } = [];
    public List<StoryAutosave> Autosaves { get; set; } = [];
    public List<StoryNote> Notes { get; set; } = [];
    public List<LiveUpdate> LiveUpdates { get; set; } = [];
}
