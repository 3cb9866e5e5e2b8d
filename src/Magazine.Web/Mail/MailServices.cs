using Microsoft.Extensions.Options;

namespace Magazine.Web.Mail;

public static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<MailText>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SignedLinks>();
        services.AddSingleton<MailLinks>();
        services.AddSingleton<IMailRequestThrottle, MemoryMailRequestThrottle>();
        services.AddSingleton<PickupFolderTransport>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<IMailTransport>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host)
                ? provider.GetRequiredService<PickupFolderTransport>()
                : provider.GetRequiredService<SmtpMailTransport>());
        services.AddScoped<Outbox>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
        return services;
    }
}
