using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

public sealed class GenericCsvReaderTests
{
    private static ParsedImportFile ParseSample(string name) => ImportFileParser.Parse(ImportSamples.Bytes(name), name);

    [Fact]
    public void A_google_contacts_export_is_recognised_and_read_with_its_own_mapping()
    {
        var parsed = ParseSample(ImportSamples.Google);

        Assert.Equal(ImportFormat.GoogleCsv, parsed.Format);
        Assert.False(parsed.MappingNeedsReview);
        Assert.Equal(["Fatima Al-Sayed", "George R. Miller", "Hana Sato"], parsed.Contacts.Select(c => c.Name));
    }

    [Fact]
    public void A_google_row_keeps_both_emails_the_mobile_phone_city_and_linkedin_website()
    {
        var fatima = ParseSample(ImportSamples.Google).Contacts[0];

        Assert.Equal(["fatima@umbrella.example", "fatima.alsayed@gmail.example"], fatima.Emails);
        Assert.Equal(["+1 206-555-0142"], fatima.Phones);
        Assert.Equal(("Umbrella Health", "Data Scientist", "Seattle"), (fatima.Company, fatima.Title, fatima.Location));
        Assert.Equal("https://www.linkedin.com/in/fatima-alsayed/", fatima.LinkedInUrl);
        Assert.Equal("Alumni mixer, 2023\nFollow up in spring", fatima.Notes);
    }

    [Fact]
    public void Google_cells_with_several_values_split_on_triple_colons()
    {
        var george = ParseSample(ImportSamples.Google).Contacts[1];

        Assert.Equal(["george@acme.example", "g.miller@example.com"], george.Emails);
    }

    [Fact]
    public void A_google_row_without_any_name_is_a_row_error()
    {
        var error = Assert.Single(ParseSample(ImportSamples.Google).Errors);

        Assert.Equal((4, "This row has no name."), (error.RowNumber, error.Reason));
    }

    [Fact]
    public void The_legacy_google_export_prefers_the_full_name_column_and_falls_back_to_given_and_family()
    {
        var parsed = ParseSample(ImportSamples.GoogleLegacy);

        Assert.Equal(ImportFormat.GoogleCsv, parsed.Format);
        Assert.Equal(["Ivan Petrov", "Jo Walsh"], parsed.Contacts.Select(c => c.Name));
        Assert.Equal(("Globex, Inc.", "Platform Lead", "+44 7700 900123"), (parsed.Contacts[0].Company, parsed.Contacts[0].Title, parsed.Contacts[0].Phone));
        Assert.Equal("Dublin", parsed.Contacts[1].Location);
    }

    [Fact]
    public void An_outlook_export_in_windows_1252_reads_accents_and_ignores_the_honorific_title()
    {
        var parsed = ParseSample(ImportSamples.Outlook);
        var zoe = parsed.Contacts[0];

        Assert.Equal((ImportFormat.OutlookCsv, "Windows-1252"), (parsed.Format, parsed.EncodingName));
        Assert.Equal(("Zoë Müller", "Österreichische Post AG", "Leiterin Personalentwicklung"), (zoe.Name, zoe.Company, zoe.Title));
        Assert.Equal(["zoe.mueller@post.example"], zoe.Emails);
        Assert.Equal("Wien", zoe.Location);
    }

    [Fact]
    public void An_outlook_row_lists_the_mobile_phone_before_the_business_phone()
    {
        var zoe = ParseSample(ImportSamples.Outlook).Contacts[0];

        Assert.Equal(["+43 664 1234567", "+43 1 234 5678"], zoe.Phones);
    }

    [Fact]
    public void A_personal_website_is_not_taken_for_a_linkedin_profile()
    {
        Assert.Null(ParseSample(ImportSamples.Outlook).Contacts[1].LinkedInUrl);
    }

    [Fact]
    public void A_home_made_csv_gets_a_guessed_mapping_that_the_user_should_review()
    {
        var csv = "Full Name,Work Email,Cell,Employer,Role,Comments\nAnn Lee,ann@example.com,555-0100,Acme,CTO,Met at a meetup\n"u8.ToArray();

        var parsed = ImportFileParser.Parse(csv, "people.csv");

        Assert.Equal((ImportFormat.OtherCsv, true), (parsed.Format, parsed.MappingNeedsReview));
        var ann = Assert.Single(parsed.Contacts);
        Assert.Equal(("Ann Lee", "ann@example.com", "555-0100", "Acme", "CTO", "Met at a meetup"),
            (ann.Name, ann.Email, ann.Phone, ann.Company, ann.Title, ann.Notes));
    }

    [Fact]
    public void A_csv_whose_name_column_cannot_be_guessed_asks_for_a_mapping_and_a_given_mapping_reads_it()
    {
        var csv = "Who,Reach at\nAnn Lee,ann@example.com\n"u8.ToArray();

        var guessed = ImportFileParser.Parse(csv, "people.csv");
        var mapped = ImportFileParser.Parse(csv, "people.csv", new ColumnMapping(new Dictionary<string, ImportField>
        {
            ["Who"] = ImportField.FullName,
            ["Reach at"] = ImportField.Email,
        }));

        Assert.Equal(ImportProblemKind.NeedsMapping, guessed.Problem?.Kind);
        Assert.Equal(["Who", "Reach at"], guessed.Headers);
        Assert.Equal(("Ann Lee", "ann@example.com"), (Assert.Single(mapped.Contacts).Name, mapped.Contacts[0].Email));
    }

    [Fact]
    public void A_semicolon_separated_csv_from_european_excel_reads()
    {
        var parsed = ImportFileParser.Parse("Name;Email;Company\nJean Dupont;jean@example.fr;Société X\n"u8.ToArray(), "contacts.csv");

        Assert.Equal(("Jean Dupont", "Société X"), (Assert.Single(parsed.Contacts).Name, parsed.Contacts[0].Company));
    }
}
