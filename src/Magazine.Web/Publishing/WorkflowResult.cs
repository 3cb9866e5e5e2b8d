namespace Magazine.Web.Publishing;

public enum WorkflowOutcome
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>The story changed since the person loaded it; nothing was saved.</summary>
    Conflict,

    /// <summary>The input was refused; <see cref="WorkflowResult.Field"/> names the form field.</summary>
    Invalid,
}

/// <summary>What the other person saved, shown beside a refused stale save so the two can be merged by hand.</summary>
public sealed record StoryCopy(int Version, string Title, string? Dek, string BodyMarkdown, DateTime UpdatedAt, string? SavedBy);

public sealed record WorkflowResult(WorkflowOutcome Outcome, int ArticleId = 0, string? Field = null, string? Message = null, StoryCopy? Current = null)
{
    public static WorkflowResult Done(int id) => new(WorkflowOutcome.Done, id);
    public static readonly WorkflowResult NotFound = new(WorkflowOutcome.NotFound);
    public static WorkflowResult Forbidden(string message) => new(WorkflowOutcome.Forbidden, Message: message);
    public static WorkflowResult Invalid(string field, string message) => new(WorkflowOutcome.Invalid, Field: field, Message: message);
    public static WorkflowResult Conflict(StoryCopy current) => new(WorkflowOutcome.Conflict, Current: current, Message:
        $"Someone else saved this story while you were editing it{(current.SavedBy is null ? "" : $" ({current.SavedBy})")}. "
        + "Nothing of yours was saved: your text is still in the form below, and their version is shown under it. "
        + "Merge what you need, then save again to replace their version with yours.");
}
