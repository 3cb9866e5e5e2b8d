using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Magazine.Web.Media;

public static class MediaServices
{
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<MediaStore>();
        services.AddScoped<MediaUsage>();
        services.AddScoped<MediaUseRecorder>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaQueries>();
        services.AddScoped<UploadReprocessor>();
        services.AddScoped<CommandLine.ICommandLineVerb, CommandLine.Verbs.ProcessImagesVerb>();
        return services;
    }

    /// <summary>
    /// Uploads are served from the data folder at /media. Their names are made from their
    /// content, so a name never points at other bytes and browsers may keep them for a year;
    /// nosniff stops a browser from reading an image as anything else.
    /// </summary>
    public static IApplicationBuilder UseUploadedMedia(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = MediaStore.RequestPath,
            FileProvider = new PhysicalFileProvider(app.ApplicationServices.GetRequiredService<DataPaths>().Uploads),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = "public, max-age=31536000, immutable";
                headers.XContentTypeOptions = "nosniff";
            },
        });
}
