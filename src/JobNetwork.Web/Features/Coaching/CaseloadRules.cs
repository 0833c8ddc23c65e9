namespace JobNetwork.Web.Features.Coaching;

/// <summary>One client as their coach sees them at a glance; the figures come from the client's own dashboard queries.</summary>
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

/// <summary>Who needs a call: what "stalled" means and the order a coach reads their caseload in. No EF, no UI.</summary>
public static class CaseloadRules
{
    /// <summary>No ask for this many days (or never) marks a client as stalled.</summary>
    public const int StalledAfterDays = 5;

    /// <summary>The weekly ask goal: one suggestion set a day, five working days a week.</summary>
    public static int WeeklyGoal(int suggestionsPerDay) => Math.Max(1, suggestionsPerDay) * 5;

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
