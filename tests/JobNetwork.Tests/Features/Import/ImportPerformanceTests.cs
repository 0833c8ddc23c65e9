using System.Diagnostics;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace JobNetwork.Tests.Features.Import;

/// <summary>
/// A sanity figure, not a benchmark: the time is printed to the test output (dotnet test --logger "console;verbosity=detailed")
/// and not asserted, because the machine running the tests is shared.
/// </summary>
[Trait("Database", "Any")]
public sealed class ImportPerformanceTests(ITestOutputHelper output) : ImportTestBase
{
    private const int Rows = 10_000;

    [Fact]
    public async Task Ten_thousand_linkedin_connections_import_in_one_go()
    {
        var file = ImportSamples.LinkedInWithRows(Rows);

        var (previewed, preview) = await MeasureAsync(() => PreviewAsync(Alice, file, "Connections.csv"));
        var (summary, firstImport) = await MeasureAsync(() => ImportAsync(Alice, file, "Connections.csv"));
        var (bobs, warmImport) = await MeasureAsync(() => ImportAsync(Bob, file, "Connections.csv"));
        var (reimport, again) = await MeasureAsync(() => ImportAsync(Alice, file, "Connections.csv", new ImportOptions(Duplicates: DuplicateHandling.UpdateEmptyFields)));

        output.WriteLine($"Preview of {Rows:N0} LinkedIn rows: {preview}");
        output.WriteLine($"Import of {Rows:N0} LinkedIn rows into an empty account, first in the process: {firstImport}");
        output.WriteLine($"Import of the same rows into another empty account, warm: {warmImport}");
        output.WriteLine($"Re-import of the same {Rows:N0} rows (all duplicates, update empty fields): {again}");
        Assert.Equal(Rows, previewed.NewCount);
        Assert.Equal((Rows, 0), (summary.Created, summary.Errors));
        Assert.Equal(Rows, bobs.Created);
        Assert.Equal((0, Rows), (reimport.Created, reimport.Skipped));
        await using var db = Alice.Db();
        Assert.Equal((Rows, 40), (await db.Contacts.CountAsync(), await db.Companies.CountAsync()));
    }

    /// <summary>
    /// Wall-clock time, and the CPU time the process spent meanwhile: on a busy shared machine the wall clock mostly
    /// measures the queue for a core, while the CPU time stays close to what an idle machine would take.
    /// </summary>
    private static async Task<(T Result, string Timing)> MeasureAsync<T>(Func<Task<T>> action)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = await action();
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return (result, $"{wall.ElapsedMilliseconds:N0} ms wall clock, {cpu.TotalMilliseconds:N0} ms CPU");
    }
}
