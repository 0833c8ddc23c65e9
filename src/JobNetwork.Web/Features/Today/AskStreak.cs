namespace JobNetwork.Web.Features.Today;

/// <summary>
/// The streak and the week the Today page shows, from the days a user asked someone. A coach's caseload uses the same
/// rules on the same days, so both show the same figures. No EF, no UI.
/// </summary>
public static class AskStreak
{
    /// <summary>How far back a streak is followed.</summary>
    public const int LookBackDays = 400;

    /// <summary>
    /// Days in a row with at least one ask, ending today. A streak still counts while today is young: it runs to
    /// yesterday until today's first ask. Days before <see cref="LookBackDays"/> ago are not looked at.
    /// </summary>
    public static int Streak(IReadOnlySet<DateOnly> askDays, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(askDays);
        var since = today.AddDays(-LookBackDays);
        var day = askDays.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (day >= since && askDays.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }

    /// <summary>The Monday of today's week: "this week" runs from it to today.</summary>
    public static DateOnly WeekStart(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

    /// <summary>Asks from Monday to today, from the number of asks on each day.</summary>
    public static int AsksThisWeek(IReadOnlyDictionary<DateOnly, int> asksPerDay, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(asksPerDay);
        var monday = WeekStart(today);
        return asksPerDay.Where(d => d.Key >= monday && d.Key <= today).Sum(d => d.Value);
    }
}
