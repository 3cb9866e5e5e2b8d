namespace Magazine.Web.ViewModels;

/// <summary>A page of the edition's corrections, newest first.</summary>
public sealed record CorrectionsViewModel(IReadOnlyList<CorrectedStory> Corrections, int Page, bool HasNext)
{
    public string? PreviousUrl => Page > 1 ? StoryUrls.WithPage(StoryUrls.Corrections(), Page - 1) : null;
    public string? NextUrl => HasNext ? StoryUrls.WithPage(StoryUrls.Corrections(), Page + 1) : null;
}

public sealed record CorrectedStory(StoryNoteView Note, StoryCard Story);
