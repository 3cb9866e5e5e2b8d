namespace Magazine.Web.Infrastructure;

/// <summary>A consistent copy of the live database, taken while the site runs, in the engine's own format.</summary>
public interface IDatabaseBackup
{
    /// <exception cref="BackupException">The copy could not be made; the message says why and what to do.</exception>
    Task WriteAsync(string destination, CancellationToken cancellationToken);
}

public sealed class BackupException(string message) : Exception(message);
