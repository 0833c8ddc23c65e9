using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

public sealed class ColumnMappingGuesserTests
{
    [Fact]
    public void Outlook_headers_map_job_title_not_the_honorific_and_skip_display_names()
    {
        var mapping = ColumnMappingGuesser.Guess(["Title", "First Name", "Last Name", "Company", "Job Title", "Mobile Phone", "Business Phone", "E-mail Address", "E-mail Display Name", "Notes"]);

        Assert.Equal(ImportField.Title, mapping.FieldOf("Job Title"));
        Assert.Equal(ImportField.Ignore, mapping.FieldOf("Title"));
        Assert.Equal(ImportField.Ignore, mapping.FieldOf("E-mail Display Name"));
        Assert.Equal((ImportField.Phone, ImportField.Phone), (mapping.FieldOf("Mobile Phone"), mapping.FieldOf("Business Phone")));
        Assert.Equal((ImportField.FirstName, ImportField.LastName, ImportField.Email), (mapping.FieldOf("First Name"), mapping.FieldOf("Last Name"), mapping.FieldOf("E-mail Address")));
    }

    [Fact]
    public void Google_numbered_value_columns_map_and_their_label_columns_do_not()
    {
        var mapping = ColumnMappingGuesser.Guess(["Name", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Value", "Phone 1 - Value", "Phonetic First Name", "Organization 1 - Name", "Organization 1 - Yomi Name", "Organization 1 - Title"]);

        Assert.Equal(ImportField.FullName, mapping.FieldOf("Name"));
        Assert.Equal((ImportField.Email, ImportField.Email, ImportField.Ignore), (mapping.FieldOf("E-mail 1 - Value"), mapping.FieldOf("E-mail 2 - Value"), mapping.FieldOf("E-mail 1 - Type")));
        Assert.Equal((ImportField.Phone, ImportField.Ignore), (mapping.FieldOf("Phone 1 - Value"), mapping.FieldOf("Phonetic First Name")));
        Assert.Equal((ImportField.Company, ImportField.Ignore, ImportField.Title), (mapping.FieldOf("Organization 1 - Name"), mapping.FieldOf("Organization 1 - Yomi Name"), mapping.FieldOf("Organization 1 - Title")));
    }

    [Fact]
    public void Headers_match_whatever_their_case_and_surrounding_spaces()
    {
        var mapping = ColumnMappingGuesser.Guess(["  EMAIL ", "name"]);

        Assert.Equal((ImportField.Email, ImportField.FullName), (mapping.FieldOf("  EMAIL "), mapping.FieldOf("Name")));
    }

    [Fact]
    public void The_header_signature_ignores_order_case_and_spaces_but_not_different_columns()
    {
        var signature = HeaderSignature.Of(["Name", "Email", "Phone"]);

        Assert.Equal(signature, HeaderSignature.Of([" phone", "EMAIL", "name "]));
        Assert.NotEqual(signature, HeaderSignature.Of(["Name", "Email", "Mobile"]));
    }

    [Fact]
    public void The_header_signature_is_the_same_on_every_run()
    {
        // A stored mapping must still be found after a restart or an upgrade: the value is fixed, not a runtime hash code.
        Assert.Equal("e4aa9597f59e3df1d92e340cb00b9d4e", HeaderSignature.Of(["Name", "Email"]));
    }
}
