using JobNetwork.Web.Infrastructure;

if (CommandLine.IsStandalone(args))
{
    return await HealthCheckCommand.RunAsync(CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddJobNetwork();

var app = builder.Build();
if (!app.SettingsAreValid())
{
    return 2;
}

await app.CheckMailServerAsync(app.Lifetime.ApplicationStopping);
await app.MigrateDatabaseAsync();
if (await app.TryRunCommandAsync(args))
{
    return 0;
}

app.MapJobNetwork();
await app.RunAsync();
return 0;

/// <summary>Visible to the test projects' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
