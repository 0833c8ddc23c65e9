using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Benchmarks;

/// <summary>The per-string aggregates the raw SQL floor returns.</summary>
public sealed record StringCounts(int CircleId, string Name, int Asks, int Replies, int ContactsAsked, int Referrals, int Leads, int HiddenLeads);

/// <summary>
/// The services over one copy of the <see cref="DemoNetworkSize.Benchmark"/> database (20 strings, 5,000 contacts,
/// 50,000 asks, 2,000 referrals, 5,000 leads) for one user in UTC, built the way the app builds them.
/// </summary>
public abstract class DashboardBenchmarkBase
{
    /// <summary>
    /// Asks, replies, distinct contacts asked, referrals, leads and never-advertised leads per string (the contact's
    /// primary circle) for one period, in one statement. Dates are the user's (UTC) local dates; lead times are UTC.
    /// </summary>
    public const string FloorSql = """
        WITH p AS (
            SELECT ContactId, CircleId FROM ContactCircles WHERE IsPrimary = 1 AND OwnerId = $owner),
        a AS (
            SELECT p.CircleId, COUNT(*) AS Asks, SUM(a.Outcome NOT IN (0, 6)) AS Replies, COUNT(DISTINCT a.ContactId) AS Asked
            FROM p JOIN Asks a ON a.ContactId = p.ContactId
            WHERE a.OwnerId = $owner AND a.AskedOn BETWEEN $from AND $to
            GROUP BY p.CircleId),
        r AS (
            SELECT p.CircleId, COUNT(*) AS Referrals
            FROM p JOIN Referrals r ON r.ReferrerId = p.ContactId
            WHERE r.OwnerId = $owner AND r.ReferredOn BETWEEN $from AND $to
            GROUP BY p.CircleId),
        l AS (
            SELECT p.CircleId, COUNT(*) AS Leads, SUM(l.WasAdvertised = 0) AS Hidden
            FROM p JOIN JobLeads l ON l.SourceContactId = p.ContactId
            WHERE l.OwnerId = $owner AND l.CreatedAtUtc >= $fromUtc AND l.CreatedAtUtc < $toUtc
            GROUP BY p.CircleId)
        SELECT c.Id, c.Name, IFNULL(a.Asks, 0), IFNULL(a.Replies, 0), IFNULL(a.Asked, 0),
               IFNULL(r.Referrals, 0), IFNULL(l.Leads, 0), IFNULL(l.Hidden, 0)
        FROM Circles c
        LEFT JOIN a ON a.CircleId = c.Id
        LEFT JOIN r ON r.CircleId = c.Id
        LEFT JOIN l ON l.CircleId = c.Id
        WHERE c.OwnerId = $owner
        ORDER BY c.Id
        """;

    private string connectionString = "";
    private CoverageService coverage = null!;
    private NetworkMapService networkMap = null!;
    private DateOnly from;
    private DateOnly to;

    /// <summary>When set (by --smoke --sql), every SQL command is written to the console before it runs.</summary>
    public static bool LogSql { get; set; }

    protected void SetUp(BenchmarkSchema schema)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var path = BenchmarkDatabase.EnsureAsync(DemoNetworkSize.Benchmark, today, schema).GetAwaiter().GetResult();
        connectionString = BenchmarkDatabase.ConnectionStringFor(path);
        var options = BenchmarkDatabase.OptionsFor(connectionString);
        if (LogSql)
        {
            options = new DbContextOptionsBuilder<AppDbContext>(options)
                .LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuting]).Options;
        }

        var factory = new Factory(options);
        coverage = new CoverageService(factory, new SettingsService(factory), new CoverageCalculator(TimeProvider.System), TimeProvider.System);
        networkMap = new NetworkMapService(factory);
        var period = CoveragePeriod.For(CoveragePeriodKind.Last90Days, today);
        (from, to) = (period.From, period.To);
        Console.WriteLine($"// Database ({schema}): {path}");
        Console.WriteLine($"// Data: {BenchmarkDatabase.DescribeAsync(connectionString).GetAwaiter().GetResult()}");
    }

    protected Task<Dashboard> LoadDashboardAsync() => coverage.GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None);

    protected Task<IReadOnlyDictionary<int, IReadOnlyList<Bulb>>> LoadBulbsAsync() => networkMap.BulbsAsync(CancellationToken.None);

    protected List<StringCounts> RunFloorQuery()
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = FloorSql;
        command.Parameters.AddWithValue("$owner", BenchmarkDatabase.UserId);
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$fromUtc", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00");
        command.Parameters.AddWithValue("$toUtc", to.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00");
        using var reader = command.ExecuteReader();
        var rows = new List<StringCounts>();
        while (reader.Read())
        {
            rows.Add(new StringCounts(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)));
        }

        return rows;
    }

    /// <summary>The floor is only a floor if it computes the same numbers: refuse to run otherwise.</summary>
    protected void CheckTheFloorMatchesTheDashboard()
    {
        var floor = RunFloorQuery();
        var dashboard = LoadDashboardAsync().GetAwaiter().GetResult();
        var fromDashboard = dashboard.Report.Strings.Select(s => s.Activity)
            .Select(a => new StringCounts(a.CircleId, a.Name, a.Asks, a.Replies, a.ContactsAsked, a.Referrals, a.Leads, a.HiddenLeads))
            .OrderBy(s => s.CircleId).ToList();
        if (!floor.SequenceEqual(fromDashboard))
        {
            throw new InvalidOperationException("The raw SQL floor and the dashboard disagree on the per-string numbers.");
        }

        Console.WriteLine($"// Check: the floor and the dashboard agree on {floor.Count} strings, {floor.Sum(s => s.Asks)} asks and {floor.Sum(s => s.Leads)} leads in the last 90 days.");
    }

    private sealed class Factory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options, new BenchmarkDatabase.FixedUser(BenchmarkDatabase.UserId));
    }
}

/// <summary>
/// The coverage dashboard end to end against the floor: one hand-written GROUP BY query for the same per-string
/// numbers, over the database exactly as the app's migrations create it.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 4)]
[MemoryDiagnoser]
public class DashboardBenchmarks : DashboardBenchmarkBase
{
    [GlobalSetup]
    public void Setup()
    {
        SetUp(BenchmarkSchema.AsShipped);
        CheckTheFloorMatchesTheDashboard();
    }

    [Benchmark(Baseline = false, Description = "CoverageService.GetAsync(Last90Days)")]
    public Task<Dashboard> Dashboard() => LoadDashboardAsync();

    [Benchmark(Baseline = true, Description = "Raw SQL floor: one GROUP BY query")]
    public List<StringCounts> RawSqlFloor() => RunFloorQuery();
}

/// <summary>
/// NetworkMapService.BulbsAsync: a bulb per membership with four correlated subqueries. On the database as shipped
/// one call takes minutes (see bench/README.md), far too long to benchmark, so it is measured here on the two copies
/// that fix the query plan; `--smoke` times one call as shipped.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 4)]
[MemoryDiagnoser]
public class BulbsBenchmarks : DashboardBenchmarkBase
{
    [Params(BenchmarkSchema.Analyzed, BenchmarkSchema.AskContactIndex)]
    public BenchmarkSchema Schema { get; set; }

    [GlobalSetup]
    public void Setup() => SetUp(Schema);

    [Benchmark(Description = "NetworkMapService.BulbsAsync")]
    public Task<IReadOnlyDictionary<int, IReadOnlyList<Bulb>>> Bulbs() => LoadBulbsAsync();

    [Benchmark(Description = "CoverageService.GetAsync(Last90Days)")]
    public Task<Dashboard> Dashboard() => LoadDashboardAsync();
}

/// <summary>One timed call of each, no statistics, as shipped: `--smoke` (add `--sql` to print the SQL).</summary>
public sealed class SmokeRun : DashboardBenchmarkBase
{
    public async Task RunAsync(BenchmarkSchema schema)
    {
        SetUp(schema);
        CheckTheFloorMatchesTheDashboard();
        foreach (var (name, run) in new (string, Func<Task>)[]
        {
            ("Raw SQL floor", () => Task.FromResult(RunFloorQuery())),
            ("CoverageService.GetAsync(Last90Days)", LoadDashboardAsync),
            ("NetworkMapService.BulbsAsync", LoadBulbsAsync),
        })
        {
            Console.WriteLine($"{name}: running...");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await run();
            Console.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:0.0} ms ({schema})");
        }
    }
}
