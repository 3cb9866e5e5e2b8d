namespace Magazine.Web.ViewModels;

/// <summary>A section, tag, author or archive page: a heading, an optional blurb and a page of stories.</summary>
public sealed record ListingViewModel(
    string Heading,
    string? Description,
    string Kind,
    PagedList<StoryCard> Stories,
    string? FeedUrl = null);
