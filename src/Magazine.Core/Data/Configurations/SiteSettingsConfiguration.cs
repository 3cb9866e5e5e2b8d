using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.Property(s => s.SiteName).HasMaxLength(100);
        builder.Property(s => s.Tagline).HasMaxLength(200);
        builder.Property(s => s.ContactEmail).HasMaxLength(256);
        builder.Property(s => s.TimeZone).HasMaxLength(100);
        builder.Property(s => s.ArabicSiteName).HasMaxLength(100);
        builder.Property(s => s.ArabicTagline).HasMaxLength(200);
    }
}
