using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Property(c => c.ArabicName).HasMaxLength(100);
        builder.Property(c => c.ArabicDescription).HasMaxLength(500);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.SortOrder);
    }
}
