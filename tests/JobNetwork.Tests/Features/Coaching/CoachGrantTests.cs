using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coaching;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>A grant's life: made by email or link, scoped, claimed once, expired, revoked; every coach read audited.</summary>
[Trait("Database", "Any")]
public sealed class CoachGrantTests : CoachingTestBase
{
    [Fact]
    public async Task An_email_invitation_puts_the_client_in_the_coachs_caseload_with_her_own_dashboard_numbers()
    {
        await GiveAliceANetworkAsync();
        await InviteBobAsync();

        var row = Assert.Single(await CoachingAs(Bob).CaseloadAsync(None));

        var own = await Alice.Coverage.GetAsync(CoveragePeriodKind.Last30Days, None);
        await using var db = Alice.Db();
        var (streak, week) = await TodayService.StreakAsync(db, Today, None);
        Assert.Equal("alice@example.com", row.Client);
        Assert.Equal(own.Report.Gauge.ActiveLeads, row.ActiveLeads);
        Assert.Equal(1, row.ActiveLeads);
        Assert.Equal(own.Report.Gauge.Goal, row.ActiveLeadsGoal);
        Assert.Equal(own.Report.Strings.Count(s => s.State == StringState.Lit), row.LitStrings);
        Assert.Equal(1, row.LitStrings);
        Assert.Equal(own.Report.Strings.Count, row.Strings);
        Assert.Equal(streak, row.Streak);
        Assert.Equal(2, row.Streak);
        Assert.Equal(week, row.AsksThisWeek);
        Assert.Equal(Today, row.LastAsk);
        Assert.False(row.Stalled);
    }

    [Fact]
    public async Task An_invitation_names_an_existing_other_account_once()
    {
        var sharing = SharingOf(Alice);
        Assert.Equal(InviteOutcome.NoSuchAccount, await sharing.InviteByEmailAsync("nobody@example.com", CoachScope.ProgressOnly, None));
        Assert.Equal(InviteOutcome.NotYourself, await sharing.InviteByEmailAsync("alice@example.com", CoachScope.ProgressOnly, None));
        Assert.Equal(InviteOutcome.Invited, await sharing.InviteByEmailAsync("bob@example.com", CoachScope.ProgressOnly, None));
        Assert.Equal(InviteOutcome.AlreadyShared, await sharing.InviteByEmailAsync("bob@example.com", CoachScope.ProgressAndNames, None));
        var grant = Assert.Single(await sharing.ListAsync(None));
        Assert.Equal("bob@example.com", grant.Coach);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, grant.SinceUtc);
        Assert.Empty(await SharingOf(Bob).ListAsync(None));
    }

    [Fact]
    public async Task A_link_is_stored_hashed_and_claimed_by_one_account_only()
    {
        var link = await SharingOf(Alice).CreateLinkAsync(CoachScope.ProgressOnly, None);
        await using (var db = Unfiltered())
        {
            var stored = await db.CoachGrants.IgnoreQueryFilters().SingleAsync();
            Assert.Equal(CoachingService.Hash(link.Secret), stored.InviteTokenHash);
            Assert.DoesNotContain(link.Secret, stored.InviteTokenHash, StringComparison.Ordinal);
        }

        Assert.False(await CoachingAs(Alice).ClaimAsync(link.Secret, None));
        var claims = await Task.WhenAll(CoachingAs(Bob).ClaimAsync(link.Secret, None), CoachingAs(Carol).ClaimAsync(link.Secret, None));
        Assert.Equal(1, claims.Count(c => c));
        var winner = claims[0] ? Bob : Carol;
        var loser = claims[0] ? Carol : Bob;
        Assert.Single(await CoachingAs(winner).CaseloadAsync(None));
        Assert.Empty(await CoachingAs(loser).CaseloadAsync(None));
        Assert.False(await CoachingAs(loser).ClaimAsync(link.Secret, None));
    }

    [Fact]
    public async Task An_expired_or_revoked_link_cannot_be_claimed()
    {
        var expiring = await SharingOf(Alice).CreateLinkAsync(CoachScope.ProgressOnly, None);
        var revoked = await SharingOf(Alice).CreateLinkAsync(CoachScope.ProgressOnly, None);
        Assert.True(await SharingOf(Alice).RevokeAsync(revoked.GrantId, None));
        Assert.False(await CoachingAs(Bob).ClaimAsync(revoked.Secret, None));

        Clock.Advance(CoachingService.LinkLifetime + TimeSpan.FromMinutes(1));
        Assert.False(await CoachingAs(Bob).ClaimAsync(expiring.Secret, None));
        Assert.False(await CoachingAs(Bob).ClaimAsync("not-a-real-secret-but-long-enough", None));
        Assert.Empty(await CoachingAs(Bob).CaseloadAsync(None));
        Assert.Empty(await SharingOf(Alice).ListAsync(None));
    }

    [Fact]
    public async Task Progress_only_shows_the_figures_without_a_single_name()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync(CoachScope.ProgressOnly);

        var view = await CoachingAs(Bob).ClientAsync(grantId, CoveragePeriodKind.Last30Days, None);

        Assert.NotNull(view);
        Assert.Empty(view.View.Bulbs);
        Assert.Empty(view.View.Companies);
        Assert.Equal(2, view.View.Dashboard.Report.Strings.Count);
        Assert.DoesNotContain(AliceSecret, System.Text.Json.JsonSerializer.Serialize(view), StringComparison.Ordinal);
        Assert.Equal(1, view.Summary.LitStrings);
    }

    [Fact]
    public async Task Progress_and_names_shows_the_people_and_companies_read_only()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync(CoachScope.ProgressAndNames);

        var view = await CoachingAs(Bob).ClientAsync(grantId, CoveragePeriodKind.Last30Days, None);

        Assert.NotNull(view);
        Assert.Contains(view.View.Bulbs.Values.SelectMany(b => b), b => b.Name == AliceSecret + " contact");
        Assert.Contains(view.View.Companies, c => c.Company == AliceSecret + " company");
        Assert.Contains(view.View.Dashboard.Report.Strings, s => s.Activity.Name == AliceSecret + " circle");
    }

    [Fact]
    public async Task Revoking_ends_the_coachs_access_on_the_next_read()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();
        var bob = CoachingAs(Bob);
        Assert.NotNull(await bob.ClientAsync(grantId, CoveragePeriodKind.Last30Days, None));

        Assert.True(await SharingOf(Alice).RevokeAsync(grantId, None));

        Assert.Null(await bob.ClientAsync(grantId, CoveragePeriodKind.AllTime, None));
        Assert.Empty(await bob.CaseloadAsync(None));
        Assert.False(await bob.LeaveNudgeAsync(grantId, "Call your friends", None));
        Assert.False(await bob.IsCoachAsync(None));
        Assert.Empty(await SharingOf(Alice).ListAsync(None));
        Assert.False(await SharingOf(Alice).RevokeAsync(grantId, None));
    }

    [Fact]
    public async Task A_coach_who_was_not_invited_and_the_client_herself_get_nothing()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();

        Assert.Null(await CoachingAs(Carol).ClientAsync(grantId, CoveragePeriodKind.Last30Days, None));
        Assert.Empty(await CoachingAs(Carol).CaseloadAsync(None));
        Assert.False(await CoachingAs(Carol).LeaveNudgeAsync(grantId, "Hello", None));
        Assert.Null(await CoachingAs(Alice).ClientAsync(grantId, CoveragePeriodKind.Last30Days, None));
        Assert.False(await SharingOf(Bob).RevokeAsync(grantId, None));
        Assert.Empty(await SharingOf(Carol).AccessHistoryAsync(10, None));
    }

    [Fact]
    public async Task Every_coach_read_is_in_the_clients_access_history()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();
        var bob = CoachingAs(Bob);

        await bob.CaseloadAsync(None);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await bob.ClientAsync(grantId, CoveragePeriodKind.Last30Days, None);

        var history = await SharingOf(Alice).AccessHistoryAsync(10, None);
        Assert.Equal(["Dashboard", "Caseload"], history.Select(h => h.What));
        Assert.All(history, h => Assert.Equal("bob@example.com", h.Coach));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, Assert.Single(await SharingOf(Alice).ListAsync(None)).LastUsedAtUtc);
        Assert.Empty(await SharingOf(Bob).AccessHistoryAsync(10, None));
    }

    [Fact]
    public async Task The_coachs_view_of_a_client_cannot_save_anything()
    {
        await GiveAliceANetworkAsync();
        await using var db = await new ClientContexts(Database.Options).ReadOnlyAs(Alice.Id).CreateDbContextAsync();

        var contact = await db.Contacts.FirstAsync();
        contact.Name = "Changed by the coach";
        db.Circles.Add(new Circle { Name = "Added by the coach" });

        await Assert.ThrowsAsync<OwnershipViolationException>(() => db.SaveChangesAsync());
        await using var check = Alice.Db();
        Assert.Equal(AliceSecret + " contact", (await check.Contacts.SingleAsync()).Name);
        Assert.Equal(2, await check.Circles.CountAsync());
    }

    [Fact]
    public async Task A_nudge_shows_for_the_client_until_she_marks_it_done()
    {
        var grantId = await InviteBobAsync();
        Assert.False(await CoachingAs(Bob).LeaveNudgeAsync(grantId, "   ", None));
        Assert.False(await CoachingAs(Bob).LeaveNudgeAsync(grantId, new string('x', CoachNudge.TextMaxLength + 1), None));
        Assert.True(await CoachingAs(Bob).LeaveNudgeAsync(grantId, " Call your Elks Club contacts this week ", None));

        var nudge = Assert.Single(await SharingOf(Alice).OpenNudgesAsync(None));
        Assert.Equal("Call your Elks Club contacts this week", nudge.Text);
        Assert.Equal("bob@example.com", nudge.Coach);
        Assert.Empty(await SharingOf(Bob).OpenNudgesAsync(None));
        Assert.False(await SharingOf(Bob).MarkNudgeDoneAsync(nudge.Id, None));

        Assert.True(await SharingOf(Alice).MarkNudgeDoneAsync(nudge.Id, None));
        Assert.Empty(await SharingOf(Alice).OpenNudgesAsync(None));
    }
}
