using JobNetwork.Web.Features.Backups;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Reliability;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// One-off commands run instead of the web server, e.g. <c>dotnet run -- --seed-demo demo@example.com</c> or
/// <c>docker compose exec jobnetwork dotnet JobNetwork.Web.dll backup</c>.
/// </summary>
public static class CommandLine
{
    public const string BackupCommand = "backup";

    /// <summary>Commands that must not start the app at all (no settings check, no migration).</summary>
    public static bool IsStandalone(string[] args) => args.Contains(HealthCheckCommand.Argument);

    /// <returns>True when a command ran and the process should exit.</returns>
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Contains(BackupCommand) || args.Contains("--" + BackupCommand))
        {
            var backups = app.Services.GetRequiredService<BackupService>();
            if (!backups.IsSupported)
            {
                Console.Error.WriteLine("This instance keeps its data in PostgreSQL: back it up with pg_dump (README, \"Several instances on PostgreSQL\").");
                Environment.ExitCode = 2;
                return true;
            }

            var backup = await backups.CreateAsync("manual", app.Lifetime.ApplicationStopping);
            Console.WriteLine($"Backup written: {Path.Combine(backups.Folder, backup.Name)} ({backup.SizeBytes:N0} bytes).");
            return true;
        }

        if (args.Contains("--fault-writer"))
        {
            // Used by the kill-mid-write test only (tests/JobNetwork.Tests/Reliability); runs until killed.
            await new FaultWriter(app.Services).RunAsync(Console.Out, app.Lifetime.ApplicationStopping);
            return true;
        }

        var seed = Array.IndexOf(args, "--seed-demo");
        if (seed < 0)
        {
            return false;
        }

        var email = args.ElementAtOrDefault(seed + 1) ?? "demo@example.com";
        var password = Environment.GetEnvironmentVariable("JOBNETWORK_DEMO_PASSWORD") ?? "Demo!Passw0rd";
        var size = args.Contains("--small") ? DemoNetworkSize.Small : DemoNetworkSize.Benchmark;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(email, password, size, app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Demo network ready: sign in as {email} with password {password}.");
        return true;
    }
}
