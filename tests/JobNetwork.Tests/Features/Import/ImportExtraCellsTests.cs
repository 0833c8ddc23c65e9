using System.Text;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

/// <summary>A CSV row with cells past the header's last column is imported with a warning naming them, not silently cut.</summary>
[Trait("Database", "Any")]
public sealed class ImportExtraCellsTests : ImportTestBase
{
    [Fact]
    public void A_mapped_csv_row_with_an_extra_cell_is_imported_and_warned_about_and_trailing_empty_cells_are_not()
    {
        var csv = "Name,Email,Company\nAnn Lee,ann@example.com,Acme, Inc\nBen Ng,ben@example.com,Globex,,\nCai Wu,cai@example.com,Initech\n";

        var parsed = ImportFileParser.Parse(Encoding.UTF8.GetBytes(csv), "contacts.csv");

        Assert.Equal(["Ann Lee", "Ben Ng", "Cai Wu"], parsed.Contacts.Select(c => c.Name));
        Assert.Equal("Acme", parsed.Contacts[0].Company);
        var warning = Assert.Single(parsed.Warnings!);
        Assert.Equal(2, warning.RowNumber);
        Assert.Contains("1 cell past the last column (“Inc”)", warning.Reason, StringComparison.Ordinal);
        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void A_linkedin_row_with_extra_cells_is_warned_about_with_the_first_three_shown()
    {
        var csv = "Notes:\n\"When exporting your connection data...\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Priya,Raman,https://www.linkedin.com/in/priya,,Acme,Engineer,01 Jun 2026,a,b,c,d\n";

        var parsed = ImportFileParser.Parse(Encoding.UTF8.GetBytes(csv), "Connections.csv");

        Assert.Equal(ImportFormat.LinkedInCsv, parsed.Format);
        Assert.Equal("Priya Raman", Assert.Single(parsed.Contacts).Name);
        Assert.Contains("4 cells past the last column (“a”, “b”, “c” and 1 more)", Assert.Single(parsed.Warnings!).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_lists_the_warnings_and_the_import_still_saves_the_row()
    {
        var file = Encoding.UTF8.GetBytes("Name,Email,Company\nAnn Lee,ann@example.com,Acme, Inc\n");

        var preview = await PreviewAsync(Alice, file);
        var summary = await ImportAsync(Alice, file, "contacts.csv", new ImportOptions());

        Assert.Equal((1, 1, 0), (preview.NewCount, preview.WarningCount, preview.ErrorCount));
        Assert.Equal(2, Assert.Single(preview.Warnings!).RowNumber);
        Assert.Equal(1, summary.Created);
    }
}
