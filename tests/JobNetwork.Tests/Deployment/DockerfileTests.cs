using System.Text.RegularExpressions;

namespace JobNetwork.Tests.Deployment;

/// <summary>No Docker engine on the build machines: the Dockerfile's stages are read and checked as text.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = JoinContinuations(File.ReadAllLines(Path.Combine(ProcessRunner.RepositoryRoot, "Dockerfile")));

    [GeneratedRegex(@"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();

    [Fact]
    public void It_builds_with_the_dotnet_10_sdk_and_runs_on_the_aspnet_10_runtime()
    {
        var stages = Stages();

        Assert.Equal(2, stages.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", stages[0].Image, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", stages[^1].Image, StringComparison.Ordinal);
        Assert.Contains(stages[^1].Lines, l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
    }

    [Fact]
    public void The_runtime_stage_runs_as_the_non_root_app_user()
    {
        var user = Stages()[^1].Lines.LastOrDefault(l => l.StartsWith("USER ", StringComparison.Ordinal));

        Assert.NotNull(user);
        Assert.Matches("^(1654|app)(:(1654|app))?$", user["USER ".Length..].Trim());
        var entrypoint = Stages()[^1].Lines.FindIndex(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal));
        Assert.True(Stages()[^1].Lines.IndexOf(user) < entrypoint, "USER must come before the ENTRYPOINT.");
    }

    [Fact]
    public void The_runtime_stage_listens_on_8080_and_keeps_its_data_in_slash_data()
    {
        var runtime = string.Join('\n', Stages()[^1].Lines);

        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", runtime, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", runtime, StringComparison.Ordinal);
        Assert.Contains("JOBNETWORK_DATA=/data", runtime, StringComparison.Ordinal);
        Assert.Contains("VOLUME /data", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void The_health_check_uses_the_apps_own_healthcheck_mode_not_curl()
    {
        var healthCheck = Stages()[^1].Lines.SingleOrDefault(l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));

        Assert.NotNull(healthCheck);
        Assert.Contains("\"--healthcheck\"", healthCheck, StringComparison.Ordinal);
        Assert.DoesNotContain("curl", healthCheck, StringComparison.Ordinal);
        Assert.DoesNotContain("wget", healthCheck, StringComparison.Ordinal);
    }

    private sealed record Stage(string Image, string? Name, List<string> Lines);

    private static List<Stage> Stages()
    {
        var stages = new List<Stage>();
        foreach (var line in Lines)
        {
            var from = FromLine().Match(line);
            if (from.Success)
            {
                stages.Add(new Stage(from.Groups[1].Value, from.Groups[2].Success ? from.Groups[2].Value : null, []));
            }
            else if (stages.Count > 0)
            {
                stages[^1].Lines.Add(line);
            }
        }

        return stages;
    }

    private static string[] JoinContinuations(string[] raw)
    {
        var joined = new List<string>();
        var current = "";
        foreach (var line in raw.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            current += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (!line.EndsWith('\\'))
            {
                joined.Add(Regex.Replace(current, @"\s+", " "));
                current = "";
            }
        }

        return [.. joined];
    }
}
