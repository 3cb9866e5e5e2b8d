using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Dek).HasMaxLength(600);
        builder.Property(a => a.Language).HasMaxLength(10);
        builder.Property(a => a.HeroImageUrl).HasMaxLength(1000);
        builder.Property(a => a.HeroImageAlt).HasMaxLength(300);
        builder.Property(a => a.ExternalId).HasMaxLength(300);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.PreviewKey).HasMaxLength(64);

        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.ExternalId).IsUnique();

        // One index per reader list, each ending in the list's order (PublishedAt, Id) so
        // keyset pages are index range scans whatever the archive's size.
        builder.HasIndex(a => new { a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.Status, a.IsFeatured, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.CategoryId, a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.AuthorId, a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.Status, a.UpdatedAt });
        // Each edition's own lists (home, latest, feed, news sitemap) read its language's stories only.
        builder.HasIndex(a => new { a.Language, a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.Language, a.Status, a.IsFeatured, a.PublishedAt, a.Id });

        // One story per language in a translation group; the index also finds a story's translation.
        builder.HasIndex(a => new { a.TranslationGroupId, a.Language }).IsUnique();

        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
