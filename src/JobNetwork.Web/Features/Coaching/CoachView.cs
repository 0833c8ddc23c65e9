using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Dashboard;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>What a progress-only grant shows: the same dashboard with every name taken out before it leaves the service.</summary>
public static class CoachView
{
    public static DashboardView WithoutNames(Coverage.Dashboard dashboard)
    {
        // A string is shown by its kind ("Friends", "Coworkers"), not the name the client gave it; no bulbs (each is a
        // person) and no companies.
        var strings = dashboard.Report.Strings
            .Select((s, i) => s with { Activity = s.Activity with { Name = $"{s.Activity.Kind.Label()} ({i + 1})" } })
            .ToList();
        var report = dashboard.Report with { Strings = strings };
        return new DashboardView(dashboard with { Report = report }, new Dictionary<int, IReadOnlyList<Bulb>>(), []);
    }
}
