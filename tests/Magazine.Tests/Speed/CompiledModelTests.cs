using Magazine.Core.Data;
using Magazine.Migrations.Sqlite.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Magazine.Tests.Speed;

/// <summary>
/// The site starts on a model compiled ahead of time. A change to the entities that is not
/// compiled again would leave the site reading and writing the old shape; this fails first.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void TheCompiledModelMatchesTheEntities()
    {
        using var built = new MagazineDbContext(new DbContextOptionsBuilder<MagazineDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var compiled = new MagazineDbContext(new DbContextOptionsBuilder<MagazineDbContext>().UseSqlite("Data Source=:memory:")
            .UseModel(MagazineDbContextModel.Instance).Options);

        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);
        Assert.True(expected.Count > 100, "the description covers the model");

        Assert.True(expected.SequenceEqual(actual),
            "The compiled model is out of date; compile it again (the command is in MagazineDbContext's summary). Differs at: "
            + string.Join("; ", expected.Except(actual).Concat(actual.Except(expected)).Take(10)));
    }

    /// <summary>Every entity, property (with its column and type), key, index and relationship, one line each.</summary>
    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().SelectMany(entity =>
                entity.GetProperties().Select(p => $"{entity.Name}.{p.Name}: {p.ClrType.Name} {p.GetColumnName()} {p.GetColumnType()} null={p.IsNullable} concurrency={p.IsConcurrencyToken}")
                .Concat(entity.GetKeys().Select(k => $"{entity.Name} key {string.Join(",", k.Properties.Select(p => p.Name))}"))
                .Concat(entity.GetIndexes().Select(i => $"{entity.Name} index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .Concat(entity.GetForeignKeys().Select(f => $"{entity.Name} fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
                .Append($"{entity.Name} table {entity.GetTableName()}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
