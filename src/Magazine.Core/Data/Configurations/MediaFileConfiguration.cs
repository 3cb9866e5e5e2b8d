using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.Property(m => m.StoredName).HasMaxLength(100);
        builder.Property(m => m.OriginalName).HasMaxLength(260);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.ContentKey).HasMaxLength(40);
        builder.Property(m => m.VariantWidths).HasMaxLength(100);
        builder.Property(m => m.Alt).HasMaxLength(300);
        builder.Property(m => m.Caption).HasMaxLength(500);
        builder.Property(m => m.Credit).HasMaxLength(200);
        builder.HasIndex(m => m.StoredName).IsUnique();
        // One record per content: the same photo uploaded twice is the same image.
        builder.HasIndex(m => m.ContentKey).IsUnique();
        builder.HasIndex(m => m.UploadedAt);
    }
}
