using Magazine.Web.Infrastructure;
using Magazine.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Magazine.Web.Editions;

namespace Magazine.Web.Hosting;

/// <summary>
/// The two editions: interface strings from Resources/SharedResource*.resx, the culture
/// chosen by the address alone (never a cookie or the browser's languages, so one address
/// always shows one edition to readers, crawlers and caches alike).
/// </summary>
public static class MagazineLocalization
{
    public static IServiceCollection AddMagazineLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, CachedStringLocalizerFactory>();
        // Razor encodes every character outside the allowed ranges as an entity; Arabic pages
        // would be several times their size and unreadable as source. Markup characters are
        // always encoded whatever the ranges.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The request culture is the configured one (Levantine months, digits): the middleware
        // hands out the supported culture whose name the provider names.
        services.AddOptions<RequestLocalizationOptions>().Configure<IOptions<MagazineOptions>>((options, magazine) =>
        {
            var cultures = Edition.All.Select(e => EditionCultures.For(e, magazine.Value.Editions)).ToList();
            options.DefaultRequestCulture = new RequestCulture(cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context =>
                {
                    var edition = Edition.FromPrefix(context.Request.PathBase.Value ?? "");
                    return Task.FromResult(edition is null ? null : new ProviderCultureResult(edition.Language));
                }),
            ];
        });

        // Cookies default to the path base as their path, which in the Arabic edition is
        // "/ar": a sign-in or antiforgery cookie set there would be missing in the other
        // edition. Every cookie the site sets belongs to the whole site.
        services.ConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.Path = "/");
        services.Configure<AntiforgeryOptions>(options => options.Cookie.Path = "/");
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.Path = "/");
        return services;
    }

    /// <summary>Before everything that renders a page, error pages included, so they are in the edition's language.</summary>
    public static IApplicationBuilder UseEditions(this IApplicationBuilder app) =>
        app.UseMiddleware<EditionMiddleware>().UseRequestLocalization();

    public static IMvcBuilder AddMagazineViewLocalization(this IMvcBuilder mvc) =>
        mvc.AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
}
