using Magazine.Core.Entities;
using Magazine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Tests.Newsroom;

public sealed class CreateUserVerbTests(MagazineFactory app) : IClassFixture<MagazineFactory>
{
    private static string NewEmail() => $"cli-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task CreatesTheAccountWithItsRoleAndAuthorProfile()
    {
        var email = NewEmail();

        var (exit, output, error) = await app.RunVerbAsync("create-user", "--email", email, "--password", NewsroomClient.Password, "--role", "writer", "--name", "Rania Saleh");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Created Writer account", output);
        var stored = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .Select(u => new
            {
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                Author = db.Authors.Where(a => a.UserId == u.Id).Select(a => new { a.DisplayName, a.Slug }).FirstOrDefault(),
            })
            .SingleAsync());
        Assert.Equal([Roles.Writer], stored.Roles);
        Assert.Equal("Rania Saleh", stored.Author?.DisplayName);
        Assert.StartsWith("rania-saleh", stored.Author?.Slug);
    }

    [Fact]
    public async Task TwoAuthorsWithOneNameGetDistinctSlugs()
    {
        var name = "Sami " + TestData.Unique("x");
        await app.RunVerbAsync("create-user", "--email", NewEmail(), "--password", NewsroomClient.Password, "--role", "Writer", "--name", name);
        await app.RunVerbAsync("create-user", "--email", NewEmail(), "--password", NewsroomClient.Password, "--role", "Editor", "--name", name);

        var slugs = await app.WithDbAsync(db => db.Authors.Where(a => a.DisplayName == name).Select(a => a.Slug).ToListAsync());

        Assert.Equal(2, slugs.Distinct().Count());
    }

    [Theory]
    [InlineData("short1")]
    [InlineData("nodigitsatalltoday")]
    public async Task WeakPasswordFailsWithAClearMessage(string password)
    {
        var email = NewEmail();

        var (exit, _, error) = await app.RunVerbAsync("create-user", "--email", email, "--password", password, "--role", "Editor");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: Passwords must", error);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task DuplicateEmailFailsWithAClearMessage()
    {
        var email = NewEmail();
        Assert.Equal(0, (await app.RunVerbAsync("create-user", "--email", email, "--password", NewsroomClient.Password, "--role", "Editor")).ExitCode);

        var (exit, _, error) = await app.RunVerbAsync("create-user", "--email", email.ToUpperInvariant(), "--password", NewsroomClient.Password, "--role", "Writer");

        Assert.Equal(1, exit);
        Assert.Contains("is already taken", error);
        Assert.DoesNotContain("Username", error);
    }

    [Theory]
    [InlineData("Publisher")]
    [InlineData("Reader")]
    public async Task UnknownOrNonNewsroomRoleFailsWithAClearMessage(string role)
    {
        var email = NewEmail();

        var (exit, _, error) = await app.RunVerbAsync("create-user", "--email", email, "--password", NewsroomClient.Password, "--role", role);

        Assert.Equal(1, exit);
        Assert.Contains($"unknown role '{role}'", error);
        Assert.Contains("Admin, Editor, Writer", error);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task InvalidEmailFails()
    {
        var (exit, _, error) = await app.RunVerbAsync("create-user", "--email", "not-an-address", "--password", NewsroomClient.Password, "--role", "Editor");

        Assert.Equal(1, exit);
        Assert.Contains("invalid", error);
    }

    [Fact]
    public async Task MissingArgumentsShowTheUsage()
    {
        var (exit, _, error) = await app.RunVerbAsync("create-user", "--email", NewEmail());

        Assert.Equal(2, exit);
        Assert.Contains("usage: create-user --email E --password P --role Admin|Editor|Writer", error);
    }

    [Fact]
    public async Task HelpListsTheVerb()
    {
        var (exit, _, error) = await app.RunVerbAsync("help");

        Assert.Equal(0, exit);
        Assert.Contains("create-user --email", error);
    }
}
