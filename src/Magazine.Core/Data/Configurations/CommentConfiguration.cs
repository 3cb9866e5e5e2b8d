using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_Comments_OneTarget", "(\"ArticleId\" IS NULL) <> (\"PageId\" IS NULL)"));
        builder.Property(c => c.AuthorName).HasMaxLength(80);
        builder.Property(c => c.AuthorEmail).HasMaxLength(256);
        builder.Property(c => c.AuthorUrl).HasMaxLength(500);
        builder.Property(c => c.BodyMarkdown).HasMaxLength(5000);
        builder.Property(c => c.ClientHash).HasMaxLength(64);
        builder.Property(c => c.ExternalId).HasMaxLength(300);

        builder.HasIndex(c => new { c.ArticleId, c.Status, c.CreatedAt });
        builder.HasIndex(c => new { c.PageId, c.Status, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
        builder.HasIndex(c => c.ExternalId).IsUnique();
        builder.HasIndex(c => c.ParentId);
        builder.HasIndex(c => c.UserId);

        builder.HasOne(c => c.Article).WithMany(a => a.Comments).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Page).WithMany().HasForeignKey(c => c.PageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
