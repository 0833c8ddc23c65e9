using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>The coverage dashboard over a real database, one rule per test: attribution, the gauge, time zones, isolation.</summary>
[Trait("Database", "Any")]
public sealed class CoverageServiceTests : TwoUserTestBase
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static StringActivity Of(Dashboard dashboard, int circleId) =>
        dashboard.Report.Strings.Single(s => s.Activity.CircleId == circleId).Activity;

    private static Task<Dashboard> DashboardAsync(TestUser user, CoveragePeriodKind kind = CoveragePeriodKind.Last30Days) => user.Coverage.GetAsync(kind, None);

    private static async Task SetLeadCreatedAsync(TestUser user, int leadId, DateTime createdAtUtc)
    {
        await using var db = user.Db();
        await db.JobLeads.Where(l => l.Id == leadId).ExecuteUpdateAsync(s => s.SetProperty(l => l.CreatedAtUtc, createdAtUtc));
    }

    private static async Task SetLeadStatusAsync(TestUser user, int leadId, JobLeadStatus status)
    {
        await using var db = user.Db();
        var lead = await db.JobLeads.SingleAsync(l => l.Id == leadId);
        var moved = await user.Leads.MoveAsync(leadId, status, lead.Version, None);
        Assert.Equal(Web.Features.Common.SaveStatus.Saved, moved.Status);
    }

    [Fact]
    public async Task A_new_account_has_an_empty_dashboard()
    {
        var dashboard = await DashboardAsync(Alice);

        Assert.True(dashboard.IsEmpty);
        Assert.Empty(dashboard.Report.Strings);
        Assert.Equal(new CoverageGauge(0, 0, JobSearchSettings.DefaultActiveLeadsGoal), dashboard.Report.Gauge);
        Assert.Equal(6, dashboard.AsksPerWeek.Count); // Sunday 17 May to Monday 15 June touch six Monday-based weeks.
        Assert.All(dashboard.AsksPerWeek, w => Assert.Equal(0, w.Asks));
    }

    [Fact]
    public async Task Everything_a_contact_does_is_credited_to_their_primary_circle_only()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", CircleIds = [friends, coworkers], PrimaryCircleId = coworkers });
        await Alice.LogAskAsync(ann, Today, AskOutcome.GaveReferral);
        await Alice.LogAskAsync(ann, Today.AddDays(-1), AskOutcome.NoResponse);
        var referral = await Alice.AddReferralAsync(ann, new ReferralForm { NewContactName = "Ben", CircleId = friends, CompanyName = "Acme" });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ann, Advertising = Advertising.NeverAdvertised });
        // A lead from a referral credits the person who gave the referral (Ann), not the person referred (Ben, in Friends).
        var viaReferral = await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = referral, Advertising = Advertising.NeverAdvertised });
        await SetLeadStatusAsync(Alice, viaReferral, JobLeadStatus.Interviewing);
        await SetLeadStatusAsync(Alice, viaReferral, JobLeadStatus.Offer);

        var dashboard = await DashboardAsync(Alice);

        var credited = Of(dashboard, coworkers);
        Assert.Equal((1, 1, 2, 1, 1, 2, 2, 1, 1), (credited.Contacts, credited.ContactsAsked, credited.Asks, credited.Replies,
            credited.Referrals, credited.Leads, credited.HiddenLeads, credited.Interviews, credited.Offers));
        Assert.Equal(Today, credited.LastAskedOn);
        Assert.Equal(Today, credited.LastProducedOn);
        Assert.Equal(Today, credited.LastLeadOn);
        Assert.Equal(StringState.Lit, dashboard.Report.Strings.Single(s => s.Activity.CircleId == coworkers).State);

        var other = Of(dashboard, friends);
        Assert.Equal(2, other.Contacts); // Ann (not her primary circle) and Ben.
        Assert.Equal((0, 0, 0, 0, 0, 0), (other.Asks, other.ContactsAsked, other.Referrals, other.Leads, other.Interviews, other.Offers));
        Assert.Null(other.LastAskedOn);
        Assert.Null(other.LastProducedOn);
        Assert.Equal(StringState.Dark, dashboard.Report.Strings.Single(s => s.Activity.CircleId == friends).State);
    }

    [Fact]
    public async Task Changing_the_primary_circle_moves_the_credit()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", CircleIds = [friends, coworkers], PrimaryCircleId = friends });
        await Alice.LogAskAsync(ann, Today);
        Assert.Equal(1, Of(await DashboardAsync(Alice), friends).Asks);

        await using (var db = Alice.Db())
        {
            await db.ContactCircles.Where(m => m.ContactId == ann).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsPrimary, m => m.CircleId == coworkers));
        }

        var dashboard = await DashboardAsync(Alice);
        Assert.Equal(0, Of(dashboard, friends).Asks);
        Assert.Equal(1, Of(dashboard, coworkers).Asks);
    }

    [Fact]
    public async Task A_lead_the_user_found_themselves_counts_in_the_gauge_but_credits_no_string()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        await Alice.AddContactAsync("Ann", friends);
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", Source = LeadSource.FoundMyself, FoundVia = "Job board", Advertising = Advertising.Advertised });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Globex", Source = LeadSource.FoundMyself, Advertising = Advertising.NeverAdvertised });

        var dashboard = await DashboardAsync(Alice);

        Assert.Equal(new CoverageGauge(2, 1, JobSearchSettings.DefaultActiveLeadsGoal), dashboard.Report.Gauge);
        Assert.Equal(8, dashboard.Report.Gauge.Gap);
        Assert.Equal(0, Of(dashboard, friends).Leads);
        Assert.Null(Of(dashboard, friends).LastLeadOn);
        Assert.Equal(0, dashboard.Report.Funnel.Single(f => f.Label == "Leads").Count);
        Assert.False(dashboard.IsEmpty);
    }

    [Fact]
    public async Task Only_a_lead_the_user_says_was_never_advertised_counts_as_hidden_market_and_not_sure_is_the_default()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var unsure = await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ann });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Globex", Source = LeadSource.Contact, SourceContactId = ann, Advertising = Advertising.NeverAdvertised });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Manager", CompanyName = "Initech", Source = LeadSource.Contact, SourceContactId = ann, Advertising = Advertising.Advertised });

        var dashboard = await DashboardAsync(Alice);

        Assert.Equal(Advertising.NotSure, (await Alice.Leads.GetAsync(unsure, None))!.Advertising);
        Assert.Equal(new CoverageGauge(3, 1, JobSearchSettings.DefaultActiveLeadsGoal), dashboard.Report.Gauge);
        Assert.Equal(3, Of(dashboard, friends).Leads);
    }

    [Fact]
    public async Task A_found_myself_lead_alone_makes_the_dashboard_not_empty()
    {
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", Source = LeadSource.FoundMyself });

        var dashboard = await DashboardAsync(Alice);

        Assert.False(dashboard.IsEmpty);
        Assert.Equal(1, dashboard.Report.Gauge.ActiveLeads);
    }

    [Theory]
    [InlineData(JobLeadStatus.Found, 1)]
    [InlineData(JobLeadStatus.Applied, 1)]
    [InlineData(JobLeadStatus.Interviewing, 1)]
    [InlineData(JobLeadStatus.Offer, 1)]
    [InlineData(JobLeadStatus.Accepted, 0)]
    [InlineData(JobLeadStatus.TurnedDown, 0)]
    [InlineData(JobLeadStatus.Withdrawn, 0)]
    [InlineData(JobLeadStatus.Closed, 0)]
    public async Task Only_open_leads_count_as_active_in_the_gauge(JobLeadStatus status, int active)
    {
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", Source = LeadSource.FoundMyself });
        if (status != JobLeadStatus.Found)
        {
            await SetLeadStatusAsync(Alice, lead, status);
        }

        Assert.Equal(active, (await DashboardAsync(Alice)).Report.Gauge.ActiveLeads);
    }

    [Fact]
    public async Task The_gauge_uses_the_users_goal()
    {
        await Alice.Settings.SaveAsync(new Web.Features.Settings.SettingsForm { TimeZoneId = "UTC", ActiveLeadsGoal = 3 }, None);
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", Source = LeadSource.FoundMyself });

        var gauge = (await DashboardAsync(Alice)).Report.Gauge;

        Assert.Equal(3, gauge.Goal);
        Assert.Equal(2, gauge.Gap);
    }

    [Fact]
    public async Task An_ask_on_the_users_local_today_counts_in_the_last_30_days()
    {
        // 23:30 UTC on 15 June is 11:30 on 16 June in Auckland: "today" there is the 16th.
        Clock.SetUtcNow(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.Zero));
        await Alice.UseTimeZoneAsync("Pacific/Auckland");
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var localToday = new DateOnly(2026, 6, 16);
        await Alice.LogAskAsync(ann, localToday);
        await Alice.LogAskAsync(ann, localToday.AddDays(-29)); // 18 May: the first day of the period.
        await Alice.LogAskAsync(ann, localToday.AddDays(-30)); // 17 May: the day before it.

        var dashboard = await DashboardAsync(Alice);

        Assert.Equal(new DateOnly(2026, 5, 18), dashboard.Report.Period.From);
        Assert.Equal(localToday, dashboard.Report.Period.To);
        Assert.Equal(2, Of(dashboard, friends).Asks);
        Assert.Equal(localToday, Of(dashboard, friends).LastAskedOn);
        Assert.Equal(StringState.Dim, dashboard.Report.Strings.Single().State);
        Assert.Equal(2, dashboard.AsksPerWeek.Sum(w => w.Asks));
    }

    [Fact]
    public async Task Leads_are_counted_by_the_users_local_date_of_creation()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.Zero)); // 16 June in Auckland.
        await Alice.UseTimeZoneAsync("Pacific/Auckland");
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var justBefore = await Alice.AddLeadAsync(new JobLeadForm { Title = "A", CompanyName = "Acme", SourceContactId = ann });
        var firstMinute = await Alice.AddLeadAsync(new JobLeadForm { Title = "B", CompanyName = "Acme", SourceContactId = ann });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "C", CompanyName = "Acme", SourceContactId = ann }); // Now: 16 June locally.
        // The period starts on 18 May at midnight in Auckland, which is 12:00 UTC on 17 May.
        await SetLeadCreatedAsync(Alice, justBefore, new DateTime(2026, 5, 17, 11, 59, 0, DateTimeKind.Utc));
        await SetLeadCreatedAsync(Alice, firstMinute, new DateTime(2026, 5, 17, 12, 0, 0, DateTimeKind.Utc));

        var activity = Of(await DashboardAsync(Alice), friends);

        Assert.Equal(2, activity.Leads);
        Assert.Equal(new DateOnly(2026, 6, 16), activity.LastLeadOn); // The local date, not the UTC one (15 June).
    }

    [Fact]
    public async Task A_string_that_produced_a_year_ago_and_not_now_worked_last_year_not_this_year()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "A", CompanyName = "Acme", SourceContactId = ann });
        await SetLeadCreatedAsync(Alice, lead, new DateTime(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc)); // In last year's "last 30 days".

        var thisMonth = await DashboardAsync(Alice);
        var ninetyDays = await DashboardAsync(Alice, CoveragePeriodKind.Last90Days);
        var allTime = await DashboardAsync(Alice, CoveragePeriodKind.AllTime);

        Assert.Equal(1, Of(thisMonth, friends).ProducedYearBefore);
        Assert.True(thisMonth.Report.Strings.Single().WorkedLastYearNotThisYear);
        Assert.True(ninetyDays.Report.Strings.Single().WorkedLastYearNotThisYear);
        Assert.False(allTime.Report.Strings.Single().WorkedLastYearNotThisYear);
        Assert.Equal(1, Of(allTime, friends).Leads);
    }

    [Fact]
    public async Task Another_users_data_never_appears_in_the_dashboard()
    {
        var bobsFriends = await Bob.AddCircleAsync("Bob's friends");
        var bobsContact = await Bob.AddContactAsync("Zed", bobsFriends);
        await Bob.LogAskAsync(bobsContact, Today, AskOutcome.GaveJobLead);
        await Bob.AddReferralAsync(bobsContact, new ReferralForm { NewContactName = "Yan", CompanyName = "Acme" });
        await Bob.AddLeadAsync(new JobLeadForm { Title = "Bob's lead", CompanyName = "Acme", SourceContactId = bobsContact });
        await Bob.AddLeadAsync(new JobLeadForm { Title = "Bob's own find", CompanyName = "Acme", Source = LeadSource.FoundMyself });
        var friends = await Alice.AddCircleAsync("Friends");
        await Alice.AddContactAsync("Ann", friends);

        var dashboard = await DashboardAsync(Alice, CoveragePeriodKind.AllTime);
        var carol = await DashboardAsync(new TestUser(Database, "user-carol", Clock), CoveragePeriodKind.AllTime);

        var only = Assert.Single(dashboard.Report.Strings);
        Assert.Equal(friends, only.Activity.CircleId);
        Assert.Equal(1, only.Activity.Contacts);
        Assert.Equal(0, dashboard.Report.Gauge.ActiveLeads);
        Assert.All(dashboard.Report.Funnel, step => Assert.Equal(0, step.Count));
        Assert.Equal(0, dashboard.AsksPerWeek.Sum(w => w.Asks));
        Assert.True(carol.IsEmpty);

        var bobs = await DashboardAsync(Bob, CoveragePeriodKind.AllTime);
        Assert.Equal(2, bobs.Report.Gauge.ActiveLeads); // Bob's own dashboard does see them.
        Assert.Equal(1, Of(bobs, bobsFriends).Leads);
    }

    [Fact]
    public async Task Another_users_bulbs_and_target_companies_never_appear_on_the_network_map()
    {
        await Bob.AddCompanyAsync("Acme", isTarget: true);
        var bobsFriends = await Bob.AddCircleAsync("Bob's friends");
        await Bob.AddContactAsync(new ContactForm { Name = "Zed", CompanyName = "Acme", CircleIds = [bobsFriends] });
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);

        var bulbs = await Alice.NetworkMap.BulbsAsync(None);
        var targets = await Alice.NetworkMap.TargetCompaniesAsync(None);

        Assert.Equal([friends], bulbs.Keys);
        Assert.Equal(ann, Assert.Single(bulbs[friends]).ContactId);
        Assert.Empty(targets);
        Assert.Single(await Bob.NetworkMap.TargetCompaniesAsync(None));
    }

    [Fact]
    public async Task A_lead_from_a_contact_without_a_circle_is_credited_up_the_referred_by_chain()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var ben = await Alice.AddContactAsync("Ben"); // In no circle.
        await Alice.AddReferralAsync(ann, new ReferralForm { ExistingContactId = ben, CompanyName = "Acme" });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ben });

        var dashboard = await DashboardAsync(Alice);

        // LeadAttribution: Ben has no primary circle, so the credit passes to Ann, who referred him, and her string.
        Assert.Equal(1, Of(dashboard, friends).Leads);
    }
    [Fact]
    public async Task The_credit_passes_up_several_referrers_without_a_circle_and_stops_at_the_documented_depth()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        // Ann → Ben → Cat → Dan → Eve, none but Ann in a string: Dan is three referrers below Ann, Eve four.
        var chain = new List<int> { ann };
        foreach (var name in new[] { "Ben", "Cat", "Dan", "Eve" })
        {
            var next = await Alice.AddContactAsync(name);
            await Alice.AddReferralAsync(chain[^1], new ReferralForm { ExistingContactId = next, CompanyName = "Acme" });
            chain.Add(next);
        }

        await Alice.AddLeadAsync(new JobLeadForm { Title = "From Dan", CompanyName = "Acme", SourceContactId = chain[3] });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "From Eve", CompanyName = "Acme", SourceContactId = chain[4] });

        var dashboard = await DashboardAsync(Alice);

        Assert.Equal(3, LeadAttribution.ReferredByHops);
        Assert.Equal(1, Of(dashboard, friends).Leads); // Dan's lead; Eve's is beyond the depth and credits no string.
        Assert.Equal(Today, Of(dashboard, friends).LastLeadOn);
    }

    [Fact]
    public async Task A_contact_in_a_string_referred_by_someone_from_another_string_credits_the_string_where_the_chain_began()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        var ann = await Alice.AddContactAsync("Ann", friends);
        var ben = await Alice.AddContactAsync("Ben", coworkers);
        await Alice.AddReferralAsync(ann, new ReferralForm { ExistingContactId = ben, CompanyName = "Acme" });
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", SourceContactId = ben });
        await SetLeadStatusAsync(Alice, lead, JobLeadStatus.Interviewing);

        var dashboard = await DashboardAsync(Alice);

        // Decision 0013: the root of the referred-by chain (Ann) gets the lead, whatever string Ben sits in.
        Assert.Equal((1, 1), (Of(dashboard, friends).Leads, Of(dashboard, friends).Interviews));
        Assert.Equal((0, 0), (Of(dashboard, coworkers).Leads, Of(dashboard, coworkers).Interviews));
        Assert.Equal(1, Of(dashboard, friends).Referrals); // Ann's referral itself is hers.
    }

    [Fact]
    public async Task A_lead_credited_up_the_chain_counts_its_interviews_and_last_years_results_for_that_string()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var ben = await Alice.AddContactAsync("Ben");
        await Alice.AddReferralAsync(ann, new ReferralForm { ExistingContactId = ben, CompanyName = "Acme" });
        var now = await Alice.AddLeadAsync(new JobLeadForm { Title = "Now", CompanyName = "Acme", SourceContactId = ben });
        await SetLeadStatusAsync(Alice, now, JobLeadStatus.Interviewing);
        var lastYear = await Alice.AddLeadAsync(new JobLeadForm { Title = "Last year", CompanyName = "Acme", SourceContactId = ben });
        await SetLeadCreatedAsync(Alice, lastYear, new DateTime(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc));

        var activity = Of(await DashboardAsync(Alice), friends);

        Assert.Equal((1, 1, 1), (activity.Leads, activity.Interviews, activity.ProducedYearBefore));
    }
}
