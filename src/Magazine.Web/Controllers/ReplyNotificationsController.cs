using Magazine.Web.Comments;
using Magazine.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Magazine.Web.Controllers;

/// <summary>The links in reply notifications: confirm the address once, stop one story's or all notifications.</summary>
[Route("comments/notifications")]
public sealed class ReplyNotificationsController(ReplyNotifications replies) : Controller
{
    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? t, CancellationToken cancellationToken) =>
        await replies.ConfirmAsync(t, cancellationToken)
            ? View()
            : this.ErrorPage(400, "This confirmation link is not valid or has expired. Tick the box again with your next comment to get a new one.");

    [HttpGet("stop")]
    public IActionResult Stop(string? t) => View(new StopNotificationsViewModel(t ?? "", replies.StopsOneStory(t), Done: false));

    /// <summary>No session needed: the signed token is the authority, as for a one-click List-Unsubscribe POST.</summary>
    [HttpPost("stop")]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(16 * 1024)]
    public async Task<IActionResult> StopNow([FromQuery] string? t, CancellationToken cancellationToken)
    {
        var oneStory = replies.StopsOneStory(t);
        return await replies.StopAsync(t, cancellationToken)
            ? View(nameof(Stop), new StopNotificationsViewModel("", oneStory, Done: true))
            : this.ErrorPage(400, "This link is not valid. Use the link in the latest notification you received.");
    }
}

public sealed record StopNotificationsViewModel(string Token, bool OneStory, bool Done);
