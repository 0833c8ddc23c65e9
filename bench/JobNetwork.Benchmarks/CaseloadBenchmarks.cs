using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coaching;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace JobNetwork.Benchmarks;

/// <summary>
/// A coach's caseload of 200 clients, each with a generated <see cref="DemoNetworkSize.Small"/> network, on SQLite and
/// PostgreSQL (issue 19: under 500 ms). Baseline: one of those clients opening their own dashboard, in the same run.
/// Each caseload call also writes one access entry per client, as the page does.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 2)]
[MemoryDiagnoser]
public class CaseloadBenchmarks
{
    public const int Clients = 200;
    private const string CoachId = "caseload-coach";

    private CoachAccessService caseload = null!;
    private CoverageService oneClient = null!;

    [Params("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>When set (by --caseload-smoke --sql), every SQL command is written to the console with its duration.</summary>
    public static bool LogSql { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = Provider == "Sqlite" ? SqliteAsync().GetAwaiter().GetResult() : PostgresAsync().GetAwaiter().GetResult();
        if (LogSql)
        {
            options = new DbContextOptionsBuilder<AppDbContext>(options)
                .LogTo(Console.WriteLine, [RelationalEventId.CommandExecuted, RelationalEventId.DataReaderClosing], LogLevel.Debug,
                    DbContextLoggerOptions.UtcTime | DbContextLoggerOptions.SingleLine).Options;
        }

        caseload = new CoachAccessService(new AppDbContextFactory(options, new ActingUser(CoachId)), new ActingUser(CoachId),
            new ClientContexts(options), new CoverageCalculator(TimeProvider.System), TimeProvider.System);
        var client = new AppDbContextFactory(options, new ActingUser(ClientId(0)));
        oneClient = new CoverageService(client, new SettingsService(client), new CoverageCalculator(TimeProvider.System), TimeProvider.System);
        var rows = caseload.CaseloadAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (rows.Count != Clients)
        {
            throw new InvalidOperationException($"The caseload has {rows.Count} clients, not {Clients}.");
        }

        Console.WriteLine($"// {Provider}: {Clients} clients, {rows.Count(r => r.Stalled)} stalled, {rows.Sum(r => r.ActiveLeads)} active leads in all.");
    }

    [Benchmark(Baseline = true, Description = "One client's own dashboard (30 days)")]
    public Task<Dashboard> OwnDashboard() => oneClient.GetAsync(CoveragePeriodKind.Last30Days, CancellationToken.None);

    [Benchmark(Description = "A coach's caseload of 200 clients")]
    public Task<IReadOnlyList<CaseloadRow>> Caseload() => caseload.CaseloadAsync(CancellationToken.None);

    /// <summary>
    /// <c>--caseload-smoke [Sqlite|Postgres]</c>: the same setup, then 5 timed calls of each after one warm-up, in
    /// turn, so both figures share the machine's load. For a loaded machine, where BenchmarkDotNet's in-process
    /// toolchain gives up on the long setup.
    /// </summary>
    public static async Task SmokeAsync(string provider)
    {
        var bench = new CaseloadBenchmarks { Provider = provider };
        bench.Setup();
        var own = new List<double>();
        var all = new List<double>();
        await bench.OwnDashboard();
        await bench.Caseload();
        for (var i = 0; i < 5; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await bench.OwnDashboard();
            own.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await bench.Caseload();
            all.Add(watch.Elapsed.TotalMilliseconds);
        }

        own.Sort();
        all.Sort();
        Console.WriteLine($"{provider}: one client's dashboard median {own[2]:F0} ms; caseload of {Clients} median {all[2]:F0} ms "
            + $"({all[2] / own[2]:F0}x); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    private static string ClientId(int i) => $"caseload-client-{i:D3}";

    /// <summary>
    /// One file per day, generator version and last migration, generated once (about four minutes on a busy 2-core
    /// machine) and reused by later runs that day, like the dashboard's database. Access entries written by earlier
    /// runs stay in it; the caseload reads them only to skip a second entry within a minute.
    /// </summary>
    private static async Task<DbContextOptions<AppDbContext>> SqliteAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Directory.CreateDirectory(BenchmarkDatabase.Folder);
        string lastMigration;
        await using (var probe = new AppDbContext(BenchmarkDatabase.OptionsFor("Data Source=:memory:"), new ActingUser(CoachId)))
        {
            lastMigration = probe.Database.GetMigrations().Last();
        }

        var path = Path.Combine(BenchmarkDatabase.Folder, $"caseload-g{DemoNetworkGenerator.Version}-{Clients}-{today:yyyyMMdd}-{lastMigration}.db");
        if (File.Exists(path))
        {
            Console.WriteLine($"// Reusing the caseload database {path}");
            return BenchmarkDatabase.OptionsFor(BenchmarkDatabase.ConnectionStringFor(path));
        }

        var building = $"{path}.{Environment.ProcessId}.building";
        var buildingConnection = new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString();
        await FillAsync(BenchmarkDatabase.OptionsFor(buildingConnection), today);
        await using (var connection = new SqliteConnection(buildingConnection))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteScalarAsync();
        }

        File.Move(building, path);
        return BenchmarkDatabase.OptionsFor(BenchmarkDatabase.ConnectionStringFor(path));
    }

    /// <summary>Like the SQLite file: one database per day, generator version and last migration, reused by later runs.</summary>
    private static async Task<DbContextOptions<AppDbContext>> PostgresAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var server = Environment.GetEnvironmentVariable("JOBNETWORK_BENCH_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=55432;Username=jobnetwork;Database=postgres";
        string lastMigration;
        await using (var probe = AppDbContextFactory.Create(PostgresBenchmarkDatabase.OptionsFor("Host=localhost"), new ActingUser(CoachId)))
        {
            lastMigration = probe.Database.GetMigrations().Last()[..14];
        }

        var name = $"jn_caseload_g{DemoNetworkGenerator.Version}_{Clients}_{today:yyyyMMdd}_{lastMigration}";
        var options = PostgresBenchmarkDatabase.OptionsFor(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
#pragma warning disable CA2100 // The names are built from numbers and dates above, never from input.
        await using (var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{name}'", connection))
        {
            if (await exists.ExecuteScalarAsync() is long and > 0)
            {
                Console.WriteLine($"// Reusing the PostgreSQL caseload database {name}");
                return options;
            }
        }

        var building = name + "_building";
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)", $"CREATE DATABASE \"{building}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        var buildingOptions = PostgresBenchmarkDatabase.OptionsFor(new NpgsqlConnectionStringBuilder(server) { Database = building, Pooling = false }.ToString());
        await FillAsync(buildingOptions, today);
        await using (var db = AppDbContextFactory.Create(buildingOptions, new ActingUser(CoachId)))
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        NpgsqlConnection.ClearAllPools();
        await using (var rename = new NpgsqlCommand($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"", connection))
        {
            await rename.ExecuteNonQueryAsync();
        }
#pragma warning restore CA2100

        return options;
    }

    /// <summary>The coach, 200 clients with a small network each, and a live grant from every client to the coach.</summary>
    private static async Task FillAsync(DbContextOptions<AppDbContext> options, DateOnly today)
    {
        var now = DateTime.UtcNow;
        await using (var db = AppDbContextFactory.Create(options, new ActingUser(CoachId)))
        {
            await db.Database.MigrateAsync();
            db.Users.AddRange(Enumerable.Range(0, Clients).Select(i => BenchmarkDatabase.Account(ClientId(i))).Append(BenchmarkDatabase.Account(CoachId)));
            await db.SaveChangesAsync();
        }

        for (var i = 0; i < Clients; i++)
        {
            await using var db = AppDbContextFactory.Create(options, new ActingUser(ClientId(i)));
            await new DemoNetworkGenerator(seed: 1000 + i).Generate(DemoNetworkSize.Small, today).SaveAsync(db, CancellationToken.None);
            db.CoachGrants.Add(new CoachGrant { CoachUserId = CoachId, Scope = CoachScope.ProgressOnly, CreatedAtUtc = now, ClaimedAtUtc = now });
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"// Generated {Clients} clients with {DemoNetworkSize.Small} each.");
    }
}
