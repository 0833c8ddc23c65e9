using System.Text;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Export;
using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Features.Import.VCard;

namespace JobNetwork.Tests.Features.Export;

[Trait("Database", "Any")]
public sealed class VCardExportTests : TwoUserTestBase
{
    private static VCardExportService VCardsFor(TestUser user) => new(user.Factory);

    [Fact]
    public async Task Exported_cards_read_back_with_our_parser_to_the_same_contacts()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);

        var parsed = VCardParser.Parse(await VCardsFor(Alice).ExportAsync(null, None));

        Assert.Empty(parsed.Errors);
        Assert.Equal(["Ann Lee", "Ben Ng", "Dee Diaz", "Ivy Interviewer", "Zoë Müller"], parsed.Contacts.Select(c => c.Name));
        var ann = parsed.Contacts[0];
        Assert.Equal(("ann@example.com", "(415) 555-0100", "Acme Corp", "VP, Engineering"), (ann.Email, ann.Phone, ann.Company, ann.Title));
        Assert.Equal(("https://www.linkedin.com/in/ann-lee", "Seattle, WA", ExportTestData.AwkwardNotes), (ann.LinkedInUrl, ann.Location, ann.Notes));
    }

    [Fact]
    public async Task Special_characters_are_escaped_in_the_file()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", Title = "VP, Eng; Ops", Notes = "a\\b\nc" });

        var vcard = await VCardsFor(Alice).ExportAsync(null, None);

        Assert.Contains("TITLE:VP\\, Eng\\; Ops\r\n", vcard, StringComparison.Ordinal);
        Assert.Contains("NOTE:a\\\\b\\nc\r\n", vcard, StringComparison.Ordinal);
        Assert.Contains("N:Lee;Ann;;;\r\n", vcard, StringComparison.Ordinal);
        Assert.Contains("VERSION:3.0\r\n", vcard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var notes = string.Concat(Enumerable.Repeat("Zoë Müller 👋 met at the Société Générale job fair. ", 12));
        await Alice.AddContactAsync(new ContactForm { Name = "Zoë Müller", Notes = notes.Trim() });

        var vcard = await VCardsFor(Alice).ExportAsync(null, None);

        var lines = vcard.Split("\r\n");
        Assert.True(lines.Length > 10);
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.DoesNotContain('\uFFFD', vcard);
        Assert.Equal(notes.Trim(), Assert.Single(VCardParser.Parse(vcard).Contacts).Notes);
    }

    [Fact]
    public async Task Only_the_chosen_contacts_are_exported_and_never_another_users()
    {
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann" });
        await Alice.AddContactAsync(new ContactForm { Name = "Ben" });
        var bobs = await Bob.AddContactAsync(new ContactForm { Name = "Bob's friend" });

        var vcard = await VCardsFor(Alice).ExportAsync([ann, bobs], None);

        Assert.Equal(["Ann"], VCardParser.Parse(vcard).Contacts.Select(c => c.Name));
    }

    [Fact]
    public async Task A_written_file_is_recognised_as_a_vcard_and_imports()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        using var buffer = new MemoryStream();

        await VCardsFor(Alice).WriteAsync(buffer, null, None);

        var parsed = ImportFileParser.Parse(buffer.ToArray(), VCardExportService.FileName(new DateOnly(2026, 6, 15)));
        Assert.Equal((ImportFormat.VCard, null, 5), (parsed.Format, parsed.Problem, parsed.Contacts.Count));
        Assert.NotEqual(0xEF, buffer.ToArray()[0]);
    }

    [Fact]
    public async Task Thousands_of_chosen_contacts_export_in_one_file()
    {
        await using (var db = Alice.Db())
        {
            db.Contacts.AddRange(Enumerable.Range(0, 1200).Select(i => new Web.Domain.Contact { Name = $"Person {i:D4}" }));
            await db.SaveChangesAsync();
        }

        await using var read = Alice.Db();
        var ids = read.Contacts.Select(c => c.Id).ToList();

        Assert.Equal(1200, VCardParser.Parse(await VCardsFor(Alice).ExportAsync(ids, None)).Contacts.Count);
    }
}
