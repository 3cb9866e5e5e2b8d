using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Magazine.Web.Hosting;

/// <summary>
/// The keys behind sign-in cookies, antiforgery tokens and comment-form notes. They live in
/// the data folder so they survive restarts. With a certificate configured
/// (<c>Magazine:DataProtection:CertificatePath</c>, a PKCS#12 file, and its
/// <c>CertificatePassword</c>) each key is encrypted with it before it is written; without
/// one they are plain XML, and the data folder must be readable by the site alone.
/// </summary>
public static class DataProtectionKeys
{
    public const string Section = "Magazine:DataProtection";

    public static IServiceCollection AddMagazineDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var protection = services.AddDataProtection().SetApplicationName("Magazine");
        services.AddOptions<KeyManagementOptions>().Configure<DataPaths, ILoggerFactory>((options, paths, logging) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.Keys), logging));
        if (configuration[$"{Section}:CertificatePath"] is { Length: > 0 } path)
        {
            // A missing or unreadable certificate stops the start: a site that silently fell
            // back to plain keys would look protected and not be.
            var file = Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, configuration[$"{Section}:CertificatePassword"]);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"The Data Protection certificate {file} has no private key: the site could not read its own keys back.");
            }
            protection.ProtectKeysWithCertificate(certificate);
        }
        return services;
    }
}
