namespace Magazine.Web.Readership;

public static class ReadershipServices
{
    public static IServiceCollection AddReadership(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReadershipOptions>(configuration.GetSection(ReadershipOptions.Section));
        services.AddSingleton<ViewCounter>();
        services.AddSingleton<ViewFlusher>();
        services.AddHostedService(provider => provider.GetRequiredService<ViewFlusher>());
        services.AddSingleton<MostReadBoard>();
        services.AddHostedService<MostReadRefresher>();
        services.AddScoped<StoryReadership>();
        return services;
    }
}
