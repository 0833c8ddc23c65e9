using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Reliability;

namespace JobNetwork.Web.Infrastructure;

/// <summary>One-off commands run instead of the web server, e.g. <c>dotnet run -- --seed-demo demo@example.com</c>.</summary>
public static class CommandLine
{
    /// <returns>True when a command ran and the process should exit.</returns>
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
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
