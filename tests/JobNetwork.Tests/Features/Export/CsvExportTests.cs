using System.Text;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Export;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Export;

[Trait("Database", "Any")]
public sealed class CsvExportTests : TwoUserTestBase
{
    private static CsvExportService CsvFor(TestUser user) => new(user.Factory);

    private static async Task<IReadOnlyList<CsvRecord>> ExportAsync(TestUser user, CsvExportKind kind)
    {
        var bytes = await CsvFor(user).ExportAsync(kind, None);
        var table = CsvTable.Read(TextDecoder.Decode(bytes).Text);
        Assert.Null(table.Problem);
        return table.Records;
    }

    private static Dictionary<string, string> Row(IReadOnlyList<CsvRecord> records, string name) =>
        records[0].Fields.Zip(records.Single(r => r.Field(0) == name).Fields).ToDictionary(p => p.First, p => p.Second);

    [Fact]
    public async Task The_file_starts_with_a_utf8_byte_order_mark_so_excel_shows_accents()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Zoë Müller" });

        var bytes = await CsvFor(Alice).ExportAsync(CsvExportKind.Contacts, None);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("Zoë Müller", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+2")]
    [InlineData("+1 415 555 0100")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tindented")]
    [InlineData("\rreturn")]
    public async Task A_cell_that_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote(string value)
    {
        // Stored directly: the contact form trims the leading tab or carriage return away, but an import or an older row may keep it.
        await using (var db = Alice.Db())
        {
            db.Contacts.Add(new Contact { Name = "Ann", Notes = value });
            await db.SaveChangesAsync();
        }

        var exported = Row(await ExportAsync(Alice, CsvExportKind.Contacts), "Ann")["Notes"];

        Assert.Equal("'" + value, exported);
    }

    [Fact]
    public async Task Formulas_are_neutralised_in_every_column_not_only_notes()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);

        var records = await ExportAsync(Alice, CsvExportKind.Contacts);

        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", Row(records, "Ben Ng")["Email"]);
        Assert.Equal(("'-Leiterin", "'@mention\tand tab"), (Row(records, "Zoë Müller")["Title"], Row(records, "Zoë Müller")["Notes"]));
    }

    [Fact]
    public async Task Commas_quotes_and_line_breaks_round_trip()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);

        var ann = Row(await ExportAsync(Alice, CsvExportKind.Contacts), "Ann Lee");

        Assert.Equal(ExportTestData.AwkwardNotes, ann["Notes"]);
        Assert.Equal(("VP, Engineering", "Seattle, WA", "University, 2009"), (ann["Title"], ann["Location"], ann["How we met"]));
        Assert.Equal(("Friends; Former coworkers at Acme", "hiring manager; mentor"), (ann["Circles"], ann["Tags"]));
        Assert.Equal(("Acme Corp", "Know well", "1", "2026-06-01", "2026-07-01"), (ann["Company"], ann["Closeness"], ann["Times asked"], ann["Last asked"], ann["Next follow-up"]));
    }

    [Fact]
    public async Task Companies_asks_referrals_and_leads_export_with_their_labels()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);

        var companies = await ExportAsync(Alice, CsvExportKind.Companies);
        var asks = await ExportAsync(Alice, CsvExportKind.Asks);
        var referrals = await ExportAsync(Alice, CsvExportKind.Referrals);
        var leads = await ExportAsync(Alice, CsvExportKind.JobLeads);

        Assert.Equal(("Yes", "Software", "1"), (Row(companies, "Acme Corp")["Target"], Row(companies, "Acme Corp")["Industry"], Row(companies, "Acme Corp")["Contacts"]));
        Assert.Equal(["Asked on", "Contact", "Channel", "Question", "Outcome", "Follow up on", "Notes"], asks[0].Fields);
        Assert.Equal(("Ann Lee", "Who do you know at Globex?", "2026-06-20"), (asks[1].Field(1), asks[1].Field(3), asks[1].Field(5)));
        Assert.Equal(("Ann Lee", "Dee Diaz", "Globex", "Hiring soon"), (referrals[1].Field(1), referrals[1].Field(2), referrals[1].Field(3), referrals[1].Field(5)));
        var staff = Row(leads, "Staff Engineer");
        Assert.Equal(("Globex", "Ann Lee", "Ivy Interviewer", "Not sure"), (staff["Company"], staff["From contact"], staff["Interviewer"], staff["Advertised"]));
        Assert.Equal(("Job board", "https://initech.example/jobs/1"), (Row(leads, "Engineering Manager")["Found via"], Row(leads, "Engineering Manager")["URL"]));
    }

    [Fact]
    public async Task An_export_holds_only_the_signed_in_users_records()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        await Bob.AddContactAsync(new ContactForm { Name = "Bob's friend" });

        var bobs = await ExportAsync(Bob, CsvExportKind.Contacts);

        Assert.Equal(["Bob's friend"], bobs.Skip(1).Select(r => r.Field(0)));
        foreach (var kind in new[] { CsvExportKind.Companies, CsvExportKind.Asks, CsvExportKind.Referrals, CsvExportKind.JobLeads })
        {
            Assert.Single(await ExportAsync(Bob, kind));
        }
    }

    [Fact]
    public async Task The_contacts_csv_imports_back_as_the_same_people()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        var bytes = await CsvFor(Alice).ExportAsync(CsvExportKind.Contacts, None);

        var parsed = ImportFileParser.Parse(bytes, CsvExportService.FileName(CsvExportKind.Contacts, new DateOnly(2026, 6, 15)));

        Assert.Null(parsed.Problem);
        var ann = parsed.Contacts.Single(c => c.Name == "Ann Lee");
        Assert.Equal(("ann@example.com", "Acme Corp", "VP, Engineering", "https://www.linkedin.com/in/ann-lee", ExportTestData.AwkwardNotes),
            (ann.Email, ann.Company, ann.Title, ann.LinkedInUrl, ann.Notes));
        Assert.Equal(["Ann Lee", "Ben Ng", "Dee Diaz", "Ivy Interviewer", "Zoë Müller"], parsed.Contacts.Select(c => c.Name));
    }

    [Fact]
    public void Download_names_carry_the_kind_and_the_day()
    {
        Assert.Equal("jobnetwork-job-leads-2026-06-15.csv", CsvExportService.FileName(CsvExportKind.JobLeads, new DateOnly(2026, 6, 15)));
        Assert.Equal("jobnetwork-contacts-2026-06-15.csv", CsvExportService.FileName(CsvExportKind.Contacts, new DateOnly(2026, 6, 15)));
    }
}
