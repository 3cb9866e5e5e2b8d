namespace Magazine.Tests.Infrastructure;

/// <summary>
/// A folder and, on PostgreSQL, a database that several starts of the site share, for tests
/// of what outlives a restart or is seen by another instance. On SQLite the database is the
/// file in the data folder the starts are given.
/// </summary>
public sealed class SiteAcrossStarts : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "magazine-tests", "starts-" + Guid.NewGuid().ToString("N"));

    public PostgreSqlTestDatabase? Database { get; } = TestDatabase.IsPostgreSql ? TestDatabase.Create() : null;

    public SiteAcrossStarts() => Directory.CreateDirectory(Folder);

    /// <summary>A start of the site on the shared database, with its data in <paramref name="dataFolder"/> under <see cref="Folder"/>.</summary>
    public MagazineFactory Start(string dataFolder) =>
        new MagazineFactory().With("Magazine:DataDirectory", Path.Combine(Folder, dataFolder)).On(Database);

    public void Dispose()
    {
        Database?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temp folder is cleaned by the OS.
        }
    }
}
