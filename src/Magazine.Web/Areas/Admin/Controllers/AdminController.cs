using Magazine.Core.Content;
using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Hosting;
using Magazine.Web.Resources;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>
/// The base of every newsroom controller: the Admin area, the <see cref="Policies.Newsroom"/>
/// policy (editors' and administrators' controllers add theirs on top), and antiforgery on
/// every unsafe request. A test walks every admin endpoint and fails on one left open.
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.Newsroom)]
[AutoValidateAntiforgeryToken]
public abstract class AdminController : Controller
{
    private IStringLocalizer? localizer;

    protected Actor Actor => Actor.From(User);

    /// <summary>
    /// The interface strings in the edition's language, for confirmations and refusals. Taken
    /// from the request's services so the controllers' constructors stay about their own work.
    /// </summary>
    protected IStringLocalizer L => localizer ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>A form shown again with a status other than 200 (409, 413...).</summary>
    protected ViewResult ViewWithStatus(string viewName, object model, int statusCode)
    {
        var view = View(viewName, model);
        view.StatusCode = statusCode;
        return view;
    }

    /// <summary>
    /// "Convert to Markdown" of the story and page editors: the body rewritten in the form only,
    /// and the fields shown with the converted text rather than what was posted. False when
    /// the body was Markdown already.
    /// </summary>
    protected bool ConvertBodyToMarkdown(HtmlToMarkdown converter, IEditableBody form, string prefix)
    {
        var converted = converter.ConvertBody(form);
        ModelState.Remove($"{prefix}.{nameof(IEditableBody.BodyMarkdown)}");
        ModelState.Remove($"{prefix}.{nameof(IEditableBody.BodyFormat)}");
        return converted;
    }

    /// <summary>A service's refusal, shown on the form field it names (or above the form).</summary>
    protected void AddError(AdminResult? result, string prefix)
    {
        if (result?.Message is { } message)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(result.Field) ? "" : $"{prefix}.{result.Field}", L.Message(message, result.Arguments));
        }
    }
}
