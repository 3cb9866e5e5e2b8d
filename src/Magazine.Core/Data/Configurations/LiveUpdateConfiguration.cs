using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class LiveUpdateConfiguration : IEntityTypeConfiguration<LiveUpdate>
{
    public void Configure(EntityTypeBuilder<LiveUpdate> builder)
    {
        builder.Property(u => u.BodyMarkdown).HasMaxLength(4000);
        builder.Property(u => u.PostedByName).HasMaxLength(256);
        builder.HasIndex(u => new { u.ArticleId, u.PostedAt });
        builder.HasOne(u => u.Article).WithMany(a => a.LiveUpdates).HasForeignKey(u => u.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
