using System.Diagnostics;

namespace JobNetwork.Benchmarks;

/// <summary>
/// One-off figures for <see cref="ImportBenchmarks"/> on a busy shared machine (--import-smoke): wall clock and the CPU
/// time the process used meanwhile. With many processes queueing for two cores the wall clock mostly measures the queue;
/// the CPU time is close to what an idle machine would take (it also counts the GC's and the JIT's threads).
/// </summary>
public static class ImportSmokeRun
{
    public static async Task RunAsync(int runs = 3)
    {
        var benchmark = new ImportBenchmarks();
        benchmark.Setup();
        try
        {
            Measure("parse only (warm-up)", () => Task.FromResult(benchmark.ParseOnly()));
            for (var i = 1; i <= runs; i++)
            {
                benchmark.FreshDatabase();
                try
                {
                    await MeasureAsync($"import end to end, run {i}", benchmark.ImportEndToEnd);
                }
                finally
                {
                    benchmark.DeleteDatabase();
                }

                Measure($"parse only, run {i}", () => Task.FromResult(benchmark.ParseOnly()));
            }
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    private static void Measure(string what, Func<Task<int>> action) => MeasureAsync(what, action).GetAwaiter().GetResult();

    private static async Task MeasureAsync(string what, Func<Task<int>> action)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var rows = await action();
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"{what}: {rows:N0} rows, {wall.ElapsedMilliseconds:N0} ms wall clock, {cpu.TotalMilliseconds:N0} ms CPU, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }
}
