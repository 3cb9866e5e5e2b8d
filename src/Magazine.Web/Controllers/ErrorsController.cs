using System.Diagnostics;
using Magazine.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

/// <summary>The site's own pages for every error status, rendered in the site layout.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{code:int?}")]
    public IActionResult Show(int? code)
    {
        var status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        var (title, message) = status switch
        {
            400 => ("Bad request", "The address or the form could not be understood."),
            403 => ("Not allowed", "You do not have access to this page."),
            404 => ("Page not found", "We could not find that page. It may have moved, or the address may be mistyped."),
            405 => ("Not allowed", "That kind of request is not accepted here."),
            409 => ("Conflict", "Someone else changed this at the same time. Please review and try again."),
            413 => ("Too large", "What you sent is larger than we accept."),
            429 => ("Slow down", "You are sending requests too quickly. Please wait a minute and try again."),
            _ when status >= 500 => ("Something went wrong", "We are sorry: the page could not be shown. Please try again shortly."),
            _ => ("Request not accepted", "The request could not be completed."),
        };
        Response.StatusCode = status;
        return View(new ErrorViewModel(status, title, message, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}
