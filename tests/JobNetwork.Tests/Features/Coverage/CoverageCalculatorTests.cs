using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coverage;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>The dashboard's rules without a database: lit, dim, dark, unplugged, yield and the replace advice.</summary>
public sealed class CoverageCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    private static readonly CoverageGauge Gauge = new(3, 1, 10);

    internal static StringActivity Activity(
        string name = "Friends", CircleKind kind = CircleKind.Friends, bool pluggedIn = true, int contacts = 10, int contactsAsked = 0,
        int asks = 0, int replies = 0, int referrals = 0, int leads = 0, int hiddenLeads = 0, int interviews = 0, int offers = 0,
        DateOnly? lastAsked = null, DateOnly? lastProduced = null, DateOnly? lastLead = null, int producedYearBefore = 0, int id = 1,
        int? neverAsked = null) =>
        new(id, name, kind, pluggedIn, contacts, contactsAsked, asks, replies, referrals, leads, hiddenLeads, interviews, offers,
            lastAsked, lastProduced, lastLead, producedYearBefore, neverAsked ?? contacts - contactsAsked);

    private CoverageReport Calculate(params StringActivity[] activity) => Calculate(CoveragePeriodKind.Last30Days, activity);

    private CoverageReport Calculate(CoveragePeriodKind kind, params StringActivity[] activity) =>
        new CoverageCalculator(clock).Calculate(CoveragePeriod.For(kind, Today), TimeZoneInfo.Utc, Gauge, activity, new CoverageRules());

    private StringCoverage Single(StringActivity activity, CoveragePeriodKind kind = CoveragePeriodKind.Last30Days) =>
        Assert.Single(Calculate(kind, activity).Strings);

    // ---- States and the 30-day window -------------------------------------------------------------------------

    [Fact]
    public void An_unplugged_string_is_unplugged_even_when_it_just_produced()
    {
        var s = Single(Activity(pluggedIn: false, asks: 4, referrals: 2, lastAsked: Today, lastProduced: Today));

        Assert.Equal(StringState.Unplugged, s.State);
    }

    [Fact]
    public void A_string_that_never_produced_and_was_never_asked_is_dark()
    {
        Assert.Equal(StringState.Dark, Single(Activity()).State);
    }

    [Theory]
    [InlineData(0, StringState.Lit)]
    [InlineData(1, StringState.Lit)]
    [InlineData(29, StringState.Lit)] // windowStart is today − 30 and the test is "> windowStart": 29 days ago is inside...
    [InlineData(30, StringState.Dark)] // ...and exactly 30 days ago is not.
    [InlineData(31, StringState.Dark)]
    public void A_string_is_lit_when_it_produced_in_the_last_30_days_counting_today(int daysAgo, StringState expected)
    {
        var s = Single(Activity(lastProduced: Today.AddDays(-daysAgo)));

        Assert.Equal(expected, s.State);
    }

    [Theory]
    [InlineData(0, StringState.Dim)]
    [InlineData(29, StringState.Dim)]
    [InlineData(30, StringState.Dark)]
    [InlineData(400, StringState.Dark)]
    public void A_string_asked_in_the_last_30_days_without_producing_is_dim_otherwise_dark(int daysAgo, StringState expected)
    {
        var s = Single(Activity(asks: 1, lastAsked: Today.AddDays(-daysAgo)));

        Assert.Equal(expected, s.State);
    }

    [Fact]
    public void A_string_that_produced_30_days_ago_but_was_asked_29_days_ago_is_dim()
    {
        var s = Single(Activity(lastAsked: Today.AddDays(-29), lastProduced: Today.AddDays(-30)));

        Assert.Equal(StringState.Dim, s.State);
    }

    [Fact]
    public void A_string_that_produced_recently_is_lit_whatever_its_last_ask()
    {
        Assert.Equal(StringState.Lit, Single(Activity(lastAsked: Today.AddDays(-200), lastProduced: Today.AddDays(-3))).State);
        Assert.Equal(StringState.Lit, Single(Activity(lastAsked: null, lastProduced: Today)).State);
    }

    [Fact]
    public void The_window_follows_the_lit_window_days_rule()
    {
        var activity = Activity(lastProduced: Today.AddDays(-10));

        Assert.Equal(StringState.Lit, CoverageCalculator.StateOf(activity, Today, litWindowDays: 11));
        Assert.Equal(StringState.Dark, CoverageCalculator.StateOf(activity, Today, litWindowDays: 10));
    }

    [Fact]
    public void Today_is_the_users_local_date_not_the_servers()
    {
        // 23:30 UTC on 15 June is 11:30 on 16 June in Auckland (UTC+12 in winter).
        clock.SetUtcNow(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.Zero));
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        var producedOn = new DateOnly(2026, 5, 17); // 29 days before 15 June, 30 days before 16 June.
        var activity = Activity(lastProduced: producedOn);
        var calculator = new CoverageCalculator(clock);

        var inUtc = calculator.Calculate(CoveragePeriod.For(CoveragePeriodKind.Last30Days, Today), TimeZoneInfo.Utc, Gauge, [activity], new CoverageRules());
        var inAuckland = calculator.Calculate(CoveragePeriod.For(CoveragePeriodKind.Last30Days, Today.AddDays(1)), auckland, Gauge, [activity], new CoverageRules());

        Assert.Equal(StringState.Lit, Assert.Single(inUtc.Strings).State);
        Assert.Equal(StringState.Dark, Assert.Single(inAuckland.Strings).State);
    }

    // ---- Yield ------------------------------------------------------------------------------------------------

    [Fact]
    public void Leads_per_ask_is_zero_when_nobody_was_asked()
    {
        Assert.Equal(0, Single(Activity(asks: 0, leads: 3)).LeadsPerAsk);
    }

    [Theory]
    [InlineData(1, 4, 0.25)]
    [InlineData(3, 7, 0.43)] // Rounded to two decimals.
    [InlineData(2, 3, 0.67)]
    [InlineData(5, 5, 1.0)]
    [InlineData(0, 9, 0.0)]
    public void Leads_per_ask_is_leads_divided_by_asks_rounded_to_two_decimals(int leads, int asks, double expected)
    {
        Assert.Equal(expected, Single(Activity(asks: asks, leads: leads)).LeadsPerAsk);
    }

    // ---- Worked last year, not this year ------------------------------------------------------------------------

    [Theory]
    [InlineData(CoveragePeriodKind.Last30Days)]
    [InlineData(CoveragePeriodKind.Last90Days)]
    [InlineData(CoveragePeriodKind.ThisYear)]
    public void A_string_that_produced_a_year_earlier_and_nothing_now_worked_last_year_not_this_year(CoveragePeriodKind kind)
    {
        Assert.True(Single(Activity(asks: 2, producedYearBefore: 1), kind).WorkedLastYearNotThisYear);
    }

    [Fact]
    public void All_time_has_no_year_before_to_compare_with()
    {
        Assert.False(Single(Activity(producedYearBefore: 5), CoveragePeriodKind.AllTime).WorkedLastYearNotThisYear);
    }

    [Fact]
    public void An_unplugged_string_is_never_flagged_as_worked_last_year()
    {
        Assert.False(Single(Activity(pluggedIn: false, producedYearBefore: 5)).WorkedLastYearNotThisYear);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 1)]
    public void A_string_that_still_produces_is_not_flagged(int referrals, int leads)
    {
        Assert.False(Single(Activity(referrals: referrals, leads: leads, producedYearBefore: 4)).WorkedLastYearNotThisYear);
    }

    [Fact]
    public void A_string_that_produced_nothing_either_year_is_not_flagged()
    {
        Assert.False(Single(Activity(asks: 8, producedYearBefore: 0)).WorkedLastYearNotThisYear);
    }

    // ---- Replace advice ----------------------------------------------------------------------------------------

    [Fact]
    public void Four_asks_with_nothing_produced_is_not_yet_a_reason_to_replace()
    {
        Assert.Null(Single(Activity(asks: 4, contactsAsked: 4)).ReplaceAdvice);
    }

    [Fact]
    public void Five_asks_with_nothing_produced_suggests_unasked_people_and_a_kind_not_plugged_in_yet()
    {
        var advice = Single(Activity(contacts: 10, contactsAsked: 3, asks: 5)).ReplaceAdvice;

        Assert.Equal(
            "5 asks and nothing yet. Ask different people in it — 7 of its 10 haven't been asked, or plug in a new string: you have no community group yet.",
            advice);
    }

    [Fact]
    public void The_unasked_people_are_the_members_never_asked_not_the_ones_left_out_of_this_periods_asks()
    {
        // 10 members; 1 asked in the period, 6 more asked before it or credited to their primary string elsewhere.
        var advice = Single(Activity(contacts: 10, contactsAsked: 1, asks: 5, neverAsked: 3)).ReplaceAdvice;

        Assert.StartsWith("5 asks and nothing yet. Ask different people in it — 3 of its 10 haven't been asked", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void When_everyone_was_asked_at_some_time_the_advice_says_so_even_if_few_were_asked_in_the_period()
    {
        var advice = Single(Activity(contacts: 8, contactsAsked: 2, asks: 5, neverAsked: 0)).ReplaceAdvice;

        Assert.StartsWith("5 asks and nothing yet, and everyone in it has been asked", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void When_everyone_was_asked_the_advice_says_so_instead_of_suggesting_unasked_people()
    {
        var advice = Single(Activity(contacts: 4, contactsAsked: 4, asks: 9)).ReplaceAdvice;

        Assert.NotNull(advice);
        Assert.StartsWith("9 asks and nothing yet, and everyone in it has been asked", advice, StringComparison.Ordinal);
        Assert.DoesNotContain("haven't been asked", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_advice_names_the_first_kind_worth_trying_that_is_not_plugged_in()
    {
        var report = Calculate(
            Activity(contacts: 6, contactsAsked: 2, asks: 6, id: 1),
            Activity(name: "Temple", kind: CircleKind.CommunityGroup, id: 2));

        var advice = report.Strings.Single(s => s.Activity.CircleId == 1).ReplaceAdvice;
        Assert.EndsWith("or plug in a new string: you have no recruiter or agency yet.", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void With_every_kind_worth_trying_plugged_in_the_advice_only_says_to_plug_in_a_new_string()
    {
        CircleKind[] worthTrying = [CircleKind.CommunityGroup, CircleKind.RecruiterOrAgency, CircleKind.FormerCoworkers, CircleKind.Alumni, CircleKind.MetWhileJobHunting, CircleKind.Acquaintances];
        var others = worthTrying.Select((k, i) => Activity(name: k.Label(), kind: k, id: 10 + i));

        var report = Calculate([Activity(contacts: 5, contactsAsked: 2, asks: 5, id: 1), .. others]);

        Assert.Empty(report.KindsToTry);
        Assert.EndsWith("haven't been asked, or plug in a new string.", report.Strings.Single(s => s.Activity.CircleId == 1).ReplaceAdvice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 1)]
    public void A_string_that_produced_in_the_period_gets_no_replace_advice(int referrals, int leads)
    {
        Assert.Null(Single(Activity(asks: 20, contactsAsked: 2, referrals: referrals, leads: leads)).ReplaceAdvice);
    }

    [Fact]
    public void An_unplugged_string_gets_no_replace_advice()
    {
        Assert.Null(Single(Activity(pluggedIn: false, asks: 20)).ReplaceAdvice);
    }

    // ---- Kinds to try, funnel, ordering -------------------------------------------------------------------------

    [Fact]
    public void Kinds_to_try_excludes_kinds_already_plugged_in_and_keeps_the_advice_order()
    {
        var report = Calculate(
            Activity(name: "Temple", kind: CircleKind.CommunityGroup, id: 1),
            Activity(name: "Old job", kind: CircleKind.FormerCoworkers, id: 2),
            Activity(name: "Friends", kind: CircleKind.Friends, id: 3));

        Assert.Equal(["Recruiter or agency", "Alumni", "Met while job hunting", "Acquaintances"], report.KindsToTry);
    }

    [Fact]
    public void An_unplugged_string_does_not_count_as_having_that_kind()
    {
        var report = Calculate(Activity(name: "Temple", kind: CircleKind.CommunityGroup, pluggedIn: false));

        Assert.Equal(
            ["Community group", "Recruiter or agency", "Former coworkers", "Alumni", "Met while job hunting", "Acquaintances"],
            report.KindsToTry);
    }

    [Fact]
    public void The_funnel_sums_every_string_in_order_asks_replies_referrals_leads_interviews_offers()
    {
        var report = Calculate(
            Activity(asks: 10, replies: 6, referrals: 3, leads: 2, interviews: 1, offers: 1, id: 1),
            Activity(name: "B", asks: 5, replies: 1, referrals: 0, leads: 1, interviews: 1, offers: 0, id: 2),
            Activity(name: "C", pluggedIn: false, asks: 2, replies: 2, referrals: 1, leads: 0, interviews: 0, offers: 0, id: 3));

        Assert.Equal(
            [new FunnelStep("Asks", 17), new FunnelStep("Replies", 9), new FunnelStep("Referrals", 4), new FunnelStep("Leads", 3), new FunnelStep("Interviews", 2), new FunnelStep("Offers", 1)],
            report.Funnel);
    }

    [Fact]
    public void An_empty_network_has_an_all_zero_funnel_and_every_kind_to_try()
    {
        var report = Calculate();

        Assert.Empty(report.Strings);
        Assert.All(report.Funnel, step => Assert.Equal(0, step.Count));
        Assert.Equal(6, report.KindsToTry.Count);
    }

    [Fact]
    public void Strings_are_ordered_lit_dim_dark_unplugged_then_by_leads_then_by_name()
    {
        var report = Calculate(
            Activity(name: "Unplugged", pluggedIn: false, leads: 50, lastProduced: Today, id: 1),
            Activity(name: "Dark", id: 2),
            Activity(name: "Dim", asks: 1, lastAsked: Today, id: 3),
            Activity(name: "Lit few", leads: 1, lastProduced: Today, id: 4),
            Activity(name: "Lit many", leads: 5, lastProduced: Today, id: 5),
            Activity(name: "Bravo", leads: 2, lastProduced: Today, id: 6),
            Activity(name: "Alpha", leads: 2, lastProduced: Today, id: 7));

        Assert.Equal(["Lit many", "Alpha", "Bravo", "Lit few", "Dim", "Dark", "Unplugged"], report.Strings.Select(s => s.Activity.Name));
    }

    [Fact]
    public void The_report_carries_the_period_and_the_gauge_it_was_given()
    {
        var report = Calculate(CoveragePeriodKind.Last90Days);

        Assert.Equal(new CoveragePeriod(CoveragePeriodKind.Last90Days, Today.AddDays(-89), Today), report.Period);
        Assert.Same(Gauge, report.Gauge);
    }
}
