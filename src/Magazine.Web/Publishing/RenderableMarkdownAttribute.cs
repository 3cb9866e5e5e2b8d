using System.ComponentModel.DataAnnotations;
using Magazine.Core.Content;
using Magazine.Core.Entities;
using Magazine.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Publishing;

/// <summary>
/// Refuses, with a message on the form, Markdown the renderers would otherwise keep as plain
/// text: too long, too deeply nested or too heavy with markup (see <see cref="ContentLimits"/>).
/// On a form whose <c>BodyFormat</c> says HTML, the text is measured as HTML.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RenderableMarkdownAttribute(bool rawHtml) : ValidationAttribute
{
    public int MaxLength { get; init; } = ContentLimits.MaxStoryLength;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var isHtml = validationContext.ObjectInstance.GetType().GetProperty(nameof(BodyFormat))?.GetValue(validationContext.ObjectInstance) is BodyFormat.Html;
        var problem = isHtml ? ContentLimits.HtmlProblem(value as string, MaxLength) : ContentLimits.Problem(value as string, rawHtml, MaxLength);
        if (problem is null)
        {
            return ValidationResult.Success;
        }
        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer<SharedResource>;
        return new ValidationResult(localizer?[problem] ?? problem, validationContext.MemberName is { } member ? [member] : null);
    }
}
