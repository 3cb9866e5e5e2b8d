using Magazine.Core.Content;
using Magazine.Core.Data;
using Magazine.Core.Entities;
using Magazine.Core.Search;
using Magazine.Web.Accounts;
using Magazine.Web.Areas.Admin.Queries;
using Magazine.Web.Areas.Admin.Services;
using Magazine.Web.Caching;
using Magazine.Web.CommandLine;
using Magazine.Web.Comments;
using Magazine.Web.Infrastructure;
using Magazine.Web.Mail;
using Magazine.Web.Newsletter;
using Magazine.Web.Media;
using Magazine.Web.SiteTransfer.Import;
using Magazine.Web.SiteTransfer.WordPress;
using Magazine.Web.Previews;
using Magazine.Web.Publishing;
using Magazine.Web.Queries;
using Magazine.Web.Readership;
using Magazine.Web.Scaling;
using Magazine.Web.Security;
using Magazine.Web.Seeding;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.FileProviders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Magazine.Web.Hosting;

public static class MagazineServices
{
    public static WebApplicationBuilder AddMagazine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // An unpublished build (dotnet run, the tests) serves static files through the build's
        // manifest, which also knows the precompressed copies under obj/; in a published
        // folder there is no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        services.Configure<MagazineOptions>(builder.Configuration.GetSection(MagazineOptions.Section));
        // A mistyped public address stops the start rather than sending every reader astray.
        services.AddOptions<MagazineOptions>().Validate(options => PublicOrigin.TryParse(options.Site.BaseUrl, out _), PublicOrigin.Requirement).ValidateOnStart();
        services.AddSingleton<PublicOrigin>();
        services.AddSingleton<DataPaths>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new StoryRenderer(Media.ResponsiveBodyImages.Size));
        services.AddSingleton<CommentRenderer>();
        services.AddMemoryCache();
        services.AddSingleton<SiteIdentityProvider>();
        services.AddMagazineDatabase(builder.Configuration);

        services.AddIdentity<MagazineUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                // Failed passwords never lock an account (anyone could lock anyone out):
                // they slow the failing client instead (Accounts/ISignInThrottle). A lock
                // is only ever set by an administrator.
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MagazineDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<Accounts.LocalizedIdentityErrors>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "magazine.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            // A signed-in person without the right role gets a real 403 (the site's error
            // page), not a redirect that hides the status from scripts and tests.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // The stamp is checked on every signed-in request (one indexed read; readers who are
        // not signed in never pay it), so sign-out, role changes, locks and password changes
        // end copied cookies at once rather than a minute later.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorizationBuilder().AddMagazinePolicies();
        services.AddSignInRateLimit();
        services.AddScoped<UserAccounts>();
        services.AddSingleton<FirstAdminSetup>();
        services.AddHostedService<SetupLinkAnnouncer>();
        services.AddScoped<ICommandLineVerb, CreateUserVerb>();
        // Outside Development every cookie the site sets travels only over HTTPS, not only
        // the sign-in one: antiforgery and TempData cookies too. Through the cookie policy
        // rather than antiforgery's own option, which refuses (throws) on a plain-HTTP request.
        services.Configure<CookiePolicyOptions>(options =>
            options.Secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.AddMagazineDataProtection(builder.Configuration, builder.Environment);

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<StoryListQueries>();
        services.AddScoped<ArticlePageQuery>();
        services.AddScoped<LiveUpdateQueries>();
        services.AddScoped<CorrectionQueries>();
        services.AddScoped<StoryFollowUp>();
        services.Configure<LiveUpdateOptions>(builder.Configuration.GetSection(LiveUpdateOptions.Section));
        services.AddReadership(builder.Configuration);
        services.AddScoped<PageQueries>();
        services.AddScoped<RedirectQuery>();
        services.AddScoped<PageMetadata>();
        services.AddComments();
        services.AddReaderCaching(builder.Configuration);
        services.AddScoped<CommandLine.ICommandLineVerb, CommandLine.Verbs.BackupVerb>();
        services.AddScoped<SyntheticMagazine>();
        services.AddScoped<CommandLine.ICommandLineVerb, CommandLine.Verbs.SeedDemoVerb>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in builder.Configuration.GetSection("Magazine:ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddScoped<StoryWorkflow>();
        services.AddStoryPreviews();
        services.AddScoped<Translations.StoryTranslator>();
        services.AddMedia();
        services.AddScoped<StoryEditorQueries>();
        services.AddScoped<FollowUpQueries>();
        services.AddScoped<NewsroomStoryQueries>();
        services.AddScoped<CommentQueueQueries>();
        services.AddScoped<SectionManager>();
        services.AddScoped<TagManager>();
        services.AddScoped<PageManager>();
        services.AddSingleton<HtmlToMarkdown>();
        services.AddScoped<SettingsManager>();
        services.AddScoped<UserAdministration>();

        services.AddScoped<SiteImporter>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<WordPressExporter>();
        services.AddScoped<CommandLine.ICommandLineVerb, CommandLine.Verbs.ImportVerb>();
        services.AddScoped<CommandLine.ICommandLineVerb, CommandLine.Verbs.ExportVerb>();

        services.AddAccounts();
        services.AddMail(builder.Configuration);
        services.AddNewsletter();
        // Last of the features: with Redis configured it replaces what instances must share.
        services.AddSharedState(builder.Configuration);
        services.AddScoped<NewsroomNotices>();
        // Every form post is checked for an antiforgery token unless an action says why it
        // need not be (the guest comment form).
        services.AddScoped<SearchQueries>();
        services.AddScoped<FeedQueries>();
        services.AddScoped<SitemapQueries>();

        services.AddMagazineLocalization();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                options.Conventions.Add(new HeadAnswersGet());
                CheckboxBinderProvider.AddTo(options);
            })
            .AddMagazineViewLocalization();
        services.AddRouting(options => options.LowercaseUrls = true);
        return builder;
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app, bool seedDemo = true)
    {
        using var scope = app.Services.CreateScope();
        // On an up-to-date database one statement answers everything start asks, before the
        // initializer's own services (renderer, seeder, role manager) are built for nothing.
        var db = scope.ServiceProvider.GetRequiredService<MagazineDbContext>();
        seedDemo = seedDemo && app.Services.GetRequiredService<IOptions<MagazineOptions>>().Value.SeedDemoContent;
        if (db.Database.IsSqlite() && await SqliteStartState.IsCurrentAsync(db, seedDemo, CancellationToken.None))
        {
            return;
        }
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemo);
    }

    public static WebApplication UseMagazine(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Magazine:ReverseProxy:Enabled"))
        {
            app.UseForwardedHeaders();
        }
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCookiePolicy();
        app.UseEditions();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = ClientFaults.StatusCodeOf,
            });
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        if (app.Configuration[$"{MagazineOptions.Section}:{nameof(MagazineOptions.BenchStaticFolder)}"] is { Length: > 0 } benchFolder)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(benchFolder), RequestPath = "/bench-static" });
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<CanonicalHostMiddleware>();
        app.UseMiddleware<RedirectMiddleware>();
        app.UseUploadedMedia();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<ReaderPageValidators>();
        // Outside the page cache, so that views of cached story pages count too.
        app.UseMiddleware<ViewCounting>();
        var rendersInFlight = app.Services.GetRequiredService<ReaderRendersInFlight>();
        app.Use(rendersInFlight.WaitAsync);
        app.UseOutputCache();
        app.UseResponseCompression();
        app.Use(rendersInFlight.LeadAsync);
        app.UseMiddleware<ReaderRenderGate>();
        app.MapStaticAssets();
        app.MapHealthChecks(CanonicalHostMiddleware.HealthPath);
        app.MapControllers().WithStaticAssets();
        return app;
    }
}
