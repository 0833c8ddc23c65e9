using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;

namespace JobNetwork.Tests.Features.JobLeads;

/// <summary>Issue 21: the board pages each column on its own, and its counts stay exact however many leads it hides.</summary>
[Trait("Database", "Any")]
public sealed class LeadBoardServiceTests : TwoUserTestBase
{
    private static readonly Dictionary<JobLeadStatus, int> Default = [];

    private static LeadBoardService Board(TestUser user) => new(user.Factory);

    private async Task<int> LeadAsync(TestUser user, string title, JobLeadStatus status = JobLeadStatus.Found)
    {
        var id = (await user.Leads.CreateAsync(new JobLeadForm { Title = title, CompanyName = "Acme", Source = LeadSource.FoundMyself }, None)).Id!.Value;
        Clock.Advance(TimeSpan.FromMinutes(1));
        if (status != JobLeadStatus.Found)
        {
            await user.Leads.MoveAsync(id, status, (await user.Leads.GetAsync(id, None))!.Version, None);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        return id;
    }

    [Fact]
    public async Task Every_column_shows_its_first_cards_newest_first_and_counts_all_its_leads()
    {
        var found = new List<int>();
        for (var i = 0; i < LeadBoardService.CardsPerColumn + 3; i++)
        {
            found.Add(await LeadAsync(Alice, $"Found {i}"));
        }

        var applied = await LeadAsync(Alice, "Applied one", JobLeadStatus.Applied);
        await LeadAsync(Bob, "Bob's lead");

        var columns = await Board(Alice).GetAsync(new JobLeadQuery(), Default, None);

        Assert.Equal(JobLeadText.Pipeline, columns.Select(c => c.Status));
        var foundColumn = columns.Single(c => c.Status == JobLeadStatus.Found);
        Assert.Equal(LeadBoardService.CardsPerColumn + 3, foundColumn.TotalCount);
        Assert.Equal(3, foundColumn.NotShown);
        Assert.Equal(Enumerable.Reverse(found).Take(LeadBoardService.CardsPerColumn), foundColumn.Leads.Select(l => l.Id));
        var appliedColumn = columns.Single(c => c.Status == JobLeadStatus.Applied);
        Assert.Equal((1, 0, applied), (appliedColumn.TotalCount, appliedColumn.NotShown, appliedColumn.Leads.Single().Id));
        Assert.All(columns.Where(c => c.Status is not (JobLeadStatus.Found or JobLeadStatus.Applied)), c => Assert.Equal((0, 0), (c.TotalCount, c.Leads.Count)));
    }

    [Fact]
    public async Task Showing_more_of_one_column_pages_that_column_alone()
    {
        for (var i = 0; i < LeadBoardService.CardsPerColumn + 3; i++)
        {
            await LeadAsync(Alice, $"Found {i}");
            await LeadAsync(Alice, $"Applied {i}", JobLeadStatus.Applied);
        }

        var columns = await Board(Alice).GetAsync(new JobLeadQuery(), new Dictionary<JobLeadStatus, int> { [JobLeadStatus.Found] = 2 * LeadBoardService.CardsPerColumn }, None);

        var found = columns.Single(c => c.Status == JobLeadStatus.Found);
        Assert.Equal((LeadBoardService.CardsPerColumn + 3, 0), (found.Leads.Count, found.NotShown));
        var applied = columns.Single(c => c.Status == JobLeadStatus.Applied);
        Assert.Equal((LeadBoardService.CardsPerColumn, 3), (applied.Leads.Count, applied.NotShown));
    }

    [Fact]
    public async Task The_lists_filters_apply_to_the_cards_and_the_counts()
    {
        await LeadAsync(Alice, "Accountant");
        await LeadAsync(Alice, "Senior accountant", JobLeadStatus.Applied);
        await LeadAsync(Alice, "Welder");

        var columns = await Board(Alice).GetAsync(new JobLeadQuery(Search: "accountant"), Default, None);

        Assert.Equal(["Accountant"], columns.Single(c => c.Status == JobLeadStatus.Found).Leads.Select(l => l.Title));
        Assert.Equal(1, columns.Single(c => c.Status == JobLeadStatus.Found).TotalCount);
        Assert.Equal(1, columns.Single(c => c.Status == JobLeadStatus.Applied).TotalCount);
    }
}
