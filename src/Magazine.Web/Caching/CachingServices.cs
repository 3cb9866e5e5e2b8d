using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Magazine.Web.Caching;

public static class CachingServices
{
    public static IServiceCollection AddReaderCaching(this IServiceCollection services)
    {
        services.AddSingleton<ReaderCache>();
        services.AddSingleton<PublicationSchedule>();
        services.AddSingleton<ContentChangeInterceptor>();
        services.AddOutputCache(options =>
            options.AddPolicy(ReaderCache.Policy, policy => policy.AddPolicy<ReaderPagePolicy>(), excludeDefaultPolicy: true));

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
}
