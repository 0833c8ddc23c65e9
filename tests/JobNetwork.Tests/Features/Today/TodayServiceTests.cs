using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Today;

[Trait("Database", "Any")]
public sealed class TodayServiceTests : TwoUserTestBase
{
    private TodayService TodayFor(TestUser user) => new(user.Factory, user.Settings, new SuggestionEngine(Clock), Clock);

    private static async Task<int> FriendAsync(TestUser user, string name, int circleId) =>
        await user.AddContactAsync(new ContactForm { Name = name, Closeness = Closeness.KnowWell, Phone = "+1 415 555 01" + name.Length.ToString("00", System.Globalization.CultureInfo.InvariantCulture), CircleIds = [circleId] });

    [Fact]
    public async Task An_empty_network_is_told_to_make_a_list_of_people_it_knows_well()
    {
        var view = await TodayFor(Alice).GetAsync(None);

        var only = Assert.Single(view.Suggestions);
        Assert.Null(only.ContactId);
        Assert.Contains("Make a list of people you know well", only.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_days_suggestions_are_stored_so_a_refresh_shows_the_same_list_even_after_the_network_changes()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        for (var i = 0; i < 6; i++)
        {
            await FriendAsync(Alice, $"Friend {i}", friends);
        }

        var first = await TodayFor(Alice).GetAsync(None);
        await FriendAsync(Alice, "Someone new", friends);
        var second = await TodayFor(Alice).GetAsync(None);

        Assert.Equal(3, first.Suggestions.Count);
        Assert.Equal(first.Suggestions.Select(s => s.ContactId), second.Suggestions.Select(s => s.ContactId));
    }

    [Fact]
    public async Task Skip_replaces_a_suggestion_with_the_next_person_and_snooze_removes_it_for_today()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        for (var i = 0; i < 6; i++)
        {
            await FriendAsync(Alice, $"Friend {i}", friends);
        }

        var today = TodayFor(Alice);
        var before = (await today.GetAsync(None)).Suggestions;
        Assert.True(await today.SkipAsync(before[0].Id, None));
        Assert.True(await today.SnoozeAsync(before[1].Id, None));
        var after = (await today.GetAsync(None)).Suggestions;

        Assert.DoesNotContain(after, s => s.ContactId == before[0].ContactId || s.ContactId == before[1].ContactId);
        Assert.Contains(after, s => s.ContactId == before[2].ContactId);
        Assert.Equal(2, after.Count);
        Assert.DoesNotContain(before, b => b.ContactId == after[^1].ContactId);
    }

    [Fact]
    public async Task Done_stays_in_the_list_marked_done_and_an_ask_starts_a_streak()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var dana = await FriendAsync(Alice, "Dana", friends);
        var today = TodayFor(Alice);
        var suggestion = Assert.Single((await today.GetAsync(None)).Suggestions);

        await Alice.LogAskAsync(dana, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime));
        await today.MarkDoneAsync(suggestion.Id, None);
        var view = await today.GetAsync(None);

        Assert.Equal(DailySuggestionStatus.Done, Assert.Single(view.Suggestions).Status);
        Assert.Equal(1, view.Streak);
        Assert.Equal(1, view.AsksThisWeek);
    }

    [Fact]
    public async Task Nobody_is_suggested_two_days_running()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        for (var i = 0; i < 4; i++)
        {
            await FriendAsync(Alice, $"Friend {i}", friends);
        }

        var monday = (await TodayFor(Alice).GetAsync(None)).Suggestions.Select(s => s.ContactId).ToList();
        Clock.Advance(TimeSpan.FromDays(1));
        var tuesday = (await TodayFor(Alice).GetAsync(None)).Suggestions.Select(s => s.ContactId).ToList();

        Assert.Empty(monday.Intersect(tuesday));
    }

    [Fact]
    public async Task Another_user_never_sees_or_changes_my_suggestions()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        await FriendAsync(Alice, "Dana", friends);
        var mine = Assert.Single((await TodayFor(Alice).GetAsync(None)).Suggestions);

        var theirs = await TodayFor(Bob).GetAsync(None);
        Assert.False(await TodayFor(Bob).SkipAsync(mine.Id, None));

        Assert.DoesNotContain(theirs.Suggestions, s => s.ContactName == "Dana");
        await using var db = Unfiltered();
        Assert.Equal(DailySuggestionStatus.Open, (await db.DailySuggestions.IgnoreQueryFilters().SingleAsync(s => s.Id == mine.Id)).Status);
    }

    /// <summary>The page, the digest, the calendar feed and a second tab can all be the day's first read at once.</summary>
    [Theory]
    [InlineData(6)]
    [InlineData(0)]
    public async Task Concurrent_first_reads_of_the_day_store_one_list(int friendCount)
    {
        var friends = await Alice.AddCircleAsync("Friends");
        for (var i = 0; i < friendCount; i++)
        {
            await FriendAsync(Alice, $"Friend {i}", friends);
        }

        var views = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => TodayFor(Alice).GetAsync(None))));

        await using var db = Unfiltered();
        var stored = await db.DailySuggestions.IgnoreQueryFilters().Where(s => s.OwnerId == Alice.Id).OrderBy(s => s.Position).ToListAsync();
        Assert.Equal(friendCount == 0 ? 1 : 3, stored.Count);
        Assert.Equal(stored.Count, stored.Select(s => s.Position).Distinct().Count());
        if (friendCount == 0)
        {
            // "Make a list" is re-decided on every visit, so later reads may replace it: still one card, never two.
            Assert.All(views, view => Assert.Single(view.Suggestions));
        }
        else
        {
            Assert.All(views, view => Assert.Equal(stored.Select(s => s.Id), view.Suggestions.Select(s => s.Id)));
        }
    }

    [Theory]
    [InlineData(-5, true)]
    [InlineData(1, false)]
    public async Task The_interviewer_who_turned_you_down_is_suggested_until_asked_since_the_turn_down(int askedDaysAfterTurnDown, bool suggested)
    {
        var pat = await Alice.AddContactAsync(new ContactForm { Name = "Pat", Closeness = Closeness.MetOnce });
        var turnedDownOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-10);
        await Alice.LogAskAsync(pat, turnedDownOn.AddDays(askedDaysAfterTurnDown), AskOutcome.Helped);
        var leadId = await Alice.AddLeadAsync(new JobLeadForm { Title = "Controls engineer", CompanyName = "Initech", Source = LeadSource.Contact, SourceContactId = pat });
        await using (var db = Alice.Db())
        {
            var lead = await db.JobLeads.SingleAsync(l => l.Id == leadId);
            lead.InterviewerContactId = pat;
            lead.Status = JobLeadStatus.TurnedDown;
            lead.StatusChangedAtUtc = turnedDownOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        var view = await TodayFor(Alice).GetAsync(None);

        var patsSuggestion = view.Suggestions.SingleOrDefault(s => s.ContactId == pat);
        Assert.Equal(suggested, patsSuggestion?.Kind == nameof(SuggestionKind.InterviewerWhoTurnedYouDown));
    }
}
