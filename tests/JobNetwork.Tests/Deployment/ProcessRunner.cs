using System.Diagnostics;
using System.Text;

namespace JobNetwork.Tests.Deployment;

public sealed record ProcessOutcome(int ExitCode, string Output, bool TimedOut);

/// <summary>Runs a command to completion for the deployment checks, collecting stdout and stderr together.</summary>
public static class ProcessRunner
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The web app as the test build left it (the tests reference the project, so it is built first).</summary>
    public static string BuiltAppFolder =>
        Path.Combine(RepositoryRoot, "src", "JobNetwork.Web", "bin", BuildConfiguration, "net10.0");

    /// <summary>Release or Debug: the folder above the test assembly's target-framework folder.</summary>
    private static string BuildConfiguration =>
        Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))!);

    public static async Task<ProcessOutcome> RunAsync(
        string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessOutcome(timedOut ? -1 : process.ExitCode, output.ToString(), timedOut);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JobNetwork.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with JobNetwork.sln) was not found above " + AppContext.BaseDirectory);
    }
}
