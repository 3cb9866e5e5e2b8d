using Magazine.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Infrastructure;

/// <summary>
/// A consistent copy of the live SQLite database, taken while the site runs: VACUUM INTO
/// reads one snapshot (WAL lets writers go on) and writes a compact new file. SQLite only;
/// PostgreSQL's counterpart is <see cref="PgDumpBackup"/>.
/// </summary>
public sealed class SqliteBackup(MagazineDbContext db) : IDatabaseBackup
{
    public async Task WriteAsync(string destination, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(destination);
        if (File.Exists(full))
        {
            throw new IOException($"{full} already exists; choose a new file name.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0};", [full], cancellationToken);
    }
}
