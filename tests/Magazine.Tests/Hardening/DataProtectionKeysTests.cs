using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Magazine.Tests.Hardening;

/// <summary>With a certificate configured, the keys behind sign-in cookies are written encrypted, and read back after a restart.</summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private const string CertificatePassword = "certificate-secret-7";
    private readonly SiteAcrossStarts _starts = new();

    public DataProtectionKeysTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Magazine keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificateFile, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    private string CertificateFile => Path.Combine(_starts.Folder, "keys.pfx");

    private string DataFolder => Path.Combine(_starts.Folder, "data");

    public void Dispose() => _starts.Dispose();

    private MagazineFactory Site(bool encrypted)
    {
        var site = _starts.Start("data");
        return encrypted
            ? site.With("Magazine:DataProtection:CertificatePath", CertificateFile).With("Magazine:DataProtection:CertificatePassword", CertificatePassword)
            : site;
    }

    [Fact]
    public async Task WithACertificateNoKeyIsWrittenInPlainTextAndSignInsSurviveARestart()
    {
        string cookie;
        using (var site = Site(encrypted: true))
        {
            var user = await site.CreateUserAsync(Roles.Editor);
            var signIn = await site.CreateSecureClient().SignInAsync(user.Email!, NewsroomClient.Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }

        var keys = Directory.GetFiles(Path.Combine(DataFolder, "keys"), "key-*.xml").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<masterKey", xml);
            Assert.DoesNotContain("unencrypted", xml);
        });

        using var restarted = Site(encrypted: true);
        var client = restarted.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task WithoutACertificateKeysArePlainXmlAsTheDocsSay()
    {
        using (var site = Site(encrypted: false))
        {
            Assert.Equal(HttpStatusCode.OK, (await site.CreateSecureClient().GetAsync("/account/signin")).StatusCode);
        }

        var keys = Directory.GetFiles(Path.Combine(DataFolder, "keys"), "key-*.xml").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml));
    }
}
