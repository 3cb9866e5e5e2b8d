using AngleSharp.Dom;
using Ganss.Xss;

namespace Magazine.Core.Content;

/// <summary>
/// The allow-lists for every piece of HTML a person can influence. Stories get the
/// library's defaults plus iframes from allowed hosts; comments get a small subset.
/// </summary>
public static class SanitizerPolicies
{
    private static readonly string[] CommentTags =
        ["p", "br", "em", "strong", "del", "a", "code", "pre", "blockquote", "ul", "ol", "li"];

    public const string CommentLinkRel = "nofollow ugc noopener";

    /// <summary>Form controls have no place in a story and are the stuff of phishing.</summary>
    private static readonly string[] FormTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output"];

    /// <summary>
    /// Obsolete and interactive elements: browsers give some of them behaviour (a key
    /// generator, a context menu, a modal dialog) that no story needs.
    /// </summary>
    private static readonly string[] ObsoleteTags =
        ["keygen", "menu", "menuitem", "command", "dialog", "isindex", "applet", "frame", "frameset", "noframes", "marquee", "blink", "plaintext", "xmp", "listing", "nextid", "multicol", "spacer", "image", "basefont"];

    public static HtmlSanitizer ForStories(IReadOnlyCollection<string> embedHosts)
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in FormTags.Concat(ObsoleteTags))
        {
            sanitizer.AllowedTags.Remove(tag);
        }
        sanitizer.AllowedAttributes.Remove("formaction");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("loading");
        sanitizer.AllowedAttributes.Add("allowfullscreen");
        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        if (embedHosts.Count > 0)
        {
            sanitizer.AllowedTags.Add("iframe");
            sanitizer.AllowedAttributes.Add("frameborder");
            sanitizer.AllowedAttributes.Add("allow");
            sanitizer.PostProcessNode += (_, e) =>
            {
                if (e.Node is IElement { LocalName: "iframe" } frame && !IsAllowedEmbed(frame.GetAttribute("src"), embedHosts))
                {
                    frame.Remove();
                }
            };
        }
        return sanitizer;
    }

    public static HtmlSanitizer ForComments()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(CommentTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "rel"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", CommentLinkRel);
            }
        };
        return sanitizer;
    }

    private static bool IsAllowedEmbed(string? src, IReadOnlyCollection<string> hosts) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && hosts.Contains(uri.Host.ToLowerInvariant());
}
