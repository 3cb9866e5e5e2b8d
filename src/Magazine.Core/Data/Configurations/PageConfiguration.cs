using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.Language).HasMaxLength(10);
        builder.Property(p => p.ArabicTitle).HasMaxLength(300);
        builder.Property(p => p.ExternalId).HasMaxLength(300);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.ExternalId).IsUnique();
    }
}
