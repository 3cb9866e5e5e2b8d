using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

/// <remarks>
/// Uses go with their story or page. The media library refuses to delete an image in use;
/// the cascade from the image only serves the process-images verb, which folds a duplicate
/// upload into the processed one after pointing its stories at it.
/// </remarks>
public class ArticleMediaUseConfiguration : IEntityTypeConfiguration<ArticleMediaUse>
{
    public void Configure(EntityTypeBuilder<ArticleMediaUse> builder)
    {
        builder.HasKey(u => new { u.MediaFileId, u.ArticleId });
        builder.HasIndex(u => u.ArticleId);
        builder.HasOne(u => u.Article).WithMany().HasForeignKey(u => u.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MediaFile>().WithMany().HasForeignKey(u => u.MediaFileId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PageMediaUseConfiguration : IEntityTypeConfiguration<PageMediaUse>
{
    public void Configure(EntityTypeBuilder<PageMediaUse> builder)
    {
        builder.HasKey(u => new { u.MediaFileId, u.PageId });
        builder.HasIndex(u => u.PageId);
        builder.HasOne(u => u.Page).WithMany().HasForeignKey(u => u.PageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MediaFile>().WithMany().HasForeignKey(u => u.MediaFileId).OnDelete(DeleteBehavior.Cascade);
    }
}
