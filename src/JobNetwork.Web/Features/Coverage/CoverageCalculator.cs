using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.Coverage;

public sealed record CoverageRules(int LitWindowDays = 30, int AsksBeforeReplacing = 5);

/// <summary>
/// The seed's three questions as rules, free of EF and UI: do I have the coverage I need, which strings are
/// producing (lit, dim, dark), and which strings should I replace.
/// </summary>
public sealed class CoverageCalculator(TimeProvider clock)
{
    /// <summary>Kinds worth plugging in when a string isn't working and the user has none of them yet.</summary>
    private static readonly CircleKind[] KindsWorthTrying =
        [CircleKind.CommunityGroup, CircleKind.RecruiterOrAgency, CircleKind.FormerCoworkers, CircleKind.Alumni, CircleKind.MetWhileJobHunting, CircleKind.Acquaintances];

    public CoverageReport Calculate(
        CoveragePeriod period, TimeZoneInfo zone, CoverageGauge gauge, IReadOnlyList<StringActivity> activity, CoverageRules rules)
    {
        var today = UserClock.Today(zone, clock);
        var usedKinds = activity.Where(a => a.IsPluggedIn).Select(a => a.Kind).ToHashSet();
        var kindsToTry = KindsWorthTrying.Where(k => !usedKinds.Contains(k)).Select(k => k.Label()).ToList();

        var strings = activity
            .Select(a => Assess(a, today, period, rules, kindsToTry))
            .OrderBy(s => s.State).ThenByDescending(s => s.Activity.Leads).ThenBy(s => s.Activity.Name, StringComparer.CurrentCulture)
            .ToList();
        var funnel = new List<FunnelStep>
        {
            new("Asks", activity.Sum(a => a.Asks)),
            new("Replies", activity.Sum(a => a.Replies)),
            new("Referrals", activity.Sum(a => a.Referrals)),
            new("Leads", activity.Sum(a => a.Leads)),
            new("Interviews", activity.Sum(a => a.Interviews)),
            new("Offers", activity.Sum(a => a.Offers)),
        };
        return new CoverageReport(period, gauge, strings, kindsToTry, funnel);
    }

    public static StringState StateOf(StringActivity activity, DateOnly today, int litWindowDays)
    {
        if (!activity.IsPluggedIn)
        {
            return StringState.Unplugged;
        }

        if (IsLit(activity.IsPluggedIn, activity.LastProducedOn, today, litWindowDays))
        {
            return StringState.Lit;
        }

        return activity.LastAskedOn is { } asked && asked > today.AddDays(-litWindowDays) ? StringState.Dim : StringState.Dark;
    }

    /// <summary>Lit: plugged in and produced a referral or a lead within the window. A coach's caseload counts the same.</summary>
    public static bool IsLit(bool isPluggedIn, DateOnly? lastProducedOn, DateOnly today, int litWindowDays) =>
        isPluggedIn && lastProducedOn is { } produced && produced > today.AddDays(-litWindowDays);

    /// <summary>The user's local day of a string's newest lead (leads carry a UTC time, referrals a local day).</summary>
    public static DateOnly? LastLeadOn(DateTime? lastLeadUtc, TimeZoneInfo zone) => lastLeadUtc is { } utc
        ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone))
        : null;

    /// <summary>A string last produced on the later of its last referral and its last lead; never if it has neither.</summary>
    public static DateOnly? LastProduced(DateOnly? lastReferral, DateOnly? lastLead) => (lastReferral, lastLead) switch
    {
        ({ } r, { } l) => r > l ? r : l,
        ({ } r, null) => r,
        (null, { } l) => l,
        _ => null,
    };

    /// <summary>
    /// Asks per week, Monday to Sunday, from the week holding the period's first day (or, for all time, the first
    /// ask) to the period's last day; weeks without asks are kept as zero so the chart has no gaps.
    /// </summary>
    public static IReadOnlyList<WeeklyAsks> BucketByWeek(IEnumerable<(DateOnly Day, int Count)> perDay, CoveragePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var days = perDay.ToList();
        var from = period.Kind == CoveragePeriodKind.AllTime && days.Count > 0 ? days.Min(d => d.Day) : period.From;
        var start = from.AddDays(-(((int)from.DayOfWeek + 6) % 7));
        var weeks = new List<WeeklyAsks>();
        for (var week = start; week <= period.To; week = week.AddDays(7))
        {
            var end = week.AddDays(7);
            weeks.Add(new WeeklyAsks(week, days.Where(d => d.Day >= week && d.Day < end).Sum(d => d.Count)));
        }

        return weeks;
    }

    private static StringCoverage Assess(StringActivity a, DateOnly today, CoveragePeriod period, CoverageRules rules, IReadOnlyList<string> kindsToTry)
    {
        var state = StateOf(a, today, rules.LitWindowDays);
        var produced = a.Referrals + a.Leads;
        var workedBefore = period.HasYearBefore && a.IsPluggedIn && a.ProducedYearBefore > 0 && produced == 0;
        string? advice = null;
        if (a.IsPluggedIn && a.Asks >= rules.AsksBeforeReplacing && produced == 0)
        {
            // Members never asked at all: people asked before the period, or credited to another string, have been asked.
            var unasked = a.ContactsNeverAsked;
            advice = unasked > 0
                ? $"{a.Asks} asks and nothing yet. Ask different people in it — {unasked} of its {a.Contacts} haven't been asked"
                : $"{a.Asks} asks and nothing yet, and everyone in it has been asked";
            advice += kindsToTry.Count > 0 ? $", or plug in a new string: you have no {kindsToTry[0].ToLowerInvariant()} yet." : ", or plug in a new string.";
        }

        return new StringCoverage(a, state, a.Asks == 0 ? 0 : Math.Round((double)a.Leads / a.Asks, 2), workedBefore, advice);
    }
}
