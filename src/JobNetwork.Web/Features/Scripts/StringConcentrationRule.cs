namespace JobNetwork.Web.Features.Scripts;

/// <summary>One plugged-in string as the concentration rule sees it.</summary>
/// <param name="AsksInWindow">Asks in the last <see cref="StringConcentrationRule.WindowDays"/> days to people whose primary string this is.</param>
/// <param name="LastAskedOn">The latest ask ever to someone on this string; null when nobody was asked.</param>
public sealed record StringActivity(int CircleId, string Name, int Members, int AsksInWindow, DateOnly? LastAskedOn);

/// <summary>One string had most of the recent asks while others went dark: which, how much, and what to plug in next.</summary>
public sealed record ConcentrationAdvice(string DominantString, int SharePercent, int DarkStrings, int NextCircleId, string NextString);

/// <summary>
/// "Don't rely on one string": when more than <see cref="ThresholdPercent"/> % of the last 30 days' asks went to one
/// string while another string with people on it had no ask in that time, suggest plugging that one in next
/// (never asked first, then the one asked longest ago, then the one with the most people).
/// </summary>
public static class StringConcentrationRule
{
    public const int WindowDays = 30;
    public const int ThresholdPercent = 60;

    /// <summary>Below this many asks a share means little: three asks to friends in a first week is a fine start.</summary>
    public const int MinimumAsks = 5;

    public static ConcentrationAdvice? Check(IReadOnlyList<StringActivity> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var total = strings.Sum(s => s.AsksInWindow);
        if (total < MinimumAsks)
        {
            return null;
        }

        var dominant = strings.OrderByDescending(s => s.AsksInWindow).ThenBy(s => s.Name, StringComparer.Ordinal).First();
        var share = dominant.AsksInWindow * 100 / total;
        if (dominant.AsksInWindow * 100 <= ThresholdPercent * total)
        {
            return null;
        }

        var dark = strings.Where(s => s.CircleId != dominant.CircleId && s.Members > 0 && s.AsksInWindow == 0).ToList();
        if (dark.Count == 0)
        {
            return null;
        }

        var next = dark.OrderBy(s => s.LastAskedOn is not null).ThenBy(s => s.LastAskedOn).ThenByDescending(s => s.Members)
            .ThenBy(s => s.Name, StringComparer.Ordinal).First();
        return new ConcentrationAdvice(dominant.Name, share, dark.Count, next.CircleId, next.Name);
    }
}
