using System.ComponentModel.DataAnnotations;
using Magazine.Core.Content;
using Magazine.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Magazine.Web.Publishing;

/// <summary>
/// Refuses, with a message on the form, Markdown the renderers would otherwise keep as plain
/// text: too long, too deeply nested or too heavy with markup (see <see cref="ContentLimits"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RenderableMarkdownAttribute(bool rawHtml) : ValidationAttribute
{
    public int MaxLength { get; init; } = ContentLimits.MaxStoryLength;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (ContentLimits.Problem(value as string, rawHtml, MaxLength) is not { } problem)
        {
            return ValidationResult.Success;
        }
        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer<SharedResource>;
        return new ValidationResult(localizer?[problem] ?? problem, validationContext.MemberName is { } member ? [member] : null);
    }
}
