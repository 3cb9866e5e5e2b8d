using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Magazine.Migrations.PostgreSql;

/// <summary>
/// The one difference PostgreSQL needs in the shared model. The site keeps every time in
/// UTC, but a time read back from SQLite has no kind, and Npgsql refuses to write a time
/// without one to a `timestamp with time zone` column. Here every time is written as UTC
/// and read back without a kind, exactly as the code sees it on SQLite, so one code path
/// serves both engines.
/// </summary>
public sealed class PostgreSqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    private static readonly ValueConverter<DateTime, DateTime> UtcDateTime = new(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));

    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> UtcDateTimeOffset = new(
        v => v.ToUniversalTime(),
        v => v);

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type == typeof(DateTime))
            {
                property.SetValueConverter(UtcDateTime);
            }
            else if (type == typeof(DateTimeOffset))
            {
                property.SetValueConverter(UtcDateTimeOffset);
            }
        }
    }
}
