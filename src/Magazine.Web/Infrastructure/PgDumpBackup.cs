using System.Diagnostics;
using Magazine.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// A backup of a PostgreSQL database: pg_dump's custom format (one consistent snapshot,
/// taken while the site runs; restored with pg_restore). pg_dump comes with PostgreSQL's
/// client tools and must be on the PATH, at the server's major version or newer.
/// </summary>
public sealed class PgDumpBackup(MagazineDbContext db) : IDatabaseBackup
{
    public async Task WriteAsync(string destination, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(destination);
        if (File.Exists(full))
        {
            throw new IOException($"{full} already exists; choose a new file name.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var start = new ProcessStartInfo("pg_dump")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--format=custom", "--no-owner", $"--file={full}", $"--dbname={connection.Database}" })
        {
            start.ArgumentList.Add(argument);
        }
        // Passed as libpq's environment rather than arguments, so the password never shows in a process list.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException(
                "pg_dump was not found. Install PostgreSQL's client tools (Debian: apt-get install postgresql-client), "
                + $"or run it yourself: pg_dump --format=custom --file={full} --host={connection.Host} --port={connection.Port} --username={connection.Username} {connection.Database}");
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                File.Delete(full);
                throw new BackupException($"pg_dump failed ({process.ExitCode}): {(await errors).Trim()}");
            }
        }
    }
}
