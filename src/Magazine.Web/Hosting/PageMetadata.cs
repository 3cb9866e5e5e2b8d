namespace Magazine.Web.Hosting;

/// <summary>
/// What a view tells the layout about its page (title, description, canonical address,
/// language), typed instead of string-keyed ViewData. One per request.
/// </summary>
public sealed class PageMetadata
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? CanonicalPath { get; set; }
    public string? ImageUrl { get; set; }

    /// <summary>"article" on story pages, "website" elsewhere (Open Graph type).</summary>
    public string Type { get; set; } = "website";
    public bool NoIndex { get; set; }
}
