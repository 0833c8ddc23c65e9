using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Features.Import.VCard;

namespace JobNetwork.Tests.Features.Import;

public sealed class VCardParserTests
{
    [Fact]
    public void An_iphone_export_reads_every_card_and_skips_the_embedded_photo()
    {
        var parsed = VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.IPhone));

        Assert.Empty(parsed.Errors);
        Assert.Equal(["Ann Lee", "Bartholomew Okonkwo-Smith", "Initech"], parsed.Contacts.Select(c => c.Name));
        Assert.Equal([1, 2, 3], parsed.Contacts.Select(c => c.RowNumber));
    }

    [Fact]
    public void Grouped_properties_several_emails_and_phones_and_the_preferred_one_first()
    {
        var ann = VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.IPhone)).Contacts[0];

        Assert.Equal(["ann.lee@example.com", "ann@acme.example"], ann.Emails);
        Assert.Equal(["(415) 555-0100", "+1 415 555 0199"], ann.Phones);
        Assert.Equal(("Acme Corp", "Senior Engineering Manager"), (ann.Company, ann.Title));
        Assert.Equal("Cupertino, CA", ann.Location);
    }

    [Fact]
    public void Only_the_linkedin_url_is_kept_and_an_ios_social_profile_counts()
    {
        var cards = VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.IPhone)).Contacts;

        Assert.Equal("https://www.linkedin.com/in/ann-lee-4b1a2c3", cards[0].LinkedInUrl);
        Assert.Equal("http://www.linkedin.com/in/bokonkwo", cards[1].LinkedInUrl);
        Assert.Null(cards[2].LinkedInUrl);
    }

    [Fact]
    public void A_folded_note_is_unfolded_and_its_escapes_undone()
    {
        var ann = VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.IPhone)).Contacts[0];

        Assert.Equal("Met at the PyCon hiring mixer\nIntroduced by Bart, ex-Globex; knows the CTO and the whole platform team personally", ann.Notes);
    }

    [Fact]
    public void An_escaped_comma_in_org_stays_in_the_company_name()
    {
        Assert.Equal("Globex, Inc.", VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.IPhone)).Contacts[1].Company);
    }

    [Fact]
    public void An_android_2_1_export_decodes_quoted_printable_utf8_and_bare_type_parameters()
    {
        var parsed = VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.Android));
        var elodie = parsed.Contacts[0];

        Assert.Equal("Élodie Martin", elodie.Name);
        Assert.Equal(["elodie.martin@example.fr", "elodie@perso.example"], elodie.Emails);
        Assert.Equal(["+33 6 12 34 56 78", "+33 1 23 45 67 89"], elodie.Phones);
        Assert.Equal(("Société Générale", "Analyste crédit"), (elodie.Company, elodie.Title));
        Assert.Equal("Paris, Île-de-France", elodie.Location);
    }

    [Fact]
    public void A_quoted_printable_soft_line_break_joins_the_value()
    {
        var elodie = VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.Android)).Contacts[0];

        Assert.Equal("Rencontrée au salon de l'emploi à Lyon, très utile pour les postes en finance.", elodie.Notes);
    }

    [Fact]
    public void A_folded_base64_photo_does_not_leak_into_the_next_card_and_an_empty_tel_is_ignored()
    {
        var parsed = VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.Android));

        var minh = parsed.Contacts[1];
        Assert.Equal(("Minh Nguyen", "0412 345 678"), (minh.Name, Assert.Single(minh.Phones)));
        Assert.Equal(2, parsed.Contacts.Count);
    }

    [Fact]
    public void A_card_without_fn_or_n_is_a_row_error_for_that_card()
    {
        var error = Assert.Single(VCardParser.Parse(ImportSamples.Utf8Text(ImportSamples.Android)).Errors);

        Assert.Equal(3, error.RowNumber);
        Assert.Contains("no name", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vcard_4_card_with_uri_values_quoted_parameters_and_lf_line_endings_reads()
    {
        const string card = "BEGIN:VCARD\nVERSION:4.0\nFN:Noor Haddad\nN:Haddad;Noor;;;\nEMAIL;TYPE=work;PREF=1:noor@work.example\n"
            + "EMAIL;TYPE=home:noor@home.example\nTEL;VALUE=uri;TYPE=\"cell,voice\":tel:+1-555-555-0111\n"
            + "ORG:Contoso;Research\nURL;TYPE=work:https://www.linkedin.com/in/noor-haddad\nNOTE:Line one\\nLine two\\, with a comma\nEND:VCARD\n";

        var noor = Assert.Single(VCardParser.Parse(card).Contacts);

        Assert.Equal(("Noor Haddad", "noor@work.example", "+1-555-555-0111", "Contoso"), (noor.Name, noor.Email, noor.Phone, noor.Company));
        Assert.Equal("https://www.linkedin.com/in/noor-haddad", noor.LinkedInUrl);
        Assert.Equal("Line one\nLine two, with a comma", noor.Notes);
    }

    [Fact]
    public void Without_fn_the_name_comes_from_n_in_the_order_people_say_it()
    {
        var parsed = VCardParser.Parse("BEGIN:VCARD\r\nVERSION:3.0\r\nN:van der Berg;Pieter;Jan;Dr.;PhD\r\nEND:VCARD\r\n");

        Assert.Equal("Pieter Jan van der Berg", Assert.Single(parsed.Contacts).Name);
    }

    [Fact]
    public void A_line_folded_with_a_tab_is_unfolded_too()
    {
        var parsed = VCardParser.Parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lou\r\n ise Tremblay\r\nTITLE:Directrice \r\n\tgénérale\r\nEND:VCARD\r\n");

        var louise = Assert.Single(parsed.Contacts);
        Assert.Equal(("Louise Tremblay", "Directrice générale"), (louise.Name, louise.Title));
    }

    [Fact]
    public void A_card_cut_short_without_end_is_a_row_error_and_the_cards_before_it_are_kept()
    {
        var parsed = VCardParser.Parse("BEGIN:VCARD\nFN:One\nEND:VCARD\nBEGIN:VCARD\nFN:Two\n");

        Assert.Equal("One", Assert.Single(parsed.Contacts).Name);
        Assert.Equal(2, Assert.Single(parsed.Errors).RowNumber);
    }

    [Fact]
    public void Text_without_any_card_is_a_file_problem()
    {
        Assert.Equal(ImportProblemKind.NotCsvOrVCard, VCardParser.Parse("FN:Nobody\n").Problem?.Kind);
    }

    [Fact]
    public void A_quoted_printable_value_in_latin1_uses_its_charset()
    {
        var parsed = VCardParser.Parse("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Zo=EB M=FCller\nEND:VCARD\n");

        Assert.Equal("Zoë Müller", Assert.Single(parsed.Contacts).Name);
    }

    [Theory]
    [InlineData(@"a\,b\;c\\d\ne", "a,b;c\\d\ne")]
    [InlineData(@"Line\NBreak", "Line\nBreak")]
    [InlineData(@"C:\temp", @"C:\temp")]
    public void Backslash_escapes_are_undone_and_unknown_ones_kept(string raw, string expected)
    {
        Assert.Equal(expected, VCardText.Unescape(raw));
    }
}
