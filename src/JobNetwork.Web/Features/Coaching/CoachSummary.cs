using System.Globalization;
using JobNetwork.Web.Features.Common;
using MimeKit;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>
/// The coach's weekly email: when it is due (Mondays at the coach's hour, in their time zone, once per week) and what
/// it says (stalled clients first, as on the caseload page). No EF, no UI.
/// </summary>
public static class CoachSummary
{
    /// <summary>The Monday that starts the week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Due from the coach's hour on Monday until sent for that week; a week missed entirely is not sent late.</summary>
    public static bool IsDue(DateTimeOffset localNow, int hour, DateOnly? lastSentWeek)
    {
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var week = WeekOf(today);
        return lastSentWeek != week && (today > week || localNow.Hour >= hour);
    }

    public static MimeMessage Build(string from, string to, DateOnly week, IReadOnlyList<CaseloadRow> rows, string? appUrl)
    {
        var stalled = rows.Count(r => r.Stalled);
        var lines = new List<string>
        {
            $"Your caseload for the week of {week.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {Quantity.Of(rows.Count, "client")}, {stalled} stalled.",
            "",
        };
        if (rows.Count == 0)
        {
            lines.Add("Nobody shares their progress with you at the moment.");
        }

        foreach (var row in CaseloadRules.Order(rows))
        {
            var lastAsk = row.LastAsk?.ToString("d MMM", CultureInfo.InvariantCulture) ?? "never";
            lines.Add($"{(row.Stalled ? "! " : "• ")}{row.Client}{(row.Stalled ? " (stalled)" : "")}");
            lines.Add($"  Last ask {lastAsk} · {row.AsksThisWeek} of {row.WeeklyGoal} asks this week · {Quantity.Of(row.Streak, "day")} streak · "
                + $"{row.ActiveLeads} of {row.ActiveLeadsGoal} active leads · {row.LitStrings} of {row.Strings} strings lit");
        }

        lines.Add("");
        if (appUrl is not null)
        {
            lines.Add($"Open your caseload: {appUrl.TrimEnd('/')}/coaching");
        }

        lines.Add("You get this because you turned on the weekly summary on your caseload page; turn it off there.");
        var message = new MimeMessage
        {
            Subject = stalled > 0 ? $"Your caseload: {stalled} of {Quantity.Of(rows.Count, "client")} stalled" : $"Your caseload: {Quantity.Of(rows.Count, "client")}, none stalled",
            Body = new TextPart("plain") { Text = string.Join("\n", lines) },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }
}
