using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

public sealed class LinkedInConnectionsReaderTests
{
    private static readonly ParsedContacts Sample = LinkedInConnectionsReader.Read(ImportSamples.Utf8Text(ImportSamples.LinkedIn));

    [Fact]
    public void The_notes_preamble_is_passed_over_and_every_named_connection_is_read()
    {
        Assert.Null(Sample.Problem);
        Assert.Equal(["Ann Lee", "Bartholomew Okonkwo-Smith", "Chloé Dubois", "Dev Patel", "Eun-ji Kim"], Sample.Contacts.Select(c => c.Name));
    }

    [Fact]
    public void A_connection_has_its_profile_company_position_and_connection_date()
    {
        var ann = Sample.Contacts[0];

        Assert.Equal(("https://www.linkedin.com/in/ann-lee-4b1a2c3", "Acme Corp", "Senior Engineering Manager", new DateOnly(2023, 11, 2)),
            (ann.LinkedInUrl, ann.Company, ann.Title, ann.ConnectedOn));
        Assert.Equal(5, ann.RowNumber);
    }

    [Fact]
    public void Most_connections_have_no_email_and_those_that_share_one_keep_it()
    {
        Assert.Equal([null, "bart@example.com", null, "dev.patel@example.org", null], Sample.Contacts.Select(c => c.Email));
        Assert.All(Sample.Contacts, c => Assert.Empty(c.Phones));
    }

    [Fact]
    public void Quoted_commas_and_quotes_in_company_and_position_are_kept()
    {
        Assert.Equal("Globex, Inc.", Sample.Contacts[1].Company);
        Assert.Equal("VP, Product \"Growth\"", Sample.Contacts[2].Title);
    }

    [Fact]
    public void A_connection_without_a_name_is_a_row_error_with_its_spreadsheet_row()
    {
        var error = Assert.Single(Sample.Errors);

        Assert.Equal(8, error.RowNumber);
        Assert.Contains("no name", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_connections_header_is_refused_with_a_reason()
    {
        var parsed = LinkedInConnectionsReader.Read("Name,Email\nAnn,ann@example.com\n");

        Assert.Equal(ImportProblemKind.NoHeader, parsed.Problem?.Kind);
        Assert.Empty(parsed.Contacts);
    }

    [Theory]
    [InlineData("02 Nov 2023", 2023, 11, 2)]
    [InlineData("2 Nov 2023", 2023, 11, 2)]
    [InlineData("2023-11-02", 2023, 11, 2)]
    public void Connection_dates_read_in_the_forms_linkedin_has_used(string text, int year, int month, int day)
    {
        var parsed = LinkedInConnectionsReader.Read($"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,,,,,{text}\n");

        Assert.Equal(new DateOnly(year, month, day), Assert.Single(parsed.Contacts).ConnectedOn);
    }
}
