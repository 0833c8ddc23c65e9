using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coaching;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>
/// The caseload reads every client at once (decision 0033); each row must still equal what that client's own Today page
/// and dashboard show, across time zones, long streaks, leads credited up a referral chain, unplugged strings, and
/// with a non-client's busy account on the same instance.
/// </summary>
[Trait("Database", "Any")]
public sealed class CaseloadFiguresTests : CoachingTestBase
{
    [Fact]
    public async Task Each_client_in_a_caseload_shows_her_own_today_and_dashboard_figures()
    {
        // Alice is 14 hours ahead of UTC (her today is already tomorrow) and asked every day for 20 days: longer than
        // the caseload's first read of asks, so her streak is followed further back.
        await Alice.UseTimeZoneAsync("Pacific/Kiritimati");
        var aliceToday = await Alice.UserClock.TodayAsync(None);
        Assert.Equal(Today.AddDays(1), aliceToday);
        var friends = await Alice.AddCircleAsync("Friends");
        var coworkers = await Alice.AddCircleAsync("Old coworkers", CircleKind.FormerCoworkers);
        var metHunting = await Alice.AddCircleAsync("Met while hunting", CircleKind.MetWhileJobHunting);
        var dana = await Alice.AddContactAsync("Dana", friends);
        var grace = await Alice.AddContactAsync("Grace", coworkers);
        for (var day = 0; day < 20; day++)
        {
            await Alice.LogAskAsync(dana, aliceToday.AddDays(-day));
        }

        // Grace (coworkers) named a hiring manager long ago; his lead today credits where the chain began: coworkers.
        // The hiring manager's own string is unplugged, so only the chain credit can light anything.
        await Alice.AddReferralAsync(grace, new ReferralForm { NewContactName = "Hal", CircleId = metHunting });
        var hal = await FindContactAsync(Alice, "Hal");
        await using (var db = Alice.Db())
        {
            await db.Referrals.ExecuteUpdateAsync(u => u.SetProperty(r => r.ReferredOn, aliceToday.AddDays(-90)));
            await db.Circles.Where(c => c.Id == metHunting).ExecuteUpdateAsync(u => u.SetProperty(c => c.IsPluggedIn, false));
        }

        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", SourceContactId = hal });

        // Carol never saved settings and last asked ten days ago; a referral today lights her Elks Club string (the
        // stranger named joins a new "Met while job hunting" string, which stays dark).
        var carolsCircle = await Carol.AddCircleAsync("Elks Club", CircleKind.CommunityGroup);
        var ed = await Carol.AddContactAsync("Ed", carolsCircle);
        await Carol.LogAskAsync(ed, Today.AddDays(-10));
        await Carol.AddReferralAsync(ed, new ReferralForm { NewContactName = "Fay" });
        await Carol.AddLeadAsync(new JobLeadForm { Title = "Clerk", CompanyName = "Globex", Source = LeadSource.FoundMyself, FoundVia = "Job board" });

        // Dave is on the same instance but nobody's client: his busy account must not leak into any row.
        var dave = await AddAccountAsync("user-dave", "dave@example.com");
        var davesCircle = await dave.AddCircleAsync("Dave's friends");
        var davesFriend = await dave.AddContactAsync("Dave's friend", davesCircle);
        await dave.LogAskAsync(davesFriend, Today);
        await dave.AddLeadAsync(new JobLeadForm { Title = "Boss", CompanyName = "Initech", SourceContactId = davesFriend });

        await InviteBobAsync();
        Assert.Equal(InviteOutcome.Invited, await SharingOf(Carol).InviteByEmailAsync("bob@example.com", CoachScope.ProgressOnly, None));

        var rows = await CoachingAs(Bob).CaseloadAsync(None);

        Assert.Equal(["carol@example.com", "alice@example.com"], rows.Select(r => r.Client));
        var alice = rows[1];
        await AssertOwnFiguresAsync(Alice, alice);
        Assert.Equal(20, alice.Streak);
        Assert.Equal(aliceToday, alice.LastAsk);
        Assert.Equal((3, 1, 1), (alice.Strings, alice.LitStrings, alice.ActiveLeads));
        var carol = rows[0];
        await AssertOwnFiguresAsync(Carol, carol);
        Assert.True(carol.Stalled);
        Assert.Equal((Today.AddDays(-10), 0, 0), (carol.LastAsk, carol.Streak, carol.AsksThisWeek));
        Assert.Equal((2, 1, 1), (carol.Strings, carol.LitStrings, carol.ActiveLeads));
    }

    [Fact]
    public async Task A_caseload_writes_one_history_entry_per_client_in_one_batch_and_not_again_within_a_minute()
    {
        await InviteBobAsync();
        Assert.Equal(InviteOutcome.Invited, await SharingOf(Carol).InviteByEmailAsync("bob@example.com", CoachScope.ProgressOnly, None));
        var bob = CoachingAs(Bob);

        await bob.CaseloadAsync(None);
        Clock.Advance(TimeSpan.FromSeconds(30));
        await bob.CaseloadAsync(None);

        foreach (var client in new[] { Alice, Carol })
        {
            Assert.Equal("Caseload", Assert.Single(await SharingOf(client).AccessHistoryAsync(10, None)).What);
            Assert.Equal(Clock.GetUtcNow().UtcDateTime, Assert.Single(await SharingOf(client).ListAsync(None)).LastUsedAtUtc);
        }

        await using var db = Unfiltered();
        Assert.Equal(2, await db.CoachAccessEntries.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task The_context_over_several_clients_sees_only_them_and_writes_only_their_rows()
    {
        await GiveAliceANetworkAsync();
        await Bob.AddContactAsync("Bob's own contact");
        var contexts = new ClientContexts(Database.Options);

        await using (var reader = await contexts.ReadOnlyAsClients([Alice.Id, Carol.Id]).CreateDbContextAsync())
        {
            Assert.Equal([AliceSecret + " contact"], await reader.Contacts.Select(c => c.Name).ToListAsync());
            reader.Circles.Add(new Circle { Name = "Added by the coach", OwnerId = Alice.Id });
            await Assert.ThrowsAsync<OwnershipViolationException>(() => reader.SaveChangesAsync());
        }

        await using (var writer = await contexts.WriterAsClients([Alice.Id]).CreateDbContextAsync())
        {
            writer.CoachAccessEntries.Add(new CoachAccessEntry { OwnerId = Bob.Id, GrantId = 1, CoachUserId = Carol.Id, What = "Caseload" });
            await Assert.ThrowsAsync<OwnershipViolationException>(() => writer.SaveChangesAsync());
        }

        // Every other context keeps its one-owner filter (the caseload's model is a separate one).
        await using var own = Alice.Db();
        var sql = own.Contacts.ToQueryString();
        Assert.DoesNotContain(" IN (", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("ANY (", sql, StringComparison.Ordinal);
    }

    private static async Task AssertOwnFiguresAsync(TestUser client, CaseloadRow row)
    {
        var own = await client.Coverage.GetAsync(CoveragePeriodKind.Last30Days, None);
        var today = await client.UserClock.TodayAsync(None);
        await using var db = client.Db();
        var (streak, week) = await TodayService.StreakAsync(db, today, None);
        var lastAsk = await db.Asks.Where(a => a.AskedOn <= today).MaxAsync(a => (DateOnly?)a.AskedOn);
        Assert.Equal(lastAsk, row.LastAsk);
        Assert.Equal(streak, row.Streak);
        Assert.Equal(week, row.AsksThisWeek);
        Assert.Equal(own.Report.Gauge.ActiveLeads, row.ActiveLeads);
        Assert.Equal(own.Report.Gauge.Goal, row.ActiveLeadsGoal);
        Assert.Equal(own.Report.Strings.Count(s => s.State == StringState.Lit), row.LitStrings);
        Assert.Equal(own.Report.Strings.Count, row.Strings);
        Assert.Equal(CaseloadRules.IsStalled(lastAsk, today), row.Stalled);
    }

    private static async Task<int> FindContactAsync(TestUser user, string name)
    {
        await using var db = user.Db();
        return await db.Contacts.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private async Task<TestUser> AddAccountAsync(string id, string email)
    {
        await using (var db = Unfiltered())
        {
            db.Users.Add(new ApplicationUser
            {
                Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString(), CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        return new TestUser(Database, id, Clock);
    }
}
