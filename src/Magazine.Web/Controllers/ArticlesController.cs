using Magazine.Web.Comments;
using Magazine.Web.Queries;
using Magazine.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Magazine.Web.Controllers;

[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class ArticlesController(ArticlePageQuery articles) : Controller
{
    /// <param name="replyto">A comment to reply to: the form is shown addressed to it (works without JavaScript).</param>
    /// <param name="comment">"held" after a post that waits for moderation, to say so.</param>
    [HttpGet("/{year:int:range(1900,2999)}/{month:int:range(1,12)}/{slug}")]
    public async Task<IActionResult> Show(int year, int month, string slug, int? replyto, string? comment, CancellationToken cancellationToken)
    {
        var model = await articles.FindAsync(slug, new CommentFormRequest(replyto, comment == "held"), cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        // The date in the address is part of the canonical form; a wrong one is forgiven with a redirect.
        if (model.Story.PublishedAt.Year != year || model.Story.PublishedAt.Month != month)
        {
            return RedirectPermanent(model.Story.Url);
        }
        Readership.ViewCounting.Mark(Response, model.Story.Id);
        return View(model);
    }
}
