using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Magazine.Web.Media;

/// <summary>
/// <c>&lt;img src="…" responsive-sizes="…"&gt;</c>: for a processed upload, adds every width made
/// of it as <c>srcset</c> with the given <c>sizes</c>, and its real <c>width</c>/<c>height</c> so the
/// page does not shift while it loads. Other images (site files, older uploads, other sites)
/// keep the attributes the view gave them.
/// </summary>
[HtmlTargetElement("img", Attributes = SizesAttribute, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ResponsiveImageTagHelper : TagHelper
{
    private const string SizesAttribute = "responsive-sizes";

    [HtmlAttributeName(SizesAttribute)]
    public string Sizes { get; set; } = "100vw";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ResponsiveImage.Parse(output.Attributes["src"]?.Value?.ToString()) is not { } image)
        {
            return;
        }
        output.Attributes.SetAttribute("srcset", image.Srcset);
        output.Attributes.SetAttribute("sizes", Sizes);
        output.Attributes.SetAttribute("width", image.Width);
        output.Attributes.SetAttribute("height", image.Height);
    }
}
