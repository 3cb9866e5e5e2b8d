namespace Magazine.Core.Entities;

/// <summary>What a note on a published story says: that something was wrong, or that something changed.</summary>
public enum StoryNoteKind
{
    /// <summary>What was wrong and what is right; listed on the edition's corrections page.</summary>
    Correction,

    /// <summary>What changed since the story was published.</summary>
    Update,
}
