using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class StoryAutosaveConfiguration : IEntityTypeConfiguration<StoryAutosave>
{
    public void Configure(EntityTypeBuilder<StoryAutosave> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Dek).HasMaxLength(600);
        // One copy per person and story: each autosave replaces the last.
        builder.HasIndex(a => new { a.ArticleId, a.UserId }).IsUnique();
        builder.HasOne(a => a.Article).WithMany(a => a.Autosaves).HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
