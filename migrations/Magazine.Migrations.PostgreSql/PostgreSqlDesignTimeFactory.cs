using Magazine.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Magazine.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server or the web host.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<MagazineDbContext>
{
    public MagazineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MagazineDbContext>();
        PostgreSqlOptions.Apply(options, "Host=localhost;Database=magazine_design");
        return new MagazineDbContext(options.Options);
    }
}
