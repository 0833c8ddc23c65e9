namespace JobNetwork.Tests.Deployment;

public sealed class ComposeFileTests
{
    /// <summary>test.sh installs Debian's docker-compose when it is missing; its <c>config</c> parses and validates the file.</summary>
    [Fact]
    public async Task Docker_compose_accepts_the_compose_file_with_the_volume_restart_policy_and_health_check()
    {
        var outcome = await ProcessRunner.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], TimeSpan.FromMinutes(1));

        Assert.True(outcome.ExitCode == 0, "docker-compose config rejected docker-compose.yml:\n" + outcome.Output);
        var config = outcome.Output;
        Assert.Contains("- jobnetwork-data:/data", config, StringComparison.Ordinal);
        Assert.Contains("restart: unless-stopped", config, StringComparison.Ordinal);
        Assert.Contains("--healthcheck", config, StringComparison.Ordinal);
        Assert.Contains("JOBNETWORK_DATA: /data", config, StringComparison.Ordinal);
    }
}
