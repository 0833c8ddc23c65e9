using JobNetwork.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddJobNetwork();

var app = builder.Build();
await app.MigrateDatabaseAsync();
if (await app.TryRunCommandAsync(args))
{
    return;
}

app.MapJobNetwork();
await app.RunAsync();

/// <summary>Visible to the test projects' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
