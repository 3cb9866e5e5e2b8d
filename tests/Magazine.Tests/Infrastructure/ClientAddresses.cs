using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// Clients at different network addresses, as a proxy in front of the site reports them
/// (X-Forwarded-For). Needs <c>Magazine:ReverseProxy:Enabled</c>.
/// </summary>
public static class ClientAddresses
{
    public static MagazineFactory BehindAProxy(this MagazineFactory app) => app.With("Magazine:ReverseProxy:Enabled", "true");

    public static HttpClient CreateClientAt(this MagazineFactory app, string address)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
