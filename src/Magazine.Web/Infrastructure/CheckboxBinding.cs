using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// A checkbox posts "true" (with its hidden "false"); any other value is a form error, as an
/// unreadable number is. The form must still render again with that error: MVC's checkbox
/// reads the posted value back as a bool when it renders and throws on "1" or "on"
/// (dotnet/aspnetcore#55512, by design), so the value is kept as unchecked beside its error,
/// and the error is also the form's, shown in its summary.
/// </summary>
public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    /// <summary>Just before MVC's own binder for simple types, so body, header and service bindings stay as they are.</summary>
    public static void AddTo(MvcOptions options)
    {
        var simple = options.ModelBinderProviders.Select((provider, index) => (provider, index))
            .First(p => p.provider is SimpleTypeModelBinderProvider).index;
        options.ModelBinderProviders.Insert(simple, new CheckboxBinderProvider());
    }

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool)
            ? new CheckboxBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class CheckboxBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet
                && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry)
                && entry.Errors.Count > 0)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, entry.AttemptedValue);
                // A checkbox has no message of its own beside it: the form's summary says what was wrong.
                foreach (var error in entry.Errors.ToList())
                {
                    bindingContext.ModelState.TryAddModelError(string.Empty, error.ErrorMessage);
                }
            }
        }
    }
}
