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

/// <summary>
/// The outcome of a workflow step. <see cref="Message"/> is an interface string's key (its
/// English text), with <see cref="Arguments"/> for its placeholders, put in the edition's
/// language where it is shown.
/// </summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, int ArticleId = 0, string? Field = null, string? Message = null, StoryCopy? Current = null)
{
    public object[] Arguments { get; init; } = [];

    public static WorkflowResult Done(int id) => new(WorkflowOutcome.Done, id);
    public static readonly WorkflowResult NotFound = new(WorkflowOutcome.NotFound);
    public static WorkflowResult Forbidden(string message) => new(WorkflowOutcome.Forbidden, Message: message);
    public static WorkflowResult Invalid(string field, string message, params object[] arguments) =>
        new(WorkflowOutcome.Invalid, Field: field, Message: message) { Arguments = arguments };

    public static WorkflowResult Conflict(StoryCopy current) => current.SavedBy is null
        ? new(WorkflowOutcome.Conflict, Current: current, Message: ConflictMessage)
        : new(WorkflowOutcome.Conflict, Current: current, Message: ConflictMessageBy) { Arguments = [current.SavedBy] };

    private const string ConflictMessage = "Someone else saved this story while you were editing it. Nothing of yours was saved: your text is still in the form below, and their version is shown under it. Merge what you need, then save again to replace their version with yours.";
    private const string ConflictMessageBy = "Someone else saved this story while you were editing it ({0}). Nothing of yours was saved: your text is still in the form below, and their version is shown under it. Merge what you need, then save again to replace their version with yours.";
}
