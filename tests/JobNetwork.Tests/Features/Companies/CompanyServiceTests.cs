using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Domain;

namespace JobNetwork.Tests.Features.Companies;

[Trait("Database", "Any")]
public sealed class CompanyServiceTests : TwoUserTestBase
{
    [Fact]
    public async Task A_company_is_created_read_updated_and_deleted()
    {
        var created = await Alice.Companies.SaveAsync(null, new CompanyForm
        {
            Name = "  Acme Corp ", Website = "https://acme.example", Industry = "Rockets", Location = " ", Notes = "Hiring in Q3",
        }, None);
        Assert.Equal(SaveStatus.Saved, created.Status);
        var id = created.Id!.Value;

        var stored = (await Alice.Companies.GetAsync(id, None))!;
        Assert.Equal(("Acme Corp", "https://acme.example", "Rockets", null, "Hiring in Q3"),
            (stored.Name, stored.Website, stored.Industry, (string?)stored.Location, stored.Notes));

        var form = CompanyForm.From(stored);
        form.Industry = "Aerospace";
        Assert.Equal(SaveStatus.Saved, (await Alice.Companies.SaveAsync(id, form, None)).Status);
        Assert.Equal("Aerospace", (await Alice.Companies.GetAsync(id, None))!.Industry);

        Assert.NotNull(await Alice.Trash.MoveToTrashAsync(TrashKind.Company, id, None));
        Assert.Null(await Alice.Companies.GetAsync(id, None));
        Assert.Null(await Alice.Trash.MoveToTrashAsync(TrashKind.Company, id, None));
    }

    [Fact]
    public async Task A_stale_edit_is_changed_elsewhere_and_a_missing_company_is_not_found()
    {
        var id = await Alice.AddCompanyAsync("Acme");
        var firstTab = CompanyForm.From((await Alice.Companies.GetAsync(id, None))!);
        var secondTab = CompanyForm.From((await Alice.Companies.GetAsync(id, None))!);
        firstTab.Notes = "first";
        secondTab.Notes = "second";

        Assert.Equal(SaveStatus.Saved, (await Alice.Companies.SaveAsync(id, firstTab, None)).Status);
        Assert.Equal(SaveStatus.ChangedElsewhere, (await Alice.Companies.SaveAsync(id, secondTab, None)).Status);
        Assert.Equal("first", (await Alice.Companies.GetAsync(id, None))!.Notes);
        Assert.Equal(SaveStatus.NotFound, (await Alice.Companies.SaveAsync(id + 50, new CompanyForm { Name = "X" }, None)).Status);
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("ACME")]
    [InlineData("  acme  ")]
    public async Task A_second_company_with_the_same_name_in_any_case_is_invalid(string name)
    {
        await Alice.AddCompanyAsync("Acme");

        var result = await Alice.Companies.SaveAsync(null, new CompanyForm { Name = name }, None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains("already have a company", result.Message);
        Assert.Single((await Alice.Companies.SearchAsync(new CompanyQuery(), None)).Items);
    }

    [Fact]
    public async Task Renaming_a_company_to_its_own_name_in_another_case_is_allowed()
    {
        var id = await Alice.AddCompanyAsync("acme");
        var form = CompanyForm.From((await Alice.Companies.GetAsync(id, None))!);
        form.Name = "Acme";

        Assert.Equal(SaveStatus.Saved, (await Alice.Companies.SaveAsync(id, form, None)).Status);
    }

    [Fact]
    public async Task A_second_company_with_the_same_accented_name_is_invalid()
    {
        await Alice.AddCompanyAsync("Ørsted");

        Assert.Equal(SaveStatus.Invalid, (await Alice.Companies.SaveAsync(null, new CompanyForm { Name = "ørsted" }, None)).Status);
    }

    [Fact]
    public async Task Set_target_marks_and_unmarks_a_company()
    {
        var id = await Alice.AddCompanyAsync("Acme");

        Assert.True(await Alice.Companies.SetTargetAsync(id, true, None));
        Assert.True((await Alice.Companies.GetAsync(id, None))!.IsTarget);
        Assert.True(await Alice.Companies.SetTargetAsync(id, false, None));
        Assert.False((await Alice.Companies.GetAsync(id, None))!.IsTarget);
        Assert.False(await Alice.Companies.SetTargetAsync(id + 1, true, None));
    }

    [Fact]
    public async Task Get_includes_the_companys_contacts_in_name_order()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Zed", CompanyName = "Acme" });
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", CompanyName = "acme" });
        var companyId = (await Alice.Contacts.GetAsync(ann, None))!.CompanyId!.Value;

        var company = (await Alice.Companies.GetAsync(companyId, None))!;

        Assert.Equal(["Ann", "Zed"], company.Contacts.Select(c => c.Name));
    }
}
