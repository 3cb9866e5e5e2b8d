using Magazine.Web.CommandLine;
using Magazine.Web.Hosting;

if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddMagazine();
var app = builder.Build();
await app.InitialiseDatabaseAsync();
app.UseMagazine();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
