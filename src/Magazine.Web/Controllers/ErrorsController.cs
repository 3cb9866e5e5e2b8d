using Magazine.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

/// <summary>The site's own pages for every error status, rendered in the site layout and the edition's language.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // re-executed for failed posts too; it must render, never judge the form again
public sealed class ErrorsController : Controller
{
    /// <param name="code">The status, from the re-executed path; absent after an exception, whose status is already set.</param>
    [Route("/error/{code:int?}")]
    public IActionResult Show([FromRoute] int? code)
    {
        // Asked for directly, the error pages do not exist: otherwise /error/500 would be a
        // public way to make the site answer with a server error.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return this.ErrorPage(StatusCodes.Status404NotFound);
        }
        return this.ErrorPage(code is >= 400 and < 600 ? code.Value
            : Response.StatusCode is >= 400 and < 600 ? Response.StatusCode
            : StatusCodes.Status500InternalServerError);
    }
}
