using System.Text;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

/// <summary>Each bad file of the issue, taken all the way through the import service: a clear problem and the database as it was.</summary>
[Trait("Database", "Any")]
public sealed class ImportBadFileTests : ImportTestBase
{
    public static TheoryData<string, byte[]> BadFiles()
    {
        var manyRows = new StringBuilder("Name,Email\n");
        for (var i = 0; i < 100_000; i++)
        {
            manyRows.Append('P').Append(i).Append(",p").Append(i).Append("@x.io\n");
        }

        return new()
        {
            { "an empty file", [] },
            { "a binary file", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0] },
            { "a workbook, not a CSV", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0] },
            { "a header-less CSV", Encoding.UTF8.GetBytes("Ann Lee,ann@example.com,555-0100\nBen Ng,ben@example.com,555-0101\n") },
            { "100,000 rows", Encoding.UTF8.GetBytes(manyRows.ToString()) },
            { "a row of 10,000 columns", Encoding.UTF8.GetBytes("Name,Email\nAnn,ann@example.com\n" + string.Join(',', Enumerable.Range(0, 10_000)) + "\n") },
            { "a wrong encoding (UTF-32)", [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, true).GetBytes("Name,Email\nAnn Lee,ann@example.com\n")] },
            { "not a CSV (a letter)", Encoding.UTF8.GetBytes("Dear Ann, thank you so much for introducing me to your colleagues at Acme last week, it was very kind.\nBest, Sam\n") },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_message_and_changes_nothing(string description, byte[] file)
    {
        var circle = await Alice.AddCircleAsync("Friends", CircleKind.Friends);
        await Alice.AddContactAsync("Dana Levi", circle);
        var before = await SnapshotAsync();

        var preview = await PreviewAsync(Alice, file, "upload.csv");
        var summary = await ImportAsync(Alice, file, "upload.csv", new ImportOptions(TargetCircleId: circle, Tag: "imported"));

        Assert.True(preview.Problem is not null, $"{description}: the preview found no problem.");
        Assert.False(preview.CanImport);
        Assert.False(string.IsNullOrWhiteSpace(summary.Problem?.Message), $"{description}: the import gave no message.");
        Assert.Equal((0, 0), (summary.Created, summary.Updated));
        Assert.Equal(before, await SnapshotAsync());
    }
}
