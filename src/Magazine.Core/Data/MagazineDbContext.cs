using Magazine.Core.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Core.Data;

/// <summary>
/// The one unit of work for the whole product. Controllers and services use it directly
/// (no repository layer). Migrations live in a provider-specific assembly under
/// migrations/; to add one:
///   dotnet ef migrations add NAME --project migrations/Magazine.Migrations.Sqlite --startup-project src/Magazine.Web
/// and, after any change to the model, compile it again for the site's start-up (a test fails until it matches):
///   dotnet ef dbcontext optimize --project migrations/Magazine.Migrations.Sqlite --startup-project migrations/Magazine.Migrations.Sqlite --output-dir CompiledModel --namespace Magazine.Migrations.Sqlite.CompiledModel
/// and the same migration for PostgreSQL (migrations/Magazine.Migrations.PostgreSql/README.md):
///   dotnet ef migrations add NAME --project migrations/Magazine.Migrations.PostgreSql --startup-project migrations/Magazine.Migrations.PostgreSql -o Migrations
/// </summary>
public class MagazineDbContext(DbContextOptions<MagazineDbContext> options) : IdentityDbContext<MagazineUser>(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<AuthorProfile> Authors => Set<AuthorProfile>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<PageRevision> PageRevisions => Set<PageRevision>();
    public DbSet<StoryAutosave> StoryAutosaves => Set<StoryAutosave>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<ArticleMediaUse> ArticleMediaUses => Set<ArticleMediaUse>();
    public DbSet<PageMediaUse> PageMediaUses => Set<PageMediaUse>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<NewsletterSubscriber> NewsletterSubscribers => Set<NewsletterSubscriber>();
    public DbSet<NewsletterSend> NewsletterSends => Set<NewsletterSend>();
    public DbSet<StoryNote> StoryNotes => Set<StoryNote>();
    public DbSet<LiveUpdate> LiveUpdates => Set<LiveUpdate>();
    public DbSet<StoryViewCount> StoryViewCounts => Set<StoryViewCount>();
    public DbSet<ReplyWatch> ReplyWatches => Set<ReplyWatch>();
    public DbSet<ReplyNotificationAddress> ReplyNotificationAddresses => Set<ReplyNotificationAddress>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MagazineDbContext).Assembly);
    }
}
