using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;

namespace JobNetwork.Web.Features.Coverage;

public sealed record StringSummary(int CircleId, string Name, CircleKind Kind, StringState State, int Contacts, int Asks, int Referrals, int Leads);

public sealed record StringCounts(int Lit, int Dim, int Dark, int Unplugged);

public sealed record CoverageSummary(int ActiveLeads, int Goal, int Gap, double Percent);

public sealed record DashboardSummary(CoveragePeriodKind Period, DateOnly From, DateOnly To, CoverageSummary Coverage,
    StringCounts Counts, IReadOnlyList<StringSummary> Strings, IReadOnlyList<string> KindsToTry);

/// <summary>/api/v1/dashboard: the dashboard's strings of lights and coverage, from <see cref="CoverageService"/>.</summary>
public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard", async (CoverageService service, CancellationToken ct, CoveragePeriodKind period = CoveragePeriodKind.Last30Days) =>
        {
            var report = (await service.GetAsync(period, ct)).Report;
            var strings = report.Strings.Select(s => new StringSummary(s.Activity.CircleId, s.Activity.Name, s.Activity.Kind, s.State,
                s.Activity.Contacts, s.Activity.Asks, s.Activity.Referrals, s.Activity.Leads)).ToList();
            int Count(StringState state) => strings.Count(s => s.State == state);
            return TypedResults.Ok(new DashboardSummary(period, report.Period.From, report.Period.To,
                new CoverageSummary(report.Gauge.ActiveLeads, report.Gauge.Goal, report.Gauge.Gap, report.Gauge.Percent),
                new StringCounts(Count(StringState.Lit), Count(StringState.Dim), Count(StringState.Dark), Count(StringState.Unplugged)),
                strings, report.KindsToTry));
        }).WithTags("Dashboard").WithSummary("Strings lit, dim or dark, with counts, and coverage against your leads goal");

        return api;
    }
}
