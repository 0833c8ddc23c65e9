using JobNetwork.Web.Features.Coverage;

namespace JobNetwork.Web.Features.Dashboard;

/// <summary>
/// Everything the dashboard shows, in one serializable piece: the prerendered page hands it to the interactive one
/// (<c>[PersistentState]</c>), so a visit computes the dashboard once instead of twice.
/// </summary>
public sealed record DashboardView(
    Coverage.Dashboard Dashboard,
    IReadOnlyDictionary<int, IReadOnlyList<Bulb>> Bulbs,
    IReadOnlyList<CompanyReach> Companies);
