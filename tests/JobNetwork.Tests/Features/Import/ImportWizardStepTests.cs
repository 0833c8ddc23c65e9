using Bunit;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

/// <summary>The import wizard's steps rendered on their own: what the user sees and what their choices send back.</summary>
public sealed class ImportWizardStepTests : MudComponentTest
{
    private static ImportPreviewRow Row(int number, string name, ImportRowStatus status = ImportRowStatus.New, string? matched = null) =>
        new(number, status, name, $"{name.Split(' ')[0].ToLowerInvariant()}@example.com", null, "Acme Corp", "Engineer", null, null, null, null,
            status == ImportRowStatus.Duplicate ? 7 : null, matched, status == ImportRowStatus.New ? null : "email", status == ImportRowStatus.RepeatedInFile ? 5 : null);

    private static ImportPreview Preview(IReadOnlyList<ImportPreviewRow> rows, int newCount, int duplicates = 0, int errors = 0) =>
        new(ImportFormat.LinkedInCsv, null, "UTF-8", [], null, false, null, rows, newCount + duplicates + errors, newCount, duplicates, 0, errors,
            Enumerable.Range(0, errors).Select(i => new ImportRowError(10 + i, "This connection has no name.")).ToList());

    private IRenderedComponent<ImportPreviewStep> RenderPreview(ImportPreview preview, DuplicateHandling duplicates = DuplicateHandling.Skip,
        Action? onImport = null) =>
        Context.Render<ImportPreviewStep>(p => p
            .Add(c => c.Preview, preview)
            .Add(c => c.FileName, "Connections.csv")
            .Add(c => c.Duplicates, duplicates)
            .Add(c => c.Circles, [new CircleSummary(3, "Former coworkers", CircleKind.FormerCoworkers, null, null, new DateOnly(2026, 1, 1), true, null, 0)])
            .Add(c => c.OnImport, () => onImport?.Invoke()));

    [Fact]
    public void The_preview_counts_the_file_lists_each_error_with_its_reason_and_names_the_contact_a_duplicate_matched()
    {
        var rows = new[] { Row(5, "Ann Lee"), Row(6, "Ben Ng", ImportRowStatus.Duplicate, "Benjamin Ng") };

        var cut = RenderPreview(Preview(rows, newCount: 1, duplicates: 1, errors: 2));

        var chips = cut.FindAll(".mud-chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["1 new", "1 already known", "2 with errors"], chips);
        Assert.Contains("Already known: Benjamin Ng (same email)", cut.Markup);
        Assert.Equal(["Row 10: This connection has no name.", "Row 11: This connection has no name."],
            cut.FindAll(".jn-import-errors .mud-list-item").Select(e => e.TextContent.Trim()));
        Assert.Contains("LinkedIn connections (CSV)", cut.Markup);
    }

    [Fact]
    public void Five_rows_show_until_the_user_asks_for_the_rest()
    {
        var rows = Enumerable.Range(0, 20).Select(i => Row(5 + i, $"Person{i} Example")).ToList();
        var cut = RenderPreview(Preview(rows, newCount: 300));

        Assert.Equal(5, cut.FindAll("tbody tr").Count);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Show the first 20").Click();

        Assert.Equal(20, cut.FindAll("tbody tr").Count);
    }

    [Theory]
    [InlineData(DuplicateHandling.Skip, "Import 3 people")]
    [InlineData(DuplicateHandling.UpdateEmptyFields, "Import 5 people")]
    public void The_import_button_counts_who_will_be_saved(DuplicateHandling duplicates, string label)
    {
        var imported = false;
        var cut = RenderPreview(Preview([Row(5, "Ann Lee")], newCount: 3, duplicates: 2), duplicates, () => imported = true);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == label).Click();

        Assert.True(imported);
    }

    [Fact]
    public void A_file_with_nobody_to_import_cannot_be_imported()
    {
        var cut = RenderPreview(Preview([], newCount: 0, errors: 3));

        Assert.True(cut.FindAll("button").Single(b => b.TextContent.Trim() == "Import 0 people").HasAttribute("disabled"));
    }

    [Fact]
    public void Rows_with_extra_cells_are_listed_as_warnings_and_still_count_as_new()
    {
        var preview = Preview([Row(2, "Ann Lee")], newCount: 1) with
        {
            Warnings = [new ImportRowError(2, "This row has 1 cell past the last column (“Inc”), not imported.")],
            WarningCount = 1,
        };

        var cut = RenderPreview(preview);

        Assert.Equal(["Row 2: This row has 1 cell past the last column (“Inc”), not imported."],
            cut.FindAll(".jn-import-warnings .mud-list-item").Select(e => e.TextContent.Trim()));
        Assert.False(cut.FindAll("button").Single(b => b.TextContent.Trim() == "Import 1 person").HasAttribute("disabled"));
    }

    [Fact]
    public void When_everyone_is_already_known_import_0_is_disabled_until_the_user_chooses_to_fill_in_their_fields()
    {
        var known = Preview([Row(5, "Ann Lee", ImportRowStatus.Duplicate, "Ann Lee")], newCount: 0, duplicates: 2);

        var skipping = RenderPreview(known);
        Assert.True(skipping.FindAll("button").Single(b => b.TextContent.Trim() == "Import 0 people").HasAttribute("disabled"));
        Assert.Contains("Everyone in this file is already in your network", skipping.Markup);

        var filling = RenderPreview(known, DuplicateHandling.UpdateEmptyFields);
        Assert.False(filling.FindAll("button").Single(b => b.TextContent.Trim() == "Import 2 people").HasAttribute("disabled"));
        Assert.DoesNotContain("Everyone in this file is already in your network", filling.Markup);
    }

    [Fact]
    public void The_mapping_step_starts_from_the_proposed_mapping_and_sends_back_the_users_choice()
    {
        ColumnMapping? confirmed = null;
        var proposed = new ColumnMapping(new Dictionary<string, ImportField> { ["Who"] = ImportField.FullName, ["Mail"] = ImportField.Email });
        var cut = Context.Render<ColumnMappingStep>(p => p
            .Add(c => c.Headers, ["Who", "Mail", "Firm"])
            .Add(c => c.Proposed, proposed)
            .Add(c => c.Remembered, true)
            .Add(c => c.OnConfirm, (ColumnMapping m) => confirmed = m));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Preview the import").Click();

        Assert.Contains("You matched a file with these columns before", cut.Markup);
        Assert.NotNull(confirmed);
        Assert.Equal((ImportField.FullName, ImportField.Email, ImportField.Ignore), (confirmed.FieldOf("Who"), confirmed.FieldOf("Mail"), confirmed.FieldOf("Firm")));
    }

    [Fact]
    public void The_summary_links_to_the_contacts_list_filtered_by_the_imports_tag()
    {
        var cut = Context.Render<ImportSummaryView>(p => p
            .Add(c => c.Summary, new ImportSummary(ImportFormat.LinkedInCsv, 12, 1, 2, 1, [1, 2], [new ImportRowError(9, "No name.")]))
            .Add(c => c.Tag, "imported 2026-06-15 12:00"));

        Assert.Equal("/contacts?tag=imported%202026-06-15%2012%3A00", cut.Find("a[href^='/contacts']").GetAttribute("href"));
        Assert.Contains("12 new contacts added", cut.Markup);
        Assert.Contains("1 existing contact filled in", cut.Markup);
    }

    [Fact]
    public void A_summary_with_nobody_saved_offers_no_link_to_the_contacts()
    {
        var cut = Context.Render<ImportSummaryView>(p => p
            .Add(c => c.Summary, new ImportSummary(ImportFormat.VCard, 0, 0, 4, 0, [], [])));

        Assert.Empty(cut.FindAll("a[href^='/contacts']"));
    }
}
