using JobNetwork.Web.Features.JobLeads;

namespace JobNetwork.Web.Features.Coverage;

/// <summary>
/// The introductions behind a string's leads, in the user's words: "via Dana → Grace". A chain runs from the furthest
/// referrer the credit rule looks at (at most <see cref="LeadAttribution.ReferredByHops"/> up) down to the person the
/// lead came through; the dashboard shows the first few and how many more.
/// </summary>
public static class LeadChains
{
    /// <summary>Chains named on a string's row before "+N more".</summary>
    public const int Shown = 3;

    /// <param name="referrerId">Who gave the referral the lead came from.</param>
    /// <param name="referredId">The person they named.</param>
    /// <param name="referredBy">Each contact's first referrer ("referred by"), as the credit rule reads it.</param>
    public static string Label(int referrerId, int referredId, IReadOnlyDictionary<int, int> referredBy, IReadOnlyDictionary<int, string> names)
    {
        ArgumentNullException.ThrowIfNull(referredBy);
        ArgumentNullException.ThrowIfNull(names);
        var chain = new List<int> { referredId, referrerId };
        var current = referrerId;
        for (var hop = 1; hop < LeadAttribution.ReferredByHops && referredBy.TryGetValue(current, out var up) && !chain.Contains(up); hop++)
        {
            chain.Add(up);
            current = up;
        }

        chain.Reverse();
        return string.Join(" → ", chain.Select(id => names.GetValueOrDefault(id, "someone")));
    }

    /// <summary>"via Dana → Grace, Eve → Hal +2 more"; null when the string has no lead through an introduction.</summary>
    public static string? Summary(IReadOnlyList<string> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        if (chains.Count == 0)
        {
            return null;
        }

        var more = chains.Count > Shown ? $" +{chains.Count - Shown} more" : "";
        return $"via {string.Join(", ", chains.Take(Shown))}{more}";
    }
}
