using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Today;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>One client as their coach sees them at a glance; the figures are made with the rules of the client's own pages.</summary>
public sealed record CaseloadRow(
    int GrantId,
    string Client,
    DateOnly? LastAsk,
    int AsksThisWeek,
    int WeeklyGoal,
    int Streak,
    int ActiveLeads,
    int ActiveLeadsGoal,
    int LitStrings,
    int Strings,
    bool Stalled);

/// <summary>One of a client's strings as the caseload reads it: enough to tell whether it is lit.</summary>
/// <param name="LastReferral">The newest referral from someone whose primary string it is (a local day).</param>
/// <param name="LastLeadUtc">The newest lead credited to it (<see cref="CreditedString"/>).</param>
public sealed record ClientString(bool IsPluggedIn, DateOnly? LastReferral, DateTime? LastLeadUtc);

/// <summary>What the caseload reads for one client (<see cref="CaseloadQueries"/>), before any rule is applied.</summary>
/// <param name="AsksPerDay">Asks per local day: at least the last <see cref="CaseloadQueries.RecentDays"/> days, and as
/// far back as the streak goes.</param>
/// <param name="LastAskBefore">The newest ask before the days in <paramref name="AsksPerDay"/>, read only when none of
/// those is on or before today.</param>
public sealed record ClientFigures(
    TimeZoneInfo Zone,
    DateOnly Today,
    int SuggestionsPerDay,
    int ActiveLeadsGoal,
    IReadOnlyDictionary<DateOnly, int> AsksPerDay,
    DateOnly? LastAskBefore,
    IReadOnlyList<ClientString> Strings,
    int ActiveLeads);

/// <summary>Who needs a call: what "stalled" means and the order a coach reads their caseload in. No EF, no UI.</summary>
public static class CaseloadRules
{
    /// <summary>No ask for this many days (or never) marks a client as stalled.</summary>
    public const int StalledAfterDays = 5;

    /// <summary>The weekly ask goal: one suggestion set a day, five working days a week.</summary>
    public static int WeeklyGoal(int suggestionsPerDay) => Math.Max(1, suggestionsPerDay) * 5;

    /// <summary>
    /// A client's row, with the rules of their own pages: the streak and week of the Today page (<see cref="AskStreak"/>),
    /// and the gauge and lit strings of the dashboard (<see cref="CoverageCalculator"/>), so the figures are theirs.
    /// </summary>
    public static CaseloadRow Row(int grantId, string client, ClientFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var today = figures.Today;
        var lastAsk = figures.AsksPerDay.Keys.Where(d => d <= today).Select(d => (DateOnly?)d).Max() ?? figures.LastAskBefore;
        var litWindowDays = new CoverageRules().LitWindowDays;
        var lit = figures.Strings.Count(s => CoverageCalculator.IsLit(
            s.IsPluggedIn, CoverageCalculator.LastProduced(s.LastReferral, CoverageCalculator.LastLeadOn(s.LastLeadUtc, figures.Zone)), today, litWindowDays));
        return new CaseloadRow(grantId, client, lastAsk, AskStreak.AsksThisWeek(figures.AsksPerDay, today), WeeklyGoal(figures.SuggestionsPerDay),
            AskStreak.Streak(figures.AsksPerDay.Keys.ToHashSet(), today), figures.ActiveLeads, figures.ActiveLeadsGoal, lit, figures.Strings.Count,
            IsStalled(lastAsk, today));
    }

    public static bool IsStalled(DateOnly? lastAsk, DateOnly today) =>
        lastAsk is not { } last || today.DayNumber - last.DayNumber >= StalledAfterDays;

    /// <summary>Stalled first, longest silence first among them, then the furthest behind their weekly goal.</summary>
    public static IReadOnlyList<CaseloadRow> Order(IEnumerable<CaseloadRow> rows) =>
        rows.OrderByDescending(r => r.Stalled)
            .ThenBy(r => r.LastAsk ?? DateOnly.MinValue)
            .ThenBy(r => r.AsksThisWeek - r.WeeklyGoal)
            .ThenBy(r => r.Client, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
