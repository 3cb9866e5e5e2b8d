using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class StoryNoteConfiguration : IEntityTypeConfiguration<StoryNote>
{
    public void Configure(EntityTypeBuilder<StoryNote> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.BodyMarkdown).HasMaxLength(4000);
        builder.Property(n => n.CreatedByName).HasMaxLength(256);
        builder.Property(n => n.RemovedByName).HasMaxLength(256);
        builder.HasIndex(n => new { n.ArticleId, n.CreatedAt });
        // The corrections page and its feed: the newest corrections first.
        builder.HasIndex(n => new { n.Kind, n.RemovedAt, n.CreatedAt });
        builder.HasOne(n => n.Article).WithMany(a => a.Notes).HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
