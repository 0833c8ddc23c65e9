using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Domain;

namespace JobNetwork.Tests.Features.Companies;

[Trait("Database", "Any")]
public sealed class CompanyIsolationTests : TwoUserTestBase
{
    [Fact]
    public async Task Another_user_cannot_see_change_target_or_delete_my_companies()
    {
        var acme = await Alice.AddCompanyAsync("Acme", industry: "Rockets");
        await Alice.AddContactAsync(new ContactForm { Name = "Ann", CompanyName = "Acme" });
        var form = CompanyForm.From((await Alice.Companies.GetAsync(acme, None))!);
        form.Name = "Hijacked";

        Assert.Null(await Bob.Companies.GetAsync(acme, None));
        Assert.Empty((await Bob.Companies.SearchAsync(new CompanyQuery(Search: "acme"), None)).Items);
        Assert.Empty(await Bob.Companies.NamesStartingAsync("ac", None));
        Assert.Equal(SaveStatus.NotFound, (await Bob.Companies.SaveAsync(acme, form, None)).Status);
        Assert.False(await Bob.Companies.SetTargetAsync(acme, true, None));
        Assert.Null(await Bob.Trash.MoveToTrashAsync(TrashKind.Company, acme, None));

        var stored = (await Alice.Companies.GetAsync(acme, None))!;
        Assert.Equal(("Acme", false), (stored.Name, stored.IsTarget));
        Assert.Single(stored.Contacts);
    }

    [Fact]
    public async Task Another_user_can_have_a_company_with_the_same_name_without_touching_mine()
    {
        var alices = await Alice.AddCompanyAsync("Acme");

        var bobs = await Bob.AddCompanyAsync("ACME");
        var bobsContact = await Bob.AddContactAsync(new ContactForm { Name = "Bo", CompanyName = "acme" });

        Assert.NotEqual(alices, bobs);
        Assert.Equal(bobs, (await Bob.Contacts.GetAsync(bobsContact, None))!.CompanyId);
        Assert.Equal(0, Assert.Single((await Alice.Companies.SearchAsync(new CompanyQuery(), None)).Items).ContactCount);
        Assert.Equal(1, Assert.Single((await Bob.Companies.SearchAsync(new CompanyQuery(), None)).Items).ContactCount);
    }
}
