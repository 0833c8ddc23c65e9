using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Tests.Features.Contacts;

[Trait("Database", "Any")]
public sealed class ContactDuplicateTests : TwoUserTestBase
{
    [Fact]
    public async Task The_same_email_in_a_different_case_is_a_duplicate()
    {
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", Email = "Ann.Lee@Example.com" });

        var matches = await Alice.Contacts.FindDuplicatesAsync(new ContactForm { Name = "A. Lee", Email = "  ann.lee@EXAMPLE.COM " }, null, None);

        var match = Assert.Single(matches);
        Assert.Equal((ann, "Ann", "email"), (match.Id, match.Name, match.MatchedOn));
    }

    [Theory]
    [InlineData("(415) 555-0100", "+1 415-555-0100")]
    [InlineData("+1 415-555-0100", "415.555.0100")]
    [InlineData("415 555 0100", "(415) 555-0100")]
    public async Task The_same_phone_number_typed_differently_is_a_duplicate(string stored, string typed)
    {
        var ben = await Alice.AddContactAsync(new ContactForm { Name = "Ben", Phone = stored });

        var match = Assert.Single(await Alice.Contacts.FindDuplicatesAsync(new ContactForm { Name = "B", Phone = typed }, null, None));

        Assert.Equal((ben, "phone number"), (match.Id, match.MatchedOn));
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/cai-chen", "https://www.linkedin.com/in/cai-chen/")]
    [InlineData("https://www.linkedin.com/in/cai-chen/", "https://www.linkedin.com/in/cai-chen?trk=public_profile")]
    [InlineData("https://www.linkedin.com/in/Cai-Chen/?utm=x#about", " https://www.linkedin.com/in/cai-chen ")]
    public async Task The_same_linkedin_profile_with_a_trailing_slash_or_query_is_a_duplicate(string stored, string typed)
    {
        var cai = await Alice.AddContactAsync(new ContactForm { Name = "Cai", LinkedInUrl = stored });

        var match = Assert.Single(await Alice.Contacts.FindDuplicatesAsync(new ContactForm { Name = "C", LinkedInUrl = typed }, null, None));

        Assert.Equal((cai, "LinkedIn profile"), (match.Id, match.MatchedOn));
    }

    [Fact]
    public async Task The_contact_being_edited_is_not_its_own_duplicate()
    {
        var form = new ContactForm { Name = "Dee", Email = "dee@example.com", Phone = "(415) 555-0100" };
        var dee = await Alice.AddContactAsync(form);

        Assert.Empty(await Alice.Contacts.FindDuplicatesAsync(form, dee, None));
        Assert.Single(await Alice.Contacts.FindDuplicatesAsync(form, null, None));
    }

    [Fact]
    public async Task Different_people_and_a_form_without_contact_details_find_no_duplicates()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Eve", Email = "eve@example.com", Phone = "(415) 555-0100" });

        Assert.Empty(await Alice.Contacts.FindDuplicatesAsync(new ContactForm { Name = "Eve" }, null, None));
        Assert.Empty(await Alice.Contacts.FindDuplicatesAsync(
            new ContactForm { Name = "Other", Email = "eve@example.org", Phone = "(415) 555-0101", LinkedInUrl = "https://linkedin.com/in/eve" }, null, None));
    }

    [Fact]
    public void Phone_numbers_normalise_to_one_e164_form()
    {
        Assert.Equal("+14155550100", PhoneNumberNormalizer.Normalize("(415) 555-0100"));
        Assert.Equal("+14155550100", PhoneNumberNormalizer.Normalize("+1 415-555-0100"));
        Assert.Equal("+442079460000", PhoneNumberNormalizer.Normalize("+44 20 7946 0000"));
        Assert.Null(PhoneNumberNormalizer.Normalize("   "));
        Assert.False(PhoneNumberNormalizer.LooksLikePhoneNumber("call me"));
        Assert.True(PhoneNumberNormalizer.LooksLikePhoneNumber("+1 (415) 555-0100 ext. 12"));
    }

    [Fact]
    public void Linkedin_urls_lose_their_query_fragment_and_trailing_slash()
    {
        Assert.Equal("https://www.linkedin.com/in/x", LinkedInUrls.Normalize(" https://www.linkedin.com/in/x/?a=1#b "));
        Assert.Null(LinkedInUrls.Normalize(" "));
    }
}
