using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Tests.Features.Companies;

[Trait("Database", "Any")]
public sealed class CompanySearchTests : TwoUserTestBase
{
    private async Task SeedAsync()
    {
        await Alice.Companies.SaveAsync(null, new CompanyForm { Name = "Acme", Industry = "Rockets", Location = "Berlin", IsTarget = true }, None);
        await Alice.Companies.SaveAsync(null, new CompanyForm { Name = "Globex", Industry = "Energy", Location = "Springfield" }, None);
        await Alice.Companies.SaveAsync(null, new CompanyForm { Name = "Initech", Location = "Austin", IsTarget = true }, None);
        await Alice.Companies.SaveAsync(null, new CompanyForm { Name = "Hooli", Industry = "Search", Location = "Palo Alto" }, None);
        foreach (var (person, company) in new[] { ("Ann", "Acme"), ("Ben", "acme"), ("Cai", "ACME"), ("Dee", "Globex"), ("Eve", "Hooli"), ("Fay", "Hooli") })
        {
            await Alice.AddContactAsync(new ContactForm { Name = person, CompanyName = company });
        }
    }

    private async Task<string[]> NamesAsync(CompanyQuery query) =>
        (await Alice.Companies.SearchAsync(query, None)).Items.Select(r => r.Name).ToArray();

    [Theory]
    [InlineData("rock", new[] { "Acme" })]
    [InlineData("SPRING", new[] { "Globex" })]
    [InlineData(" hooli ", new[] { "Hooli" })]
    [InlineData("o", new[] { "Acme", "Globex", "Hooli" })]
    [InlineData("", new[] { "Acme", "Globex", "Hooli", "Initech" })]
    public async Task Search_matches_name_industry_and_location(string term, string[] expected)
    {
        await SeedAsync();

        Assert.Equal(expected, await NamesAsync(new CompanyQuery(Search: term)));
    }

    [Fact]
    public async Task Targets_only_lists_the_companies_that_might_give_a_job()
    {
        await SeedAsync();

        Assert.Equal(["Acme", "Initech"], await NamesAsync(new CompanyQuery(TargetsOnly: true)));
        Assert.Equal(["Initech"], await NamesAsync(new CompanyQuery(Search: "austin", TargetsOnly: true)));
    }

    [Fact]
    public async Task Rows_count_each_companys_contacts()
    {
        await SeedAsync();

        var counts = (await Alice.Companies.SearchAsync(new CompanyQuery(), None)).Items.ToDictionary(r => r.Name, r => r.ContactCount);

        Assert.Equal(new Dictionary<string, int> { ["Acme"] = 3, ["Globex"] = 1, ["Hooli"] = 2, ["Initech"] = 0 }, counts);
    }

    [Theory]
    [InlineData(CompanySort.Name, true, new[] { "Initech", "Hooli", "Globex", "Acme" })]
    [InlineData(CompanySort.Contacts, false, new[] { "Initech", "Globex", "Hooli", "Acme" })]
    [InlineData(CompanySort.Contacts, true, new[] { "Acme", "Hooli", "Globex", "Initech" })]
    [InlineData(CompanySort.Target, false, new[] { "Globex", "Hooli", "Acme", "Initech" })]
    [InlineData(CompanySort.Target, true, new[] { "Acme", "Initech", "Globex", "Hooli" })]
    public async Task Sorting_orders_by_the_chosen_column_then_name(CompanySort sort, bool descending, string[] expected)
    {
        await SeedAsync();

        Assert.Equal(expected, await NamesAsync(new CompanyQuery(Sort: sort, Descending: descending)));
    }

    [Fact]
    public async Task Sorting_by_industry_orders_the_companies_that_have_one()
    {
        await SeedAsync();

        var ascending = await NamesAsync(new CompanyQuery(Sort: CompanySort.Industry));
        var descending = await NamesAsync(new CompanyQuery(Sort: CompanySort.Industry, Descending: true));

        Assert.Equal(["Globex", "Acme", "Hooli"], ascending.Where(n => n != "Initech"));
        Assert.Equal(["Hooli", "Acme", "Globex"], descending.Where(n => n != "Initech"));
    }

    [Fact]
    public async Task Paging_returns_one_page_and_the_total()
    {
        await using (var db = Alice.Db())
        {
            db.Companies.AddRange(Enumerable.Range(1, 30).Select(i => new Company { Name = $"Company {i:00}", IsTarget = i % 3 == 0 }));
            await db.SaveChangesAsync();
        }

        var page = await Alice.Companies.SearchAsync(new CompanyQuery(Page: 2, PageSize: 10), None);
        var targets = await Alice.Companies.SearchAsync(new CompanyQuery(TargetsOnly: true, Page: 1, PageSize: 4), None);

        Assert.Equal(30, page.TotalCount);
        Assert.Equal(Enumerable.Range(21, 10).Select(i => $"Company {i:00}"), page.Items.Select(r => r.Name));
        Assert.Equal(10, targets.TotalCount);
        Assert.Equal(["Company 15", "Company 18", "Company 21", "Company 24"], targets.Items.Select(r => r.Name));
        Assert.Equal(30, (await Alice.Companies.ListAllAsync(None)).Count);
    }

    [Fact]
    public async Task Names_starting_suggests_matching_company_names_for_the_autocomplete()
    {
        await SeedAsync();

        Assert.Equal(["Globex", "Hooli"], await Alice.Companies.NamesStartingAsync("O", None));
        Assert.Equal(4, (await Alice.Companies.NamesStartingAsync(null, None)).Count);
    }
}
