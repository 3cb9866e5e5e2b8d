namespace Magazine.Web.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<ISignInThrottle, MemorySignInThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<ReaderRegistration>();
        services.AddScoped<AccountMail>();
        services.Configure<Microsoft.AspNetCore.Identity.DataProtectionTokenProviderOptions>(o => o.TokenLifespan = AccountMailTokens.ResetLifetime);
        return services;
    }
}
