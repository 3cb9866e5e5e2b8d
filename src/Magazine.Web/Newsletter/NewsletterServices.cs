namespace Magazine.Web.Newsletter;

public static class NewsletterServices
{
    public static IServiceCollection AddNewsletter(this IServiceCollection services)
    {
        services.AddScoped<NewsletterSubscriptions>();
        services.AddScoped<NewsletterMailer>();
        services.AddScoped<SubscriberQueries>();
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
