using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class PageRevisionConfiguration : IEntityTypeConfiguration<PageRevision>
{
    public void Configure(EntityTypeBuilder<PageRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.HasIndex(r => new { r.PageId, r.CreatedAt });
        builder.HasOne(r => r.Page).WithMany(p => p.Revisions).HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}
