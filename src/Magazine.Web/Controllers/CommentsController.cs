using System.Security.Claims;
using Magazine.Web.Comments;
using Magazine.Web.Infrastructure;
using Magazine.Web.Queries;
using Magazine.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Controllers;

[Route("comments")]
public sealed class CommentsController(IAntiforgery antiforgery, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const long MaxFormBytes = 64 * 1024;

    /// <summary>
    /// A guest's post carries no ambient authority (no cookie acts for them), so it needs no
    /// antiforgery token, which lets story pages be cached with the form in them. A signed-in
    /// reader's post is acting with their cookie and must carry a token.
    /// </summary>
    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(CommentRateLimit.Policy)]
    [RequestFormLimits(ValueLengthLimit = 32 * 1024, ValueCountLimit = 20)]
    [RequestSizeLimit(MaxFormBytes)]
    public async Task<IActionResult> Post(
        [FromForm] CommentForm? form,
        [FromServices] CommentPoster poster,
        [FromServices] ClientFingerprint fingerprint,
        [FromServices] ArticlePageQuery articles,
        CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return this.ErrorPage(400, "Your session has changed since the page was shown. Please reload the page and post again.");
        }
        if (form is null || form.ArticleId <= 0)
        {
            return this.ErrorPage(400, "The comment form could not be read. Please post your comment from the story page.");
        }
        var result = ModelState.IsValid
            ? await poster.PostAsync(form, User, fingerprint.Of(HttpContext), cancellationToken)
            : new PostCommentResult.Invalid("", "");
        return await ResultAsync(result, form, articles, cancellationToken);
    }

    [Authorize]
    [HttpPost("{id:int}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, string? body, [FromServices] OwnCommentEditor editor, CancellationToken cancellationToken) =>
        Outcome(await editor.EditAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, body, cancellationToken));

    [Authorize]
    [HttpPost("{id:int}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, [FromServices] OwnCommentEditor editor, CancellationToken cancellationToken) =>
        Outcome(await editor.DeleteAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken));

    private async Task<IActionResult> ResultAsync(PostCommentResult result, CommentForm form, ArticlePageQuery articles, CancellationToken cancellationToken)
    {
        if (result is not PostCommentResult.Invalid invalid)
        {
            return Outcome(result);
        }
        if (invalid.Message.Length > 0)
        {
            ModelState.AddModelError(invalid.Field, localizer[invalid.Message]);
        }
        // The story page again, with the reader's text and the errors: nothing they typed is lost.
        var model = await articles.FindAsync(form.ArticleId, new CommentFormRequest(Form: form), cancellationToken);
        if (model is null)
        {
            return this.ErrorPage(404, "That story does not exist or is not published.");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Articles/Show.cshtml", model);
    }

    private IActionResult Outcome(PostCommentResult result) => result switch
    {
        PostCommentResult.Stored { Held: true } stored => Redirect($"{stored.ArticleUrl}?comment=held#comment-form"),
        PostCommentResult.Dropped dropped => Redirect($"{dropped.ArticleUrl}?comment=held#comment-form"),
        PostCommentResult.Stored stored => Redirect($"{stored.ArticleUrl}#comment-{stored.CommentId}"),
        PostCommentResult.Refused refused => this.ErrorPage(refused.StatusCode, refused.Message),
        PostCommentResult.Invalid invalid => this.ErrorPage(400, invalid.Message),
        _ => throw new InvalidOperationException($"Unknown comment result {result}"),
    };
}
