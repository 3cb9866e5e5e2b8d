namespace Magazine.Web.Infrastructure;

/// <summary>
/// Exceptions that mean the client sent something broken (a truncated multipart body, too
/// many form fields, a body over the limit) rather than that the server failed: they are
/// answered with a 4xx, never a 500.
/// </summary>
public static class ClientFaults
{
    public static int StatusCodeOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        IOException when exception.Message.Contains("end of Stream", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status400BadRequest,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
