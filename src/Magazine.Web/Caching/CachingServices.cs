using System.IO.Compression;
using Magazine.Web.Hosting;
using Magazine.Web.Scaling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Magazine.Web.Caching;

public static class CachingServices
{
    public static IServiceCollection AddReaderCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(provider => new ReaderCache(
            provider.GetRequiredService<PageStore>().Store,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IInstanceBroadcast>()));
        services.AddScoped<ReaderPageTags>();
        services.AddSingleton<ReaderRenderGate>();
        services.AddSingleton<ReaderRendersInFlight>();
        services.AddSingleton<PublicationSchedule>();
        services.AddSingleton<ContentChangeInterceptor>();
        var megabytes = configuration.GetValue($"{MagazineOptions.Section}:{nameof(MagazineOptions.OutputCacheMegabytes)}", 64);
        services.AddOutputCache(options =>
        {
            options.SizeLimit = Math.Max(1, megabytes) * 1024L * 1024L;
            options.AddPolicy(ReaderCache.Policy, policy => policy.AddPolicy<ReaderPagePolicy>(), excludeDefaultPolicy: true);
        });
        GuardTheStore(services);

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/atom+xml", "application/rss+xml", "application/xml", "text/xml", "application/ld+json"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, AnonymousOnlyCompression>();
        return services;
    }

    /// <summary>
    /// Puts the store registered last (the framework's memory store, or the shared Redis one
    /// registered after it) behind <see cref="GuardedOutputCacheStore"/>.
    /// </summary>
    public static void GuardTheStore(IServiceCollection services)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.RemoveAll<PageStore>();
        services.AddSingleton(provider => new PageStore(Inner(inner, provider)));
        services.AddSingleton<IOutputCacheStore>(provider => new GuardedOutputCacheStore(
            provider.GetRequiredService<PageStore>().Store,
            provider.GetRequiredService<ReaderCache>(),
            provider.GetRequiredService<IHttpContextAccessor>()));
    }

    /// <summary>The store behind the guard, which evictions go to directly.</summary>
    public sealed record PageStore(IOutputCacheStore Store);

    private static IOutputCacheStore Inner(ServiceDescriptor framework, IServiceProvider provider) =>
        framework.ImplementationInstance as IOutputCacheStore
        ?? framework.ImplementationFactory?.Invoke(provider) as IOutputCacheStore
        ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, framework.ImplementationType!);
}
