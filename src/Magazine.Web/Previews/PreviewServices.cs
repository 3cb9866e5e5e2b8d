namespace Magazine.Web.Previews;

public static class PreviewServices
{
    /// <summary>The newsroom's whole-story preview and its private links.</summary>
    public static IServiceCollection AddStoryPreviews(this IServiceCollection services) =>
        services.AddScoped<StoryPreviews>().AddScoped<StoryPreviewLinks>();
}
