using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Import;

/// <summary>
/// A 10,000-row LinkedIn file imports correctly in one go, for two users, and a re-import finds every row already
/// known. How long it takes is measured by bench/JobNetwork.Benchmarks (ImportBenchmarks), never by a test.
/// </summary>
[Trait(Slow.Trait, Slow.Value)]
public sealed class ImportLargeFileTests : ImportTestBase
{
    private const int Rows = 10_000;

    [Fact]
    public async Task Ten_thousand_linkedin_connections_import_in_one_go()
    {
        var file = ImportSamples.LinkedInWithRows(Rows);

        var previewed = await PreviewAsync(Alice, file, "Connections.csv");
        var summary = await ImportAsync(Alice, file, "Connections.csv");
        var bobs = await ImportAsync(Bob, file, "Connections.csv");
        var reimport = await ImportAsync(Alice, file, "Connections.csv", new ImportOptions(Duplicates: DuplicateHandling.UpdateEmptyFields));

        Assert.Equal(Rows, previewed.NewCount);
        Assert.Equal((Rows, 0), (summary.Created, summary.Errors));
        Assert.Equal(Rows, bobs.Created);
        Assert.Equal((0, Rows), (reimport.Created, reimport.Skipped));
        await using var db = Alice.Db();
        Assert.Equal((Rows, 40), (await db.Contacts.CountAsync(), await db.Companies.CountAsync()));
    }
}
