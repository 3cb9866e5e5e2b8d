namespace Magazine.Web.Areas.Admin.Services;

/// <summary>
/// The answer of a management service: done, not found, or refused with a message for a form
/// field. The message is an interface string's key (its English text) with <see cref="Arguments"/>
/// for its placeholders, put in the edition's language where it is shown.
/// </summary>
public sealed record AdminResult(int StatusCode, string? Field = null, string? Message = null, int Id = 0)
{
    public object[] Arguments { get; init; } = [];

    /// <summary>After a refused stale save: the version now stored, so the person's next save knowingly replaces it.</summary>
    public int? CurrentVersion { get; init; }

    public bool Succeeded => StatusCode == StatusCodes.Status200OK && Message is null;

    public static AdminResult Done(int id = 0) => new(StatusCodes.Status200OK, Id: id);
    public static readonly AdminResult NotFound = new(StatusCodes.Status404NotFound);

    /// <summary>Bad input: shown on the form with 200, as any invalid form is.</summary>
    public static AdminResult Invalid(string field, string message, params object[] arguments) =>
        new(StatusCodes.Status200OK, field, message) { Arguments = arguments };

    /// <summary>The request is understood but the current state forbids it (a section still holding stories...).</summary>
    public static AdminResult Conflict(string message, params object[] arguments) =>
        new(StatusCodes.Status409Conflict, "", message) { Arguments = arguments };
}
