using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Searches;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Searches;

/// <summary>Starting, correcting and undoing searches on real rows; one user's searches never reach another.</summary>
[Trait("Database", "Any")]
public sealed class JobSearchServiceTests : TwoUserTestBase
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private JobSearchService Searches(TestUser user) => new(user.Factory, user.Settings, Clock);

    private static JobSearchForm Form(string name, DateOnly startsOn) => new() { Name = name, StartsOn = startsOn.ToDateTime(TimeOnly.MinValue) };

    [Fact]
    public async Task Without_a_search_started_the_first_one_runs_from_the_first_ask()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        await Alice.LogAskAsync(await Alice.AddContactAsync("Ann", friends), new DateOnly(2026, 2, 3));

        var search = Assert.Single(await Searches(Alice).ListAsync(None));

        Assert.Equal(new SearchSpan(0, SearchComparison.FirstSearchName, new DateOnly(2026, 2, 3), null, true), search);
        Assert.Equal(Today, Assert.Single(await Searches(Bob).ListAsync(None)).StartsOn);
    }

    [Fact]
    public async Task Starting_a_search_ends_the_first_one_the_day_before()
    {
        await Alice.LogAskAsync(await Alice.AddContactAsync("Ann"), new DateOnly(2025, 9, 1));

        var started = await Searches(Alice).StartAsync(Form("  Spring 2026 ", new DateOnly(2026, 3, 1)), None);

        Assert.True(started.Succeeded, started.Message);
        var timeline = await Searches(Alice).ListAsync(None);
        Assert.Equal(
            [(SearchComparison.FirstSearchName, new DateOnly(2025, 9, 1), (DateOnly?)new DateOnly(2026, 2, 28)), ("Spring 2026", new DateOnly(2026, 3, 1), null)],
            timeline.Select(s => (s.Name, s.StartsOn, s.EndsOn)));
        Assert.All(timeline, s => Assert.False(s.IsImplicit));
        Assert.Equal(started.Id, timeline[1].Id);
    }

    [Fact]
    public async Task A_first_search_started_on_the_first_day_replaces_the_implicit_one()
    {
        var started = await Searches(Alice).StartAsync(Form("Autumn 2026", Today), None);

        Assert.True(started.Succeeded, started.Message);
        Assert.Equal("Autumn 2026", Assert.Single(await Searches(Alice).ListAsync(None)).Name);
    }

    [Fact]
    public async Task A_search_cannot_start_in_the_future_or_on_the_day_another_starts()
    {
        await Alice.LogAskAsync(await Alice.AddContactAsync("Ann"), new DateOnly(2025, 9, 1));
        await Searches(Alice).StartAsync(Form("Spring", new DateOnly(2026, 3, 1)), None);

        var future = await Searches(Alice).StartAsync(Form("Later", Today.AddDays(1)), None);
        var sameDay = await Searches(Alice).StartAsync(Form("Again", new DateOnly(2026, 3, 1)), None);
        var blank = await Searches(Alice).StartAsync(new JobSearchForm { Name = " ", StartsOn = null }, None);

        Assert.Equal(SaveStatus.Invalid, future.Status);
        Assert.Contains("day", future.Message, StringComparison.Ordinal);
        Assert.Equal(SaveStatus.Invalid, sameDay.Status);
        Assert.Contains("“Spring” already starts on that day", sameDay.Message, StringComparison.Ordinal);
        Assert.Equal(SaveStatus.Invalid, blank.Status);
        Assert.Equal(2, (await Searches(Alice).ListAsync(None)).Count);
    }

    [Fact]
    public async Task A_search_can_be_renamed_and_its_start_corrected()
    {
        await Alice.LogAskAsync(await Alice.AddContactAsync("Ann"), new DateOnly(2025, 9, 1));
        var id = (await Searches(Alice).StartAsync(Form("Spring", new DateOnly(2026, 3, 1)), None)).Id!.Value;
        var loaded = (await Searches(Alice).ListAsync(None)).Single(s => s.Id == id);

        var form = JobSearchForm.From(loaded);
        form.Name = "Spring 2026";
        form.StartsOn = new DateTime(2026, 2, 16);
        var saved = await Searches(Alice).UpdateAsync(id, form, None);

        Assert.True(saved.Succeeded, saved.Message);
        var timeline = await Searches(Alice).ListAsync(None);
        Assert.Equal(("Spring 2026", new DateOnly(2026, 2, 16)), (timeline[^1].Name, timeline[^1].StartsOn));
        Assert.Equal(new DateOnly(2026, 2, 15), timeline[0].EndsOn);
    }

    [Fact]
    public async Task A_correction_from_a_stale_form_is_refused()
    {
        var id = (await Searches(Alice).StartAsync(Form("Spring", new DateOnly(2026, 3, 1)), None)).Id!.Value;
        var stale = JobSearchForm.From((await Searches(Alice).ListAsync(None)).Single(s => s.Id == id));
        var fresh = JobSearchForm.From((await Searches(Alice).ListAsync(None)).Single(s => s.Id == id));
        fresh.Name = "Spring 2026";
        Assert.True((await Searches(Alice).UpdateAsync(id, fresh, None)).Succeeded);

        stale.Name = "Something else";

        Assert.Equal(SaveStatus.ChangedElsewhere, (await Searches(Alice).UpdateAsync(id, stale, None)).Status);
    }

    [Fact]
    public async Task Correcting_the_implicit_first_search_stores_it()
    {
        var saved = await Searches(Alice).UpdateAsync(0, Form("Autumn 2025", new DateOnly(2025, 10, 1)), None);

        Assert.True(saved.Succeeded, saved.Message);
        var search = Assert.Single(await Searches(Alice).ListAsync(None));
        Assert.Equal((saved.Id!.Value, "Autumn 2025", new DateOnly(2025, 10, 1), false), (search.Id, search.Name, search.StartsOn, search.IsImplicit));
    }

    [Fact]
    public async Task Undoing_a_start_lets_the_search_before_run_on()
    {
        await Searches(Alice).StartAsync(Form("Spring", new DateOnly(2026, 3, 1)), None);
        var mistake = (await Searches(Alice).StartAsync(Form("Oops", new DateOnly(2026, 6, 1)), None)).Id!.Value;

        Assert.True(await Searches(Alice).UndoStartAsync(mistake, None));

        var last = (await Searches(Alice).ListAsync(None))[^1];
        Assert.Equal(("Spring", (DateOnly?)null), (last.Name, last.EndsOn));
        Assert.False(await Searches(Alice).UndoStartAsync(mistake, None));
    }

    [Fact]
    public async Task Another_users_search_is_invisible_and_cannot_be_changed_or_undone()
    {
        var alices = (await Searches(Alice).StartAsync(Form("Alice's spring", new DateOnly(2026, 3, 1)), None)).Id!.Value;

        Assert.DoesNotContain(await Searches(Bob).ListAsync(None), s => s.Name == "Alice's spring");
        Assert.Equal(SaveStatus.NotFound, (await Searches(Bob).UpdateAsync(alices, Form("Bob's now", new DateOnly(2026, 3, 2)), None)).Status);
        Assert.False(await Searches(Bob).UndoStartAsync(alices, None));
        // Bob can start a search on the same day: the one-search-per-day rule is per account.
        Assert.True((await Searches(Bob).StartAsync(Form("Bob's spring", new DateOnly(2026, 3, 1)), None)).Succeeded);

        await using var db = Unfiltered();
        Assert.Equal("Alice's spring", (await db.JobSearches.IgnoreQueryFilters().SingleAsync(s => s.Id == alices)).Name);
    }
}
