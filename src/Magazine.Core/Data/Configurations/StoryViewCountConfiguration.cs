using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class StoryViewCountConfiguration : IEntityTypeConfiguration<StoryViewCount>
{
    public void Configure(EntityTypeBuilder<StoryViewCount> builder)
    {
        builder.HasKey(v => new { v.ArticleId, v.Hour });
        // Most read: every story's views since an hour, summed; the views ride in the index.
        builder.HasIndex(v => new { v.Hour, v.ArticleId, v.Views });
        builder.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
