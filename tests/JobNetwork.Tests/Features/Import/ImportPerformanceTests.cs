using System.Diagnostics;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace JobNetwork.Tests.Features.Import;

/// <summary>
/// A sanity figure, not a benchmark: the time is printed to the test output (dotnet test --logger "console;verbosity=detailed")
/// and not asserted, because the machine running the tests is shared.
/// </summary>
public sealed class ImportPerformanceTests(ITestOutputHelper output) : ImportTestBase
{
    private const int Rows = 10_000;

    [Fact]
    public async Task Ten_thousand_linkedin_connections_import_in_one_go()
    {
        var file = ImportSamples.LinkedInWithRows(Rows);

        var preview = Stopwatch.StartNew();
        var previewed = await PreviewAsync(Alice, file, "Connections.csv");
        preview.Stop();
        var import = Stopwatch.StartNew();
        var summary = await ImportAsync(Alice, file, "Connections.csv");
        import.Stop();
        var again = Stopwatch.StartNew();
        var reimport = await ImportAsync(Alice, file, "Connections.csv", new ImportOptions(Duplicates: DuplicateHandling.UpdateEmptyFields));
        again.Stop();

        output.WriteLine($"Preview of {Rows:N0} LinkedIn rows: {preview.ElapsedMilliseconds:N0} ms");
        output.WriteLine($"Import of {Rows:N0} LinkedIn rows into an empty account: {import.ElapsedMilliseconds:N0} ms");
        output.WriteLine($"Re-import of the same {Rows:N0} rows (all duplicates, update empty fields): {again.ElapsedMilliseconds:N0} ms");
        Assert.Equal(Rows, previewed.NewCount);
        Assert.Equal((Rows, 0), (summary.Created, summary.Errors));
        Assert.Equal((0, Rows), (reimport.Created, reimport.Skipped));
        await using var db = Alice.Db();
        Assert.Equal((Rows, 40), (await db.Contacts.CountAsync(), await db.Companies.CountAsync()));
    }
}
