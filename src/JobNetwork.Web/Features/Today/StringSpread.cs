namespace JobNetwork.Web.Features.Today;

/// <summary>
/// Spreads a day's suggestions across strings: at most <see cref="MaxPerStringPerDay"/> people from one string while
/// other plugged-in strings still have candidates. A network is many strings of lights; asking five people from the same
/// string on one day leaves the others dark.
/// </summary>
public static class StringSpread
{
    public const int MaxPerStringPerDay = 2;

    /// <summary>
    /// Takes <paramref name="count"/> items in rank order, passing over an item whose string already has its share;
    /// those passed over fill the remaining places, in rank order, only when no other string has anyone left. People
    /// on no string are never held back. The result keeps the rank order.
    /// </summary>
    public static IReadOnlyList<T> Pick<T>(IReadOnlyList<T> ranked, Func<T, int?> stringOf, int count)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(stringOf);
        var taken = new List<int>(count);
        var passedOver = new List<int>();
        var perString = new Dictionary<int, int>();
        for (var index = 0; index < ranked.Count && taken.Count < count; index++)
        {
            if (stringOf(ranked[index]) is not { } circle)
            {
                taken.Add(index);
                continue;
            }

            var already = perString.GetValueOrDefault(circle);
            if (already < MaxPerStringPerDay)
            {
                perString[circle] = already + 1;
                taken.Add(index);
            }
            else
            {
                passedOver.Add(index);
            }
        }

        taken.AddRange(passedOver.Take(count - taken.Count));
        taken.Sort();
        return taken.Select(index => ranked[index]).ToList();
    }
}
