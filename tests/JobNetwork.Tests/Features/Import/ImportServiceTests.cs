using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Import;

[Trait("Database", "Any")]
public sealed class ImportServiceTests : ImportTestBase
{
    [Fact]
    public async Task A_linkedin_preview_shows_the_rows_as_they_will_be_saved_and_counts_the_file()
    {
        var preview = await PreviewAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn);

        Assert.True(preview.CanImport);
        Assert.Equal((ImportFormat.LinkedInCsv, 6, 5, 0, 1), (preview.Format, preview.TotalRows, preview.NewCount, preview.DuplicateCount, preview.ErrorCount));
        var ann = preview.FirstRows[0];
        Assert.Equal((ImportRowStatus.New, "Ann Lee", "Acme Corp", "Senior Engineering Manager"), (ann.Status, ann.Name, ann.Company, ann.Title));
        Assert.Equal(("https://www.linkedin.com/in/ann-lee-4b1a2c3", "Connected on LinkedIn on 2 Nov 2023"), (ann.LinkedInUrl, ann.HowWeMet));
        Assert.Equal(8, Assert.Single(preview.Errors).RowNumber);
    }

    [Fact]
    public async Task A_preview_saves_nothing()
    {
        var before = await SnapshotAsync();

        await PreviewAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn);

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Importing_linkedin_creates_the_contacts_with_position_as_title_and_the_profile_kept()
    {
        var summary = await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn);

        Assert.True(summary.Succeeded);
        Assert.Equal((5, 0, 0, 1), (summary.Created, summary.Updated, summary.Skipped, summary.Errors));
        await using var db = Alice.Db();
        var bart = await db.Contacts.Include(c => c.Company).SingleAsync(c => c.Name == "Bartholomew Okonkwo-Smith");
        Assert.Equal(("bart@example.com", "Technical Recruiter", "Globex, Inc."), (bart.Email, bart.Title, bart.Company!.Name));
        Assert.Equal("https://www.linkedin.com/in/bokonkwo", bart.LinkedInUrl);
        Assert.Equal(summary.ContactIds.Order(), await db.Contacts.Select(c => c.Id).OrderBy(id => id).ToListAsync());
    }

    [Fact]
    public async Task Company_names_become_companies_once_and_an_existing_one_is_reused_whatever_its_case()
    {
        var existing = await Alice.AddCompanyAsync("ACME CORP");

        await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn);

        await using var db = Alice.Db();
        Assert.Equal(["ACME CORP", "Globex, Inc.", "Initech"], await db.Companies.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync());
        Assert.Equal(2, await db.Contacts.CountAsync(c => c.CompanyId == existing));
    }

    [Fact]
    public async Task Everyone_imported_joins_the_chosen_circle_as_their_primary_string()
    {
        var circle = await Alice.AddCircleAsync("LinkedIn", CircleKind.Acquaintances);

        var summary = await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn, new ImportOptions(TargetCircleId: circle));

        await using var db = Alice.Db();
        var memberships = await db.ContactCircles.ToListAsync();
        Assert.Equal(summary.Created, memberships.Count);
        Assert.All(memberships, m => Assert.Equal((circle, true), (m.CircleId, m.IsPrimary)));
    }

    [Theory]
    [InlineData(ImportSamples.IPhone, 3, 0)]
    [InlineData(ImportSamples.Android, 2, 1)]
    [InlineData(ImportSamples.Google, 3, 1)]
    [InlineData(ImportSamples.GoogleLegacy, 2, 0)]
    [InlineData(ImportSamples.Outlook, 2, 0)]
    public async Task Each_sample_export_imports_its_people_and_reports_its_bad_rows(string sample, int created, int errors)
    {
        var summary = await ImportAsync(Alice, ImportSamples.Bytes(sample), sample);

        Assert.Equal((true, created, errors), (summary.Succeeded, summary.Created, summary.Errors));
    }

    [Fact]
    public async Task A_second_email_and_phone_are_kept_in_the_notes_and_the_first_ones_on_the_contact()
    {
        await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.IPhone), ImportSamples.IPhone);

        await using var db = Alice.Db();
        var ann = await db.Contacts.SingleAsync(c => c.Name == "Ann Lee");
        Assert.Equal(("ann.lee@example.com", "(415) 555-0100", "+14155550100"), (ann.Email, ann.Phone, ann.PhoneNormalized));
        Assert.Contains("Other emails: ann@acme.example", ann.Notes, StringComparison.Ordinal);
        Assert.Contains("Other phones: +1 415 555 0199", ann.Notes, StringComparison.Ordinal);
        Assert.StartsWith("Met at the PyCon hiring mixer", ann.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_creates_nobody_the_second_time()
    {
        await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.Google), ImportSamples.Google);
        var before = await SnapshotAsync();

        var again = await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.Google), ImportSamples.Google);

        Assert.Equal((0, 3), (again.Created, again.Skipped));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Progress_is_reported_every_two_hundred_rows_then_when_saving_starts_and_ends()
    {
        var reports = new List<ImportProgress>();

        await ImportFor(Alice).ImportAsync(ImportSamples.LinkedInWithRows(1000), "Connections.csv", new ImportOptions(), new SynchronousProgress(reports.Add), None);

        Assert.Equal([200, 400, 600, 800, 1000, 1000, 1000], reports.Select(r => r.Processed));
        Assert.Equal([.. Enumerable.Repeat(ImportStage.Preparing, 5), ImportStage.Saving, ImportStage.Done], reports.Select(r => r.Stage));
        Assert.All(reports, r => Assert.Equal(1000, r.Total));
    }

    [Fact]
    public async Task A_bad_file_or_a_missing_circle_imports_nothing_and_says_why()
    {
        var before = await SnapshotAsync();

        var binary = await ImportAsync(Alice, [0, 1, 2, 3, 0, 0, 7], "x.csv");
        var noCircle = await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn, new ImportOptions(TargetCircleId: 9999));

        Assert.Equal(ImportProblemKind.Binary, binary.Problem?.Kind);
        Assert.Equal(ImportProblemKind.CircleNotFound, noCircle.Problem?.Kind);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_mapping_chosen_by_the_user_is_used_for_the_import()
    {
        var mapping = new ColumnMapping(new Dictionary<string, ImportField> { ["Who"] = ImportField.FullName, ["Works at"] = ImportField.Company });

        var summary = await ImportFor(Alice).ImportAsync(Csv("Who,Works at\nAnn Lee,Acme\n"), "people.csv", new ImportOptions(mapping), null, None);

        Assert.Equal(1, summary.Created);
        var ann = (await Alice.Contacts.GetAsync(summary.ContactIds[0], None))!;
        Assert.Equal(("Ann Lee", "Acme"), (ann.Name, ann.Company?.Name));
    }

    [Fact]
    public async Task Imported_values_too_long_for_a_field_are_cut_and_an_invalid_email_goes_to_the_notes()
    {
        var longTitle = new string('t', Contact.TitleMaxLength + 50);

        var summary = await ImportAsync(Alice, Csv($"Name,Email,Title\nAnn Lee,not-an-email,{longTitle}\n"));

        var ann = (await Alice.Contacts.GetAsync(summary.ContactIds[0], None))!;
        Assert.Null(ann.Email);
        Assert.Equal(Contact.TitleMaxLength, ann.Title!.Length);
        Assert.Contains("Other emails: not-an-email", ann.Notes, StringComparison.Ordinal);
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the test sees every report before it asserts.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
