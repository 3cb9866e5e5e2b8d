using Magazine.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMagazine();
var app = builder.Build();
await app.InitialiseDatabaseAsync();
app.UseMagazine();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
