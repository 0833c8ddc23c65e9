using JobNetwork.Web.Infrastructure;

if (CommandLine.IsStandalone(args))
{
    return await HealthCheckCommand.RunAsync(CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddJobNetwork();

var app = builder.Build();
if (!app.SettingsAreValid())
{
    // Disposing flushes the console logger's queue: without it the one line saying what to fix can be lost.
    await app.DisposeAsync();
    return 2;
}

await app.CheckMailServerAsync(app.Lifetime.ApplicationStopping);
await app.MigrateDatabaseAsync();
if (await app.TryRunCommandAsync(args))
{
    await app.DisposeAsync();
    return 0;
}

app.MapJobNetwork();
await app.RunAsync();
return 0;

/// <summary>Visible to the test projects' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
