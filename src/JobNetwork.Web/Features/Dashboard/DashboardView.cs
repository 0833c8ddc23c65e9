using JobNetwork.Web.Features.Coverage;

namespace JobNetwork.Web.Features.Dashboard;

/// <summary>
/// Everything the dashboard shows, in one serializable piece: the prerendered page hands it to the interactive one
/// (<c>[PersistentState]</c>), so a visit computes the dashboard once instead of twice.
/// </summary>
public sealed record DashboardView(
    Coverage.Dashboard Dashboard,
    IReadOnlyDictionary<int, IReadOnlyList<Bulb>> Bulbs,
    IReadOnlyList<CompanyReach> Companies)
{
    /// <summary>Per string, the introduction chains behind its leads ("via Dana → Grace").</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Chains { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>
    /// Keeps only the bulbs the page draws: the state travels inside the page, and all 5,000 bulbs of a large network
    /// made it 480 KB of the page's 790 KB.
    /// </summary>
    public static DashboardView Of(Coverage.Dashboard dashboard, IReadOnlyDictionary<int, IReadOnlyList<Bulb>> bulbs, IReadOnlyList<CompanyReach> companies) =>
        new(dashboard,
            bulbs.ToDictionary(s => s.Key, s => (IReadOnlyList<Bulb>)s.Value.Take(NetworkMapService.BulbsPerString).ToList()),
            companies);
}
