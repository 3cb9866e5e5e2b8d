using Magazine.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Magazine.Core.Data.Configurations;

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(2000);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // The sender's question: what is due, oldest first.
        builder.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        builder.HasIndex(m => m.NewsletterSendId);
        builder.HasOne<NewsletterSend>().WithMany().HasForeignKey(m => m.NewsletterSendId).OnDelete(DeleteBehavior.SetNull);
    }
}

public class NewsletterSubscriberConfiguration : IEntityTypeConfiguration<NewsletterSubscriber>
{
    public void Configure(EntityTypeBuilder<NewsletterSubscriber> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.Language).HasMaxLength(10);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => new { s.ConfirmedAt, s.LastDigestAt });
    }
}

public class NewsletterSendConfiguration : IEntityTypeConfiguration<NewsletterSend>
{
    public void Configure(EntityTypeBuilder<NewsletterSend> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.SentBy).HasMaxLength(256);
        builder.HasIndex(s => s.CreatedAt);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}

public class ReplyWatchConfiguration : IEntityTypeConfiguration<ReplyWatch>
{
    public void Configure(EntityTypeBuilder<ReplyWatch> builder)
    {
        builder.Property(w => w.Email).HasMaxLength(256);
        builder.HasIndex(w => w.CommentId);
        builder.HasIndex(w => new { w.Email, w.ArticleId });
        builder.HasOne<Comment>().WithMany().HasForeignKey(w => w.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(w => w.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReplyNotificationAddressConfiguration : IEntityTypeConfiguration<ReplyNotificationAddress>
{
    public void Configure(EntityTypeBuilder<ReplyNotificationAddress> builder)
    {
        builder.HasKey(a => a.Email);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.Language).HasMaxLength(10);
    }
}
