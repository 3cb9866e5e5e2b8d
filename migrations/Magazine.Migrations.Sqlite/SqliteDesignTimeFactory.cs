using Magazine.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Magazine.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<MagazineDbContext>
{
    public MagazineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MagazineDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly.GetName().Name))
            .AddInterceptors(new Search.SqliteSearchFunctions())
            .Options);
}
