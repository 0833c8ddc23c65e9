using System.Text.Json;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Dashboard;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Settings;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>
/// The dashboard is computed once per visit: the prerendered page persists it as JSON and the interactive page reads it
/// back. Anything that does not survive the trip (a computed property that recurses, a type without a usable
/// constructor) would throw at prerender or silently show other numbers.
/// </summary>
[Trait("Database", "Any")]
public sealed class DashboardViewTests
{
    private static readonly JsonSerializerOptions BlazorJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_generated_networks_dashboard_survives_the_trip_from_prerender_to_interactive_unchanged()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await GeneratedNetwork.SeedAsync(database, "user-alice", DemoNetworkSize.Small, new DateOnly(2026, 6, 15));
        var factory = new AppDbContextFactory(database.Options, new FakeCurrentUser("user-alice"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        var map = new NetworkMapService(factory);
        var view = DashboardView.Of(
            await new CoverageService(factory, new SettingsService(factory), new CoverageCalculator(clock), clock).GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None),
            await map.BulbsAsync(CancellationToken.None),
            await map.TargetCompaniesAsync(CancellationToken.None));

        var json = JsonSerializer.Serialize(view, BlazorJson);
        var restored = JsonSerializer.Deserialize<DashboardView>(json, BlazorJson);

        Assert.NotNull(restored);
        Assert.NotEmpty(restored.Dashboard.Report.Strings);
        Assert.NotEmpty(restored.Bulbs);
        Assert.Equal(view.Dashboard.Report.Period, restored.Dashboard.Report.Period);
        Assert.Equal(view.Dashboard.Report.Gauge, restored.Dashboard.Report.Gauge);
        Assert.Equal(view.Dashboard.Report.Strings, restored.Dashboard.Report.Strings);
        Assert.Equal(json, JsonSerializer.Serialize(restored, BlazorJson));
    }

    [Fact]
    public void Only_the_bulbs_the_page_draws_travel_with_it()
    {
        var everyone = Enumerable.Range(1, 500).Select(i => new Bulb(i, $"Person {i}", BulbState.Dark)).ToList();
        var empty = new JobNetwork.Web.Features.Coverage.Dashboard(
            new CoverageReport(CoveragePeriod.For(CoveragePeriodKind.Last30Days, new DateOnly(2026, 6, 15)), new CoverageGauge(0, 0, 10), [], [], []), [], IsEmpty: false);

        var view = DashboardView.Of(empty, new Dictionary<int, IReadOnlyList<Bulb>> { [7] = everyone }, []);

        Assert.Equal(everyone.Take(NetworkMapService.BulbsPerString), view.Bulbs[7]);
    }
}
