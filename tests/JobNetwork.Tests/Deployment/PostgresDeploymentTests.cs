using JobNetwork.Tests.Infrastructure;

namespace JobNetwork.Tests.Deployment;

/// <summary>The PostgreSQL deployment: its compose file, its proxy configuration, and two real app processes on one database.</summary>
[Trait(Slow.Trait, Slow.Value)]
public sealed class PostgresDeploymentTests
{
    [Fact]
    public async Task Docker_compose_accepts_the_postgres_file_with_two_instances_behind_the_proxy()
    {
        var outcome = await ProcessRunner.RunAsync(
            "docker-compose", ["-f", "docker-compose.postgres.yml", "config"], TimeSpan.FromMinutes(1),
            environment: new Dictionary<string, string?> { ["POSTGRES_PASSWORD"] = "compose-check" });

        Assert.True(outcome.ExitCode == 0, "docker-compose config rejected docker-compose.postgres.yml:\n" + outcome.Output);
        var config = outcome.Output;
        foreach (var service in new[] { "db:", "app1:", "app2:", "proxy:" })
        {
            Assert.Contains(service, config, StringComparison.Ordinal);
        }

        Assert.Contains("Database__Provider: Postgres", config, StringComparison.Ordinal);
        Assert.Contains("Host=db;Database=jobnetwork;Username=jobnetwork;Password=compose-check", config, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compose_file_refuses_to_start_without_a_database_password()
    {
        var outcome = await ProcessRunner.RunAsync(
            "docker-compose", ["-f", "docker-compose.postgres.yml", "config"], TimeSpan.FromMinutes(1),
            environment: new Dictionary<string, string?> { ["POSTGRES_PASSWORD"] = null });

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("POSTGRES_PASSWORD", outcome.Output, StringComparison.Ordinal);
    }

    /// <summary>test.sh installs Debian's caddy when missing; <c>caddy adapt</c> parses the Caddyfile as the container would.</summary>
    [Fact]
    public async Task Caddy_accepts_the_load_balancer_config_with_sticky_sessions_and_health_checks()
    {
        var outcome = await ProcessRunner.RunAsync(
            "caddy", ["adapt", "--config", Path.Combine("deploy", "postgres", "Caddyfile"), "--adapter", "caddyfile"], TimeSpan.FromMinutes(1));

        Assert.True(outcome.ExitCode == 0, "caddy rejected deploy/postgres/Caddyfile:\n" + outcome.Output);
        Assert.Contains("\"policy\":\"cookie\"", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("app1:8080", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("app2:8080", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("/healthz", outcome.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// scripts/two-instance-smoke.sh starts two published app processes on different ports at the same moment on one
    /// empty PostgreSQL database and signs in through one with a cookie from the other, both ways.
    /// </summary>
    [Fact]
    public async Task Two_app_processes_share_one_postgres_database_and_one_sign_in()
    {
        var outcome = await ProcessRunner.RunAsync("bash", [Path.Combine("scripts", "two-instance-smoke.sh")], TimeSpan.FromMinutes(5));

        Assert.False(outcome.TimedOut, "The two-instance script ran longer than 5 minutes:\n" + outcome.Output);
        Assert.True(outcome.ExitCode == 0, $"The two-instance script exited with {outcome.ExitCode}:\n{outcome.Output}");
        Assert.Contains("[two-instance", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("passed", outcome.Output, StringComparison.Ordinal);
    }
}
