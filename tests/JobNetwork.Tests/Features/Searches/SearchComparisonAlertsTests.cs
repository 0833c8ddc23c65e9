using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Searches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Searches;

/// <summary>The dashboard's "Compared with your last search" panel and the Settings card, rendered from real rows.</summary>
[Trait("Database", "Any")]
public sealed class SearchComparisonAlertsTests : MudComponentTest
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 9, 10, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private TestUser alice = null!;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        alice = new TestUser(database, "user-alice", clock);
        Context.Services.AddSingleton(alice.Factory);
        Context.Services.AddSingleton(alice.Settings);
        Context.Services.AddSingleton(alice.UserClock);
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton<SearchAdviceService>();
        Context.Services.AddSingleton<JobSearchService>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_string_that_went_dark_since_the_last_search_is_named_on_the_dashboard()
    {
        var coworkers = await alice.AddCircleAsync("Former coworkers", CircleKind.FormerCoworkers);
        var ann = await alice.AddContactAsync("Ann", coworkers);
        await alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ann });
        clock.SetUtcNow(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        await alice.Searches.UpdateAsync(0, new JobSearchForm { Name = "Autumn 2025", StartsOn = new DateTime(2025, 9, 1) }, TestUser.None);
        await alice.Searches.StartAsync(new JobSearchForm { Name = "Summer 2026", StartsOn = new DateTime(2026, 6, 1) }, TestUser.None);

        var panel = Context.Render<SearchComparisonAlerts>();

        panel.WaitForAssertion(() => Assert.Contains("Former coworkers gave you 1 lead last search, none yet this one.",
            panel.Find("[data-testid=search-comparison]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("Summer 2026, day 15, against Autumn 2025 at the same point.", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_previous_search_the_panel_is_not_there_and_settings_shows_the_first_search()
    {
        await alice.LogAskAsync(await alice.AddContactAsync("Ann"), new DateOnly(2025, 8, 1));

        var panel = Context.Render<SearchComparisonAlerts>();
        Context.Render<MudBlazor.MudPopoverProvider>();
        var card = Context.Render<JobSearchesCard>();

        // The card runs a handful of queries (settings, searches, first activity): give a loaded machine time.
        card.WaitForAssertion(() => Assert.Contains("Your first search (current)", card.Find("[data-testid=job-search]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.Contains("Since 1 Aug 2025", card.Find("[data-testid=job-search]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=search-comparison]"));
    }
}
