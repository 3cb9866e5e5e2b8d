using System.Diagnostics;
using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Magazine.Tests.Speed;

/// <summary>
/// Counts the SQL commands each reader page sends, with the cache off, and checks the count
/// does not grow with the number of stories, tags or comments: no N+1 anywhere.
/// </summary>
public sealed class QueryCountTests : IDisposable
{
    private readonly MagazineFactory _app = new MagazineFactory().With("Magazine:OutputCache", "false");

    [Fact]
    public async Task ReaderPagesIssueAFixedNumberOfCommands()
    {
        Listen();
        var (section, author) = await _app.SectionAndAuthorAsync();
        var stories = await SeedAsync(section, author, 3, tagsEach: 1, commentsEach: 1);
        var client = _app.CreateClient();
        var pages = new[] { "/", "/latest", $"/section/{section.Slug}", $"/tag/{TagSlug}", $"/author/{author.Slug}", TestData.UrlOf(stories[1]) };
        foreach (var page in pages)
        {
            await client.GetAsync(page); // warm the settings cache and the compiled queries
        }
        var small = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            small[page] = await CountCommandsAsync(client, page);
        }

        await SeedAsync(section, author, 40, tagsEach: 5, commentsEach: 6);
        await _app.WithDbAsync(async db =>
        {
            var story = db.Articles.Find(stories[1].Id)!;
            for (var i = 0; i < 30; i++)
            {
                db.Comments.Add(new Comment { ArticleId = story.Id, AuthorName = "n", BodyHtml = "<p>c</p>", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
            }
            await db.SaveChangesAsync();
        });
        await client.GetAsync("/"); // settings and sections reload after the change

        foreach (var page in pages)
        {
            Assert.Equal(small[page], await CountCommandsAsync(client, page));
        }
        Assert.All(small.Values, count => Assert.InRange(count, 1, 12));
        // The home page reads every story it shows in one statement; a story page reads the
        // story, its tags, its neighbours with its related stories, and its comments.
        Assert.Equal(1, small["/"]);
        Assert.Equal(4, small[TestData.UrlOf(stories[1])]);
    }

    private const string TagSlug = "counted-topic";

    private async Task<List<Article>> SeedAsync(Category section, AuthorProfile author, int count, int tagsEach, int commentsEach)
    {
        var stories = new List<Article>();
        for (var i = 0; i < count; i++)
        {
            var tags = Enumerable.Range(0, tagsEach).Select(t => t == 0 ? "Counted topic" : $"Extra {i} {t}").ToArray();
            var story = await _app.StoryAsync(section, author, publishedAt: DateTime.UtcNow.AddMinutes(-count - i), tags: tags);
            await _app.WithDbAsync(async db =>
            {
                for (var c = 0; c < commentsEach; c++)
                {
                    db.Comments.Add(new Comment { ArticleId = story.Id, AuthorName = "n", BodyHtml = "<p>c</p>", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
                }
                await db.SaveChangesAsync();
            });
            stories.Add(story);
        }
        return stories;
    }

    private int _commands;
    private IDisposable? _subscription;

    /// <summary>
    /// Listens for the whole test rather than around each page: EF caches whether anyone
    /// listens (for about a second, per context), and a pooled context would otherwise miss
    /// a listener that appeared just before the page it should count. Only this site's
    /// database is counted (its SQLite file, or its database on the PostgreSQL server).
    /// </summary>
    private void Listen()
    {
        var database = Path.Combine(_app.DataDirectory, "magazine.db");
        _subscription = DiagnosticListener.AllListeners.Subscribe(new ListenerObserver(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new EventObserver(e =>
                {
                    if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data
                        && data.Command.Connection is { } connection
                        && (_app.PostgreSql is { } postgreSql ? connection.Database == postgreSql.Name : connection.DataSource == database))
                    {
                        Interlocked.Increment(ref _commands);
                    }
                }));
            }
        }));
    }

    private async Task<int> CountCommandsAsync(HttpClient client, string url)
    {
        Interlocked.Exchange(ref _commands, 0);
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return Interlocked.Exchange(ref _commands, 0);
    }

    private sealed class ListenerObserver(Action<DiagnosticListener> onNext) : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value) => onNext(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    private sealed class EventObserver(Action<KeyValuePair<string, object?>> onNext) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value) => onNext(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _app.Dispose();
    }
}
