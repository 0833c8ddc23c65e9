using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Tests.Features.Contacts;

public sealed class ContactFormValidationTests
{
    private static List<ValidationResult> Validate(ContactForm form)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        return results;
    }

    private static string ErrorFor(ContactForm form, string member) =>
        Assert.Single(Validate(form), r => r.MemberNames.Contains(member)).ErrorMessage!;

    [Fact]
    public void A_filled_in_form_is_valid()
    {
        Assert.Empty(Validate(new ContactForm
        {
            Name = "Ann Lee", Email = "ann@example.com", Phone = "+1 (415) 555-0100", LinkedInUrl = "https://www.linkedin.com/in/ann",
        }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_name_asks_for_the_persons_name(string name)
    {
        Assert.Equal("Enter the person's name.", ErrorFor(new ContactForm { Name = name }, nameof(ContactForm.Name)));
    }

    [Fact]
    public void An_over_long_name_is_refused_with_the_limit()
    {
        Assert.Empty(Validate(new ContactForm { Name = new string('a', Contact.NameMaxLength) }));
        Assert.Equal("A name can be at most 200 characters.",
            ErrorFor(new ContactForm { Name = new string('a', Contact.NameMaxLength + 1) }, nameof(ContactForm.Name)));
    }

    [Theory]
    [InlineData("not an email")]
    [InlineData("ann@")]
    [InlineData("@example.com")]
    public void A_bad_email_is_refused(string email)
    {
        Assert.StartsWith("Enter a valid email address", ErrorFor(new ContactForm { Name = "Ann", Email = email }, nameof(ContactForm.Email)));
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("555")]
    [InlineData("415-555-0100; DROP TABLE")]
    public void A_bad_phone_is_refused(string phone)
    {
        Assert.StartsWith("Enter a phone number", ErrorFor(new ContactForm { Name = "Ann", Phone = phone }, nameof(ContactForm.Phone)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("www.linkedin.com/in/ann")]
    [InlineData("ftp://linkedin.com/in/ann")]
    public void A_linkedin_link_that_is_not_http_or_https_is_refused(string url)
    {
        Assert.Equal("Enter a web address that starts with http:// or https://.",
            ErrorFor(new ContactForm { Name = "Ann", LinkedInUrl = url }, nameof(ContactForm.LinkedInUrl)));
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/ann")]
    [InlineData("http://linkedin.com/in/ann/")]
    [InlineData("  https://www.linkedin.com/in/ann?trk=x  ")]
    [InlineData("")]
    public void An_http_or_https_linkedin_link_or_none_is_accepted(string url)
    {
        Assert.Empty(Validate(new ContactForm { Name = "Ann", LinkedInUrl = url }));
    }

    [Fact]
    public void Blank_optional_fields_are_not_errors()
    {
        Assert.Empty(Validate(new ContactForm { Name = "Ann", Email = null, Phone = "  ", LinkedInUrl = " " }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_cleared_email_is_not_an_error(string email)
    {
        Assert.Empty(Validate(new ContactForm { Name = "Ann", Email = email }));
    }
}
