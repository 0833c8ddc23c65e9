using System.Diagnostics;

namespace JobNetwork.E2E.Infrastructure;

/// <summary>Set E2E_TIMINGS=1 to see how long the slow steps take (written to stderr).</summary>
public static class StepTimer
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("E2E_TIMINGS") == "1";

    public static async Task<T> TimeAsync<T>(string step, Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await action();
        if (Enabled)
        {
            await Console.Error.WriteLineAsync($"[e2e] {step}: {watch.ElapsedMilliseconds} ms");
        }

        return result;
    }

    public static Task TimeAsync(string step, Func<Task> action) =>
        TimeAsync(step, async () => { await action(); return true; });
}
