using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Searches;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Searches;

/// <summary>The dashboard's "This search" period and the comparison with the previous search, from real rows.</summary>
[Trait("Database", "Any")]
public sealed class SearchAdviceTests : TwoUserTestBase
{
    private int coworkers;
    private int friends;

    private JobSearchService Searches(TestUser user) => new(user.Factory, user.Settings, Clock);

    private SearchAdviceService Advice(TestUser user) => new(user.Factory, user.Settings, Clock);

    /// <summary>
    /// Last search (from 1 Sep 2025) former coworkers gave 4 leads and friends 1 in its first 15 days; this search (from
    /// 1 Jun 2026, today 15 Jun) only friends have given one.
    /// </summary>
    private async Task TwoSearchesAsync()
    {
        coworkers = await Alice.AddCircleAsync("Former coworkers", CircleKind.FormerCoworkers);
        friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", coworkers);
        var bea = await Alice.AddContactAsync("Bea", friends);
        for (var i = 0; i < 4; i++)
        {
            await LeadAsync($"Engineer {i}", ann, new DateTime(2025, 9, 10, 12, 0, 0, DateTimeKind.Utc));
        }

        await LeadAsync("Analyst", bea, new DateTime(2025, 9, 10, 12, 0, 0, DateTimeKind.Utc));
        // A lead on day 20 of the last search is later than this search has run, so it does not count.
        await LeadAsync("Late", ann, new DateTime(2025, 9, 20, 12, 0, 0, DateTimeKind.Utc));
        await LeadAsync("Planner", bea, new DateTime(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc));
        Assert.True((await Searches(Alice).UpdateAsync(0, new JobSearchForm { Name = "Autumn 2025", StartsOn = new DateTime(2025, 9, 1) }, None)).Succeeded);
        Assert.True((await Searches(Alice).StartAsync(new JobSearchForm { Name = "Summer 2026", StartsOn = new DateTime(2026, 6, 1) }, None)).Succeeded);
    }

    /// <summary>A lead from a contact, dated as if found then (the fake clock only moves forward).</summary>
    private async Task LeadAsync(string title, int contactId, DateTime createdAtUtc)
    {
        var id = await Alice.AddLeadAsync(new JobLeadForm { Title = title, CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = contactId });
        await using var db = Alice.Db();
        await db.JobLeads.Where(l => l.Id == id).ExecuteUpdateAsync(set => set.SetProperty(l => l.CreatedAtUtc, createdAtUtc));
    }

    [Fact]
    public async Task A_string_that_gave_leads_last_search_and_nothing_this_one_is_named()
    {
        await TwoSearchesAsync();

        var advice = await Advice(Alice).GetAsync(None);

        Assert.NotNull(advice);
        Assert.Equal(["Former coworkers gave you 4 leads last search, none yet this one."], advice.Lines);
        Assert.Equal(("Summer 2026", "Autumn 2025", 15), (advice.Windows.Current.Name, advice.Windows.Previous!.Name, advice.Windows.SoFar.Days));
        Assert.Null(await Advice(Bob).GetAsync(None));
    }

    [Fact]
    public async Task This_search_on_the_dashboard_counts_from_its_start_and_compares_with_the_last_search()
    {
        await TwoSearchesAsync();

        var thisSearch = await Alice.Coverage.GetAsync(CoveragePeriodKind.ThisSearch, None);
        var lastThirtyDays = await Alice.Coverage.GetAsync(CoveragePeriodKind.Last30Days, None);

        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 15)), (thisSearch.Report.Period.From, thisSearch.Report.Period.To));
        Assert.Equal("This search", thisSearch.Report.Period.Label);
        var coworkerString = thisSearch.Report.Strings.Single(s => s.Activity.CircleId == coworkers);
        Assert.True(coworkerString.WorkedLastYearNotThisYear);
        Assert.Equal(4, coworkerString.Activity.ProducedYearBefore);
        Assert.False(thisSearch.Report.Strings.Single(s => s.Activity.CircleId == friends).WorkedLastYearNotThisYear);
        // The same dates a year earlier (mid-May to mid-June 2025) held nothing: only the search comparison sees the loss.
        Assert.False(lastThirtyDays.Report.Strings.Single(s => s.Activity.CircleId == coworkers).WorkedLastYearNotThisYear);
    }

    [Fact]
    public async Task With_only_the_first_search_this_search_runs_from_the_first_activity_and_compares_with_nothing()
    {
        var circle = await Alice.AddCircleAsync("Friends");
        await Alice.LogAskAsync(await Alice.AddContactAsync("Ann", circle), new DateOnly(2026, 4, 2));

        var dashboard = await Alice.Coverage.GetAsync(CoveragePeriodKind.ThisSearch, None);

        Assert.Equal(new DateOnly(2026, 4, 2), dashboard.Report.Period.From);
        Assert.False(dashboard.Report.Period.HasYearBefore);
        Assert.Equal(1, dashboard.Report.Strings.Single().Activity.Asks);
        Assert.Null(await Advice(Alice).GetAsync(None));
    }
}
