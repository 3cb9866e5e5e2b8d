namespace Magazine.Web.ViewModels;

public sealed record HomeViewModel(
    StoryCard? Lead,
    IReadOnlyList<StoryCard> Latest,
    IReadOnlyList<SectionBlock> Sections,
    bool HasMore);

public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<StoryCard> Stories);
