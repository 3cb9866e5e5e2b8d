using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class AuthorProfileConfiguration : IEntityTypeConfiguration<AuthorProfile>
{
    public void Configure(EntityTypeBuilder<AuthorProfile> builder)
    {
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.Property(a => a.Bio).HasMaxLength(2000);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.UserId).IsUnique();
        builder.HasIndex(a => a.ExternalId).IsUnique();
        builder.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
