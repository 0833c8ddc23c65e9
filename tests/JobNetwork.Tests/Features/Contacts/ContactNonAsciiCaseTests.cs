using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Contacts;

/// <summary>Case-insensitive matching must treat "Å" like "å", as .NET's ToLowerInvariant does, not only ASCII A–Z.</summary>
[Trait("Database", "Any")]
public sealed class ContactNonAsciiCaseTests : TwoUserTestBase
{
    [Theory]
    [InlineData("Ångström")]
    [InlineData("ångström")]
    [InlineData("ÉLODIE")]
    public async Task Search_finds_a_name_with_accented_capitals_in_any_case(string term)
    {
        await Alice.AddContactAsync("Élodie Ångström");

        var result = await Alice.Contacts.SearchAsync(new ContactQuery { Search = term }, None);

        Assert.Equal(1, result.TotalCount);
    }

    [Fact]
    public async Task Search_finds_hebrew_cjk_and_emoji_text()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "דוד כהן", Notes = "大学同学 🦄" });

        Assert.Equal(1, (await Alice.Contacts.SearchAsync(new ContactQuery { Search = "כהן" }, None)).TotalCount);
        Assert.Equal(1, (await Alice.Contacts.SearchAsync(new ContactQuery { Search = "同学" }, None)).TotalCount);
        Assert.Equal(1, (await Alice.Contacts.SearchAsync(new ContactQuery { Search = "🦄" }, None)).TotalCount);
    }

    [Fact]
    public async Task A_company_name_with_an_accented_capital_typed_exactly_is_reused_not_duplicated()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Ann", CompanyName = "Ørsted" });
        await Alice.AddContactAsync(new ContactForm { Name = "Ben", CompanyName = "Ørsted" });

        await using var db = Alice.Db();
        Assert.Equal(1, await db.Companies.CountAsync());
    }
}
