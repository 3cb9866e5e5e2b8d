using Magazine.Web.Comments;
using Magazine.Web.Hosting;
using Magazine.Web.Infrastructure;
using Magazine.Web.Newsletter;
using Magazine.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Controllers;

/// <summary>The newsletter for readers: sign up (double opt-in), confirm, and leave in one click.</summary>
[Route("newsletter")]
public sealed class NewsletterController(NewsletterSubscriptions subscriptions, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new SubscribeForm { English = Edition.Current == Edition.English, Arabic = Edition.Current == Edition.Arabic });

    /// <summary>
    /// Posted from every cached page's footer, so it carries no antiforgery token: a forged
    /// post can only ask for a confirmation message, which the rate limits cap and which
    /// does nothing until its owner follows the link.
    /// </summary>
    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(16 * 1024)]
    public async Task<IActionResult> Subscribe(SubscribeForm? form, [FromServices] ClientFingerprint fingerprint, CancellationToken cancellationToken)
    {
        // A body that cannot be read as a form (a NUL in it, a cut multipart) binds no form at all.
        if (form is null)
        {
            return this.ErrorPage(StatusCodes.Status400BadRequest);
        }
        if (!form.FromFooter && !form.English && !form.Arabic)
        {
            ModelState.AddModelError(nameof(form.English), localizer["Choose at least one edition."]);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), form);
        }
        if (await subscriptions.SubscribeAsync(form, Edition.Current, fingerprint.Of(HttpContext), cancellationToken) == SubscribeOutcome.TooMany)
        {
            return this.ErrorPage(429, "Too many sign-ups from here or for this address. Please try again later.");
        }
        return LocalRedirect(Edition.Current.Url("/newsletter/check-your-inbox"));
    }

    [HttpGet("check-your-inbox")]
    public IActionResult Sent() => View();

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? t, CancellationToken cancellationToken) =>
        await subscriptions.ConfirmAsync(t, Edition.Current, cancellationToken)
            ? View()
            : this.ErrorPage(400, "This confirmation link is not valid or has expired. Sign up again to get a new one.");

    /// <summary>The link in a message shows a button; mail programs use the one-click POST below (RFC 8058).</summary>
    [HttpGet("unsubscribe")]
    public IActionResult Unsubscribe(string? t) => View(new UnsubscribeViewModel(t ?? "", Done: false));

    /// <summary>One click, immediate, with no session: the signed token is the authority (RFC 8058 posts without cookies).</summary>
    [HttpPost("unsubscribe")]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(16 * 1024)]
    public async Task<IActionResult> UnsubscribeNow([FromQuery] string? t, CancellationToken cancellationToken) =>
        await subscriptions.UnsubscribeAsync(t, cancellationToken)
            ? View(nameof(Unsubscribe), new UnsubscribeViewModel("", Done: true))
            : this.ErrorPage(400, "This unsubscribe link is not valid. Use the link in the latest message you received.");
}
