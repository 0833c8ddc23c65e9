using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JobNetwork.Tests.Reliability;

/// <summary>
/// The web app started as a child process in its hidden <c>--fault-writer</c> mode on a given data folder. Collects
/// the writes it acknowledged on stdout ("contact 12", "ask 40", "lead 7").
/// </summary>
public sealed partial class FaultWriterProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<(string Kind, int Id)> acknowledged = new();
    private readonly TaskCompletionSource firstAcknowledgement = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> otherOutput = new();

    private FaultWriterProcess(string dataFolder)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "JobNetwork.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        foreach (var argument in new[]
                 {
                     // Settings as key=value, and the flag last: a bare "--flag" would swallow the next argument as its value.
                     app, $"--DataDirectory={dataFolder}", "--Logging:LogLevel:Default=Warning",
                     "--Database:MigrationLockTimeoutSeconds=1", "--fault-writer",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                otherOutput.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyCollection<(string Kind, int Id)> Acknowledged => acknowledged;

    public string OtherOutput => string.Join(Environment.NewLine, otherOutput.TakeLast(40));

    public static FaultWriterProcess Start(string dataFolder) => new(dataFolder);

    /// <summary>Waits until the writer has acknowledged its first write, i.e. it is in the middle of writing.</summary>
    public async Task WaitUntilWritingAsync(TimeSpan timeout)
    {
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(firstAcknowledgement.Task, exited, Task.Delay(timeout));
        if (first != firstAcknowledgement.Task)
        {
            throw new InvalidOperationException(
                $"The fault writer acknowledged nothing within {timeout.TotalSeconds} s (exited: {process.HasExited}).{Environment.NewLine}{OtherOutput}");
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a power cut for the process.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        // Also waits for stdout to reach end of file, so every line written before the kill is collected.
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        var match = AcknowledgementLine().Match(line);
        if (!match.Success)
        {
            otherOutput.Enqueue(line);
            return;
        }

        acknowledged.Enqueue((match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        firstAcknowledgement.TrySetResult();
    }

    [GeneratedRegex(@"^(contact|ask|lead) (\d+)$")]
    private static partial Regex AcknowledgementLine();
}
