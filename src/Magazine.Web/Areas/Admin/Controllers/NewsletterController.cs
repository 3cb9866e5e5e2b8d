using Magazine.Web.Areas.Admin.ViewModels;
using Magazine.Web.Hosting;
using Magazine.Web.Infrastructure;
using Magazine.Web.Newsletter;
using Magazine.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Areas.Admin.Controllers;

/// <summary>The newsletter for editors: subscribers (counts, search, remove, export), the send log, and breaking-news sends.</summary>
[Route("admin/newsletter")]
[Authorize(Policy = Policies.Editors)]
public sealed class NewsletterController(SubscriberQueries queries) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, [FromServices] SiteIdentityProvider site, CancellationToken cancellationToken)
    {
        var subscribers = await queries.SubscribersAsync(q, SubscriberQueries.PageSize, cancellationToken);
        return View(new NewsletterAdminViewModel(
            await queries.CountsAsync(cancellationToken), subscribers, q, subscribers.Count,
            await queries.SendsAsync(cancellationToken), await queries.RecentStoriesAsync(cancellationToken),
            (await site.GetAsync(cancellationToken)).TimeZone));
    }

    [HttpGet("subscribers.csv")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken) =>
        File(System.Text.Encoding.UTF8.GetBytes(await queries.CsvAsync(cancellationToken)), "text/csv; charset=utf-8", "subscribers.csv");

    [HttpPost("subscribers/{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, string? q, [FromServices] Mail.Outbox outbox, CancellationToken cancellationToken)
    {
        if (!await queries.RemoveAsync(id, outbox, cancellationToken))
        {
            return NotFound();
        }
        TempData.SetFlash(L["Subscriber removed, with their address."]);
        return Redirect(NewsroomUrls.To("/newsletter") + (string.IsNullOrEmpty(q) ? "" : "?q=" + Uri.EscapeDataString(q)));
    }

    [HttpPost("breaking")]
    public async Task<IActionResult> Breaking(int articleId, [FromServices] NewsletterMailer mailer, CancellationToken cancellationToken)
    {
        var send = await mailer.SendBreakingAsync(articleId, User.Identity?.Name ?? "", cancellationToken);
        if (send is null)
        {
            return this.ErrorPage(404, "That story does not exist or is not published.");
        }
        TempData.SetFlash(L["“{0}” is on its way to the subscribers of its edition.", send.Title ?? ""]);
        return Redirect(NewsroomUrls.To("/newsletter"));
    }
}
