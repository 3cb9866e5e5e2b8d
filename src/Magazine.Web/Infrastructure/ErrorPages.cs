using System.Diagnostics;
using Magazine.Web.Resources;
using Magazine.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Infrastructure;

/// <summary>The site's own error page, for the status-code re-execution and for controllers that refuse a request with a reason.</summary>
public static class ErrorPages
{
    public static (string Title, string Message) TextsFor(int status) => status switch
    {
        400 => ("Bad request", "The address or the form could not be understood."),
        403 => ("Not allowed", "You do not have access to this page."),
        404 => ("Page not found", "We could not find that page. It may have moved, or the address may be mistyped."),
        405 => ("Not allowed", "That kind of request is not accepted here."),
        409 => ("Conflict", "Someone else changed this at the same time. Please review and try again."),
        413 => ("Too large", "What you sent is larger than we accept."),
        429 => ("Slow down", "You are sending requests too quickly. Please wait a minute and try again."),
        503 => ("Busy", "Many readers are here at once. Please try again in a few seconds."),
        >= 500 => ("Something went wrong", "We are sorry: the page could not be shown. Please try again shortly."),
        _ => ("Request not accepted", "The request could not be completed."),
    };

    /// <summary>
    /// Refuses the request with <paramref name="status"/> and a sentence saying why, in the
    /// site's layout and the edition's language (the English texts are the resource keys).
    /// </summary>
    public static ViewResult ErrorPage(this Controller controller, int status, string? message = null)
    {
        var (title, standard) = TextsFor(status);
        var localizer = controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var model = new ErrorViewModel(status, localizer[title], localizer[message ?? standard], Activity.Current?.Id ?? controller.HttpContext.TraceIdentifier);
        return new ViewResult
        {
            ViewName = "~/Views/Errors/Show.cshtml",
            ViewData = new ViewDataDictionary<ErrorViewModel>(controller.ViewData, model),
            StatusCode = status,
        };
    }
}
