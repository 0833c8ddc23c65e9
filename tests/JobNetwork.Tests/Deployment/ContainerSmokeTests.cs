using JobNetwork.Tests.Infrastructure;

namespace JobNetwork.Tests.Deployment;

[Trait(Slow.Trait, Slow.Value)]
public sealed class ContainerSmokeTests
{
    /// <summary>
    /// scripts/container-smoke.sh runs the published app as the container does (its environment variables, an empty
    /// data folder, UID 1654) through health check, first registration, a command-line backup and a restart.
    /// </summary>
    [Fact]
    public async Task The_published_app_runs_like_the_container_and_keeps_its_user_and_sign_in_across_a_restart()
    {
        var outcome = await ProcessRunner.RunAsync(
            "bash", [Path.Combine("scripts", "container-smoke.sh")], TimeSpan.FromMinutes(5));

        Assert.False(outcome.TimedOut, "The smoke script ran longer than 5 minutes:\n" + outcome.Output);
        Assert.True(outcome.ExitCode == 0, $"The smoke script exited with {outcome.ExitCode}:\n{outcome.Output}");
        Assert.Contains("[smoke", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("passed", outcome.Output, StringComparison.Ordinal);
    }
}
