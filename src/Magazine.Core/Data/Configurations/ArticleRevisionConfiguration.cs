using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Dek).HasMaxLength(600);
        builder.HasIndex(r => new { r.ArticleId, r.CreatedAt });
        builder.HasOne(r => r.Article).WithMany(a => a.Revisions).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
