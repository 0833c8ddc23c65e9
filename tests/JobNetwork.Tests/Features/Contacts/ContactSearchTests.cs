using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Tests.Features.Contacts;

[Trait("Database", "Any")]
public sealed class ContactSearchTests : TwoUserTestBase
{
    private int friends;
    private int coworkers;

    private async Task SeedAsync()
    {
        friends = await Alice.AddCircleAsync("Friends");
        coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        await Alice.AddContactAsync(new ContactForm
        {
            Name = "Ann Archer", Title = "Engineer", CompanyName = "Acme", Email = "ann@acme.com", Notes = "Met at PyCon",
            Closeness = Closeness.KnowWell, CircleIds = [friends], Tags = ["mentor"], NextFollowUpOn = new DateTime(2026, 7, 1),
        });
        await Alice.AddContactAsync(new ContactForm
        {
            Name = "Ben Brown", Title = "Recruiter", CompanyName = "Globex", Email = "ben@globex.io",
            Closeness = Closeness.Know, CircleIds = [coworkers], Tags = ["recruiter"], NextFollowUpOn = new DateTime(2026, 6, 20),
        });
        await Alice.AddContactAsync(new ContactForm
        {
            Name = "Cai Chen", Email = "cai@example.org", Notes = "Knows the CEO at Initech",
            Closeness = Closeness.MetOnce, CircleIds = [friends, coworkers], Tags = ["mentor"],
        });
        await Alice.AddContactAsync(new ContactForm
        {
            Name = "Dee Diaz", Title = "Hiring Manager", CompanyName = "ACME",
            Closeness = Closeness.Know, NextFollowUpOn = new DateTime(2026, 6, 18),
        });
    }

    private async Task<string[]> NamesAsync(ContactQuery query) =>
        (await Alice.Contacts.SearchAsync(query, None)).Items.Select(r => r.Name.Split(' ')[0]).ToArray();

    [Theory]
    [InlineData("archer", new[] { "Ann" })]
    [InlineData("GLOBEX", new[] { "Ben" })]
    [InlineData("hiring", new[] { "Dee" })]
    [InlineData("example.org", new[] { "Cai" })]
    [InlineData("initech", new[] { "Cai" })]
    [InlineData(" acme ", new[] { "Ann", "Dee" })]
    [InlineData("   ", new[] { "Ann", "Ben", "Cai", "Dee" })]
    [InlineData("nobody-matches", new string[0])]
    public async Task Search_matches_name_company_title_email_and_notes_ignoring_case(string term, string[] expected)
    {
        await SeedAsync();

        Assert.Equal(expected, await NamesAsync(new ContactQuery { Search = term }));
    }

    [Fact]
    public async Task Filters_by_circle_closeness_company_and_tag_combine()
    {
        await SeedAsync();
        var acme = (await Alice.Contacts.SearchAsync(new ContactQuery { Search = "Dee" }, None)).Items[0].CompanyId;

        Assert.Equal(["Ann", "Cai"], await NamesAsync(new ContactQuery { CircleId = friends }));
        Assert.Equal(["Ben", "Cai"], await NamesAsync(new ContactQuery { CircleId = coworkers }));
        Assert.Equal(["Ben", "Dee"], await NamesAsync(new ContactQuery { Closeness = Closeness.Know }));
        Assert.Equal(["Ann", "Dee"], await NamesAsync(new ContactQuery { CompanyId = acme }));
        Assert.Equal(["Ann", "Cai"], await NamesAsync(new ContactQuery { Tag = " mentor " }));
        Assert.Equal(["Cai"], await NamesAsync(new ContactQuery { CircleId = friends, Tag = "mentor", Closeness = Closeness.MetOnce }));
        Assert.Empty(await NamesAsync(new ContactQuery { CircleId = coworkers, Search = "archer" }));
    }

    [Fact]
    public async Task Rows_show_the_primary_circle_company_and_tags()
    {
        await SeedAsync();

        var cai = Assert.Single((await Alice.Contacts.SearchAsync(new ContactQuery { Search = "cai" }, None)).Items);

        Assert.Equal("Friends", cai.PrimaryCircleName);
        Assert.Null(cai.CompanyName);
        Assert.Equal(["mentor"], cai.Tags);
        var dee = Assert.Single((await Alice.Contacts.SearchAsync(new ContactQuery { Search = "dee" }, None)).Items);
        Assert.Equal("Acme", dee.CompanyName); // "ACME" reused the company created as "Acme".
        Assert.Null(dee.PrimaryCircleName);
    }

    [Theory]
    [InlineData(ContactSort.Name, false, new[] { "Ann", "Ben", "Cai", "Dee" })]
    [InlineData(ContactSort.Name, true, new[] { "Dee", "Cai", "Ben", "Ann" })]
    [InlineData(ContactSort.Closeness, false, new[] { "Ann", "Ben", "Dee", "Cai" })]
    [InlineData(ContactSort.Closeness, true, new[] { "Cai", "Ben", "Dee", "Ann" })]
    [InlineData(ContactSort.FollowUp, false, new[] { "Dee", "Ben", "Ann", "Cai" })]
    [InlineData(ContactSort.FollowUp, true, new[] { "Ann", "Ben", "Dee", "Cai" })]
    [InlineData(ContactSort.Created, false, new[] { "Ann", "Ben", "Cai", "Dee" })]
    [InlineData(ContactSort.Created, true, new[] { "Dee", "Cai", "Ben", "Ann" })]
    public async Task Sorting_orders_by_the_chosen_column(ContactSort sort, bool descending, string[] expected)
    {
        await SeedAsync();

        Assert.Equal(expected, await NamesAsync(new ContactQuery { Sort = sort, Descending = descending }));
    }

    [Theory]
    [InlineData(false, new[] { "Ann", "Dee", "Ben" })]
    [InlineData(true, new[] { "Ben", "Ann", "Dee" })]
    public async Task Sorting_by_company_groups_people_by_company_then_name(bool descending, string[] expectedWithCompany)
    {
        await SeedAsync();

        var names = await NamesAsync(new ContactQuery { Sort = ContactSort.Company, Descending = descending });

        Assert.Equal(expectedWithCompany, names.Where(n => n != "Cai"));
        Assert.True(names[0] == "Cai" || names[^1] == "Cai", "A contact without a company sorts at one end.");
    }

    [Fact]
    public async Task Paging_returns_one_page_and_the_total_count_of_about_sixty_contacts()
    {
        var circle = await Alice.AddCircleAsync("Friends");
        await using (var db = Alice.Db())
        {
            for (var i = 1; i <= 60; i++)
            {
                var contact = new Contact { Name = $"Person {i:00}" };
                if (i % 2 == 0)
                {
                    contact.Memberships.Add(new ContactCircle { CircleId = circle, IsPrimary = true });
                }

                db.Contacts.Add(contact);
            }

            await db.SaveChangesAsync();
        }

        var first = await Alice.Contacts.SearchAsync(new ContactQuery { Page = 0, PageSize = 25 }, None);
        var last = await Alice.Contacts.SearchAsync(new ContactQuery { Page = 2, PageSize = 25 }, None);
        var beyond = await Alice.Contacts.SearchAsync(new ContactQuery { Page = 3, PageSize = 25 }, None);
        var negative = await Alice.Contacts.SearchAsync(new ContactQuery { Page = -1, PageSize = 25 }, None);
        var filtered = await Alice.Contacts.SearchAsync(new ContactQuery { CircleId = circle, Page = 1, PageSize = 10 }, None);

        Assert.Equal(60, first.TotalCount);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"Person {i:00}"), first.Items.Select(r => r.Name));
        Assert.Equal(Enumerable.Range(51, 10).Select(i => $"Person {i:00}"), last.Items.Select(r => r.Name));
        Assert.Equal(60, last.TotalCount);
        Assert.Empty(beyond.Items);
        Assert.Equal(60, beyond.TotalCount);
        Assert.Equal(first.Items.Select(r => r.Id), negative.Items.Select(r => r.Id));
        Assert.Equal(30, filtered.TotalCount);
        Assert.Equal(Enumerable.Range(11, 10).Select(i => $"Person {i * 2:00}"), filtered.Items.Select(r => r.Name));
    }
}
