using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.Property(j => j.Format).HasMaxLength(20);
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.StartedBy).HasMaxLength(256);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Error).HasMaxLength(2000);
        // One import at a time across every instance (see ImportJob.Claim).
        builder.HasIndex(j => j.Claim).IsUnique();
    }
}
