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

/// <summary>What the raw SQL floor returns: every per-string number of the dashboard, the gauge and asks per day.</summary>
public sealed record FloorResult(IReadOnlyList<StringActivity> Strings, int ActiveLeads, int HiddenActiveLeads, IReadOnlyList<(DateOnly Day, int Asks)> AsksPerDay);

/// <summary>
/// The services over one copy of the <see cref="DemoNetworkSize.Benchmark"/> database (20 strings, 5,000 contacts,
/// 50,000 asks, 2,000 referrals, 5,000 leads) for one user in UTC, built the way the app builds them.
/// </summary>
public abstract class DashboardBenchmarkBase
{
    /// <summary>
    /// Everything the dashboard computes, by hand, in one command: per string (the contact's primary circle; for
    /// leads the string credited up the referred-by chain, at most three referrers, as LeadAttribution says) the
    /// members and members never asked, asks, replies and distinct contacts asked in the period, referrals, leads,
    /// hidden leads, interviews and offers in the period, last year's referrals and leads, and the all-time last
    /// ask, referral and lead; then the coverage gauge; then asks per day in the period. Dates are the user's (UTC)
    /// local dates; lead times are UTC. Tuned by hand: joins start from the asks and referrals in range (CROSS JOIN
    /// fixes the order) and seek the primary membership, the same indexes the app has.
    /// </summary>
    public const string FloorSql = """
        WITH RECURSIVE
        up(Start, At, Hops) AS (
            SELECT DISTINCT SourceContactId, SourceContactId, 0 FROM JobLeads WHERE OwnerId = $owner AND SourceContactId IS NOT NULL
            UNION ALL
            SELECT up.Start,
                   (SELECT r.ReferrerId FROM Referrals r WHERE r.ReferredContactId = up.At AND r.OwnerId = $owner ORDER BY r.Id LIMIT 1),
                   up.Hops + 1
            FROM up
            WHERE up.Hops < 3 AND up.At IS NOT NULL),
        stringed AS (
            SELECT up.Start, up.Hops, p.CircleId
            FROM up JOIN ContactCircles p ON p.OwnerId = $owner AND p.ContactId = up.At AND p.IsPrimary = 1),
        credit AS (
            SELECT s.Start AS ContactId, s.CircleId FROM stringed s WHERE s.Hops = (SELECT MAX(t.Hops) FROM stringed t WHERE t.Start = s.Start)),
        members AS (
            SELECT m.CircleId, COUNT(*) AS Members,
                   SUM(NOT EXISTS (SELECT 1 FROM Asks a WHERE a.OwnerId = $owner AND a.ContactId = m.ContactId)) AS NeverAsked,
                   MAX(CASE WHEN m.IsPrimary = 1 THEN (SELECT MAX(a.AskedOn) FROM Asks a WHERE a.OwnerId = $owner AND a.ContactId = m.ContactId) END) AS LastAsked
            FROM ContactCircles m WHERE m.OwnerId = $owner GROUP BY m.CircleId),
        a AS (
            SELECT p.CircleId, COUNT(*) AS Asks, SUM(a.Outcome NOT IN (0, 6)) AS Replies, COUNT(DISTINCT a.ContactId) AS Asked
            FROM Asks a CROSS JOIN ContactCircles p
            WHERE a.OwnerId = $owner AND a.AskedOn BETWEEN $from AND $to
              AND p.OwnerId = $owner AND p.ContactId = a.ContactId AND p.IsPrimary = 1
            GROUP BY p.CircleId),
        r AS (
            SELECT p.CircleId, SUM(r.ReferredOn BETWEEN $from AND $to) AS Referrals,
                   SUM(r.ReferredOn BETWEEN $fromBefore AND $toBefore) AS Before, MAX(r.ReferredOn) AS Last
            FROM Referrals r CROSS JOIN ContactCircles p
            WHERE r.OwnerId = $owner AND p.OwnerId = $owner AND p.ContactId = r.ReferrerId AND p.IsPrimary = 1
            GROUP BY p.CircleId),
        l AS (
            SELECT credit.CircleId,
                   SUM(l.CreatedAtUtc >= $fromUtc AND l.CreatedAtUtc < $toUtc) AS Leads,
                   SUM(l.CreatedAtUtc >= $fromUtc AND l.CreatedAtUtc < $toUtc AND l.Advertising = 2) AS Hidden,
                   SUM(l.CreatedAtUtc >= $fromBeforeUtc AND l.CreatedAtUtc < $toBeforeUtc) AS Before,
                   substr(MAX(l.CreatedAtUtc), 1, 10) AS Last
            FROM credit JOIN JobLeads l ON l.SourceContactId = credit.ContactId
            WHERE l.OwnerId = $owner
            GROUP BY credit.CircleId),
        h AS (
            SELECT credit.CircleId,
                   COUNT(DISTINCT CASE WHEN h.ToStatus = 2 THEN h.JobLeadId END) AS Interviews,
                   COUNT(DISTINCT CASE WHEN h.ToStatus = 3 THEN h.JobLeadId END) AS Offers
            FROM credit JOIN JobLeads l ON l.SourceContactId = credit.ContactId
            JOIN JobLeadStatusChanges h ON h.JobLeadId = l.Id
            WHERE l.OwnerId = $owner AND h.ToStatus IN (2, 3) AND h.ChangedAtUtc >= $fromUtc AND h.ChangedAtUtc < $toUtc
            GROUP BY credit.CircleId)
        SELECT c.Id, c.Name, c.Kind, c.IsPluggedIn, IFNULL(members.Members, 0), IFNULL(a.Asked, 0), IFNULL(a.Asks, 0),
               IFNULL(a.Replies, 0), IFNULL(r.Referrals, 0), IFNULL(l.Leads, 0), IFNULL(l.Hidden, 0),
               IFNULL(h.Interviews, 0), IFNULL(h.Offers, 0), members.LastAsked, r.Last, l.Last,
               IFNULL(r.Before, 0) + IFNULL(l.Before, 0), IFNULL(members.NeverAsked, 0)
        FROM Circles c
        LEFT JOIN members ON members.CircleId = c.Id
        LEFT JOIN a ON a.CircleId = c.Id
        LEFT JOIN r ON r.CircleId = c.Id
        LEFT JOIN l ON l.CircleId = c.Id
        LEFT JOIN h ON h.CircleId = c.Id
        WHERE c.OwnerId = $owner
        ORDER BY c.Id;

        SELECT COUNT(*), IFNULL(SUM(Advertising = 2), 0) FROM JobLeads WHERE OwnerId = $owner AND Status IN (0, 1, 2, 3);

        SELECT AskedOn, COUNT(*) FROM Asks WHERE OwnerId = $owner AND AskedOn BETWEEN $from AND $to GROUP BY AskedOn;
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
                .LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]).Options;
        }

        var factory = new AppDbContextFactory(options, new ActingUser(BenchmarkDatabase.UserId));
        coverage = new CoverageService(factory, new SettingsService(factory), new CoverageCalculator(TimeProvider.System), TimeProvider.System);
        networkMap = new NetworkMapService(factory);
        var period = CoveragePeriod.For(CoveragePeriodKind.Last90Days, today);
        (from, to) = (period.From, period.To);
        Console.WriteLine($"// Database ({schema}): {path}");
        Console.WriteLine($"// Data: {BenchmarkDatabase.DescribeAsync(connectionString).GetAwaiter().GetResult()}");
    }

    protected Task<Dashboard> LoadDashboardAsync() => coverage.GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None);

    protected Task<IReadOnlyDictionary<int, IReadOnlyList<Bulb>>> LoadBulbsAsync() => networkMap.BulbsAsync(CancellationToken.None);

    protected FloorResult RunFloorQuery()
    {
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static DateOnly? DayOrNull(SqliteDataReader reader, int column) =>
            reader.IsDBNull(column) ? null : DateOnly.ParseExact(reader.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = FloorSql;
        command.Parameters.AddWithValue("$owner", BenchmarkDatabase.UserId);
        command.Parameters.AddWithValue("$from", Day(from));
        command.Parameters.AddWithValue("$to", Day(to));
        command.Parameters.AddWithValue("$fromUtc", Day(from) + " 00:00:00");
        command.Parameters.AddWithValue("$toUtc", Day(to.AddDays(1)) + " 00:00:00");
        command.Parameters.AddWithValue("$fromBefore", Day(from.AddYears(-1)));
        command.Parameters.AddWithValue("$toBefore", Day(to.AddYears(-1)));
        command.Parameters.AddWithValue("$fromBeforeUtc", Day(from.AddYears(-1)) + " 00:00:00");
        command.Parameters.AddWithValue("$toBeforeUtc", Day(to.AddYears(-1).AddDays(1)) + " 00:00:00");
        using var reader = command.ExecuteReader();
        var strings = new List<StringActivity>();
        while (reader.Read())
        {
            DateOnly? referral = DayOrNull(reader, 14), lead = DayOrNull(reader, 15);
            DateOnly? produced = referral is null ? lead : lead is null ? referral : referral > lead ? referral : lead;
            strings.Add(new StringActivity(reader.GetInt32(0), reader.GetString(1), Enum.Parse<Web.Domain.CircleKind>(reader.GetString(2)),
                reader.GetBoolean(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8),
                reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11), reader.GetInt32(12), DayOrNull(reader, 13), produced, lead,
                reader.GetInt32(16), reader.GetInt32(17)));
        }

        reader.NextResult();
        reader.Read();
        var (active, hidden) = (reader.GetInt32(0), reader.GetInt32(1));
        reader.NextResult();
        var perDay = new List<(DateOnly, int)>();
        while (reader.Read())
        {
            perDay.Add((DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetInt32(1)));
        }

        return new FloorResult(strings, active, hidden, perDay);
    }

    /// <summary>The floor is only a floor if it computes the same numbers: refuse to run otherwise.</summary>
    protected void CheckTheFloorMatchesTheDashboard()
    {
        var floor = RunFloorQuery();
        var dashboard = LoadDashboardAsync().GetAwaiter().GetResult();
        var fromDashboard = dashboard.Report.Strings.Select(s => s.Activity).OrderBy(s => s.CircleId).ToList();
        foreach (var (f, d) in floor.Strings.Zip(fromDashboard))
        {
            if (f != d)
            {
                throw new InvalidOperationException($"The raw SQL floor and the dashboard disagree:\n floor     {f}\n dashboard {d}");
            }
        }

        var gauge = dashboard.Report.Gauge;
        if (floor.Strings.Count != fromDashboard.Count || (floor.ActiveLeads, floor.HiddenActiveLeads) != (gauge.ActiveLeads, gauge.HiddenActiveLeads)
            || floor.AsksPerDay.Sum(d => d.Asks) != dashboard.AsksPerWeek.Sum(w => w.Asks))
        {
            throw new InvalidOperationException("The raw SQL floor and the dashboard disagree on the strings, the gauge or the asks per week.");
        }

        var viaChain = floor.Strings.Sum(s => s.Leads);
        Console.WriteLine($"// Check: the floor and the dashboard agree on {floor.Strings.Count} strings, {floor.Strings.Sum(s => s.Asks)} asks, " +
            $"{viaChain} credited leads and {floor.Strings.Sum(s => s.Interviews)} interviews in the last 90 days, and {floor.ActiveLeads} active leads.");
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

    [Benchmark(Baseline = true, Description = "Raw SQL floor: the same aggregates in one hand-written command")]
    public FloorResult RawSqlFloor() => RunFloorQuery();
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
    [Params(BenchmarkSchema.AsShipped, BenchmarkSchema.Analyzed)]
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
