using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

[Trait("Database", "Any")]
public sealed class ImportDuplicateTests : ImportTestBase
{
    private const string Header = "Name,Email,Phone,Company,LinkedIn\n";

    private async Task<ImportPreviewRow> PreviewOneAsync(string row)
    {
        var preview = await PreviewAsync(Alice, Csv(Header + row + "\n"));
        Assert.True(preview.Problem is null, preview.Problem?.Message);
        return Assert.Single(preview.FirstRows);
    }

    [Fact]
    public async Task The_same_linkedin_profile_is_a_duplicate_even_with_another_name_and_http_or_trailing_slash()
    {
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "A. Lee", LinkedInUrl = "https://www.linkedin.com/in/Ann-Lee/" });

        var row = await PreviewOneAsync("Ann Lee,,,,http://linkedin.com/in/ann-lee?trk=abc");

        Assert.Equal((ImportRowStatus.Duplicate, ann, ContactMatcher.OnLinkedIn, "A. Lee"), (row.Status, row.ExistingContactId, row.MatchedOn, row.MatchedName));
    }

    [Fact]
    public async Task The_linkedin_profile_is_matched_before_the_email()
    {
        var byProfile = await Alice.AddContactAsync(new ContactForm { Name = "Profile", LinkedInUrl = "https://www.linkedin.com/in/ann-lee" });
        await Alice.AddContactAsync(new ContactForm { Name = "Mail", Email = "ann@example.com" });

        var row = await PreviewOneAsync("Ann Lee,ann@example.com,,,https://www.linkedin.com/in/ann-lee");

        Assert.Equal((byProfile, ContactMatcher.OnLinkedIn), (row.ExistingContactId, row.MatchedOn));
    }

    [Fact]
    public async Task The_same_email_in_another_case_is_a_duplicate_and_is_matched_before_the_phone()
    {
        var byEmail = await Alice.AddContactAsync(new ContactForm { Name = "Mail", Email = "Ann.Lee@Example.com" });
        await Alice.AddContactAsync(new ContactForm { Name = "Phone", Phone = "(415) 555-0100" });

        var row = await PreviewOneAsync("Ann Lee,ann.lee@EXAMPLE.COM,415-555-0100,,");

        Assert.Equal((byEmail, ContactMatcher.OnEmail), (row.ExistingContactId, row.MatchedOn));
    }

    [Fact]
    public async Task The_same_phone_typed_differently_is_a_duplicate_and_is_matched_before_name_and_company()
    {
        var byPhone = await Alice.AddContactAsync(new ContactForm { Name = "Someone Else", Phone = "(415) 555-0100" });
        await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", CompanyName = "Acme" });

        var row = await PreviewOneAsync("Ann Lee,,+1 415-555-0100,Acme,");

        Assert.Equal((byPhone, ContactMatcher.OnPhone), (row.ExistingContactId, row.MatchedOn));
    }

    [Fact]
    public async Task The_same_name_and_company_is_a_duplicate_whatever_the_case_and_spacing()
    {
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", CompanyName = "Acme Corp" });

        var row = await PreviewOneAsync("ann  LEE,,,ACME corp,");

        Assert.Equal((ann, ContactMatcher.OnNameAndCompany), (row.ExistingContactId, row.MatchedOn));
    }

    [Fact]
    public async Task The_same_name_at_another_company_is_someone_new()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", CompanyName = "Acme Corp" });

        Assert.Equal(ImportRowStatus.New, (await PreviewOneAsync("Ann Lee,,,Globex,")).Status);
    }

    [Fact]
    public async Task A_person_repeated_in_the_file_is_created_once()
    {
        var file = Csv(Header + "Ann Lee,ann@example.com,,,\nAnn L.,ANN@example.com,555-0100,Acme,\n");

        var preview = await PreviewAsync(Alice, file);
        var summary = await ImportAsync(Alice, file);

        Assert.Equal((1, 0, 1), (preview.NewCount, preview.DuplicateCount, preview.RepeatedInFileCount));
        Assert.Equal((ImportRowStatus.RepeatedInFile, ContactMatcher.OnEmail, 2), (preview.FirstRows[1].Status, preview.FirstRows[1].MatchedOn, preview.FirstRows[1].MatchedRowNumber));
        Assert.Equal((1, 1), (summary.Created, summary.Skipped));
    }

    [Fact]
    public async Task Skip_leaves_a_duplicate_exactly_as_it_was()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", Email = "ann@example.com" });
        var before = await SnapshotAsync();

        var summary = await ImportAsync(Alice, Csv(Header + "Ann Lee,ann@example.com,555-0100,Acme,\n"), options: new ImportOptions(Duplicates: DuplicateHandling.Skip));

        Assert.Equal((0, 0, 1), (summary.Created, summary.Updated, summary.Skipped));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Update_empty_fields_fills_only_what_is_empty_and_never_overwrites()
    {
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", Email = "ann@example.com", Title = "CTO" });

        var summary = await ImportAsync(Alice, Csv("Name,Email,Phone,Company,Title\nAnnie Lee,ann@example.com,(415) 555-0100,Acme,Engineer\n"),
            options: new ImportOptions(Duplicates: DuplicateHandling.UpdateEmptyFields));

        Assert.Equal((0, 1), (summary.Created, summary.Updated));
        Assert.Equal([ann], summary.ContactIds);
        var stored = (await Alice.Contacts.GetAsync(ann, None))!;
        Assert.Equal(("Ann Lee", "CTO", "(415) 555-0100", "+14155550100", "Acme"), (stored.Name, stored.Title, stored.Phone, stored.PhoneNormalized, stored.Company?.Name));
    }

    [Fact]
    public async Task Update_empty_fields_puts_a_duplicate_in_the_chosen_circle_without_changing_its_primary_one()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var linkedIn = await Alice.AddCircleAsync("LinkedIn");
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", Email = "ann@example.com", CircleIds = [friends] });

        await ImportAsync(Alice, Csv("Name,Email\nAnn Lee,ann@example.com\n"), options: new ImportOptions(TargetCircleId: linkedIn, Duplicates: DuplicateHandling.UpdateEmptyFields));

        var memberships = (await Alice.Contacts.GetAsync(ann, None))!.Memberships.OrderBy(m => m.CircleId).Select(m => (m.CircleId, m.IsPrimary));
        Assert.Equal([(friends, true), (linkedIn, false)], memberships);
    }
}
