using Microsoft.EntityFrameworkCore;

namespace Magazine.Core.Data;

public static class PageConnection
{
    /// <summary>
    /// Keeps the context's connection open until the context is disposed with the request.
    /// A reader page sends several statements in a row; left to itself EF opens and closes
    /// the connection around each one, and every open and close takes the connection pool's
    /// lock, which under concurrent renders became the page's biggest wait.
    /// </summary>
    public static Task OpenForPageAsync(this DbContext db, CancellationToken cancellationToken) =>
        db.Database.OpenConnectionAsync(cancellationToken);
}
