using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JobNetwork.Benchmarks;

/// <summary>
/// The coverage dashboard end to end on both providers, side by side in one run: the same generated network
/// (<see cref="DemoNetworkSize.Benchmark"/>) in the SQLite file (baseline) and in a PostgreSQL database on the server
/// named by <c>JOBNETWORK_BENCH_POSTGRES</c> (default: the test server, <c>bash scripts/postgres-test-server.sh start</c>).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 4)]
[MemoryDiagnoser]
public class ProviderBenchmarks
{
    private CoverageService sqlite = null!;
    private CoverageService postgres = null!;

    [GlobalSetup]
    public void Setup()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var path = BenchmarkDatabase.EnsureAsync(DemoNetworkSize.Benchmark, today, BenchmarkSchema.AsShipped).GetAwaiter().GetResult();
        sqlite = Coverage(BenchmarkDatabase.OptionsFor(BenchmarkDatabase.ConnectionStringFor(path)));
        var connectionString = PostgresBenchmarkDatabase.EnsureAsync(DemoNetworkSize.Benchmark, today).GetAwaiter().GetResult();
        postgres = Coverage(PostgresBenchmarkDatabase.OptionsFor(connectionString));

        var onSqlite = sqlite.GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None).GetAwaiter().GetResult();
        var onPostgres = postgres.GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None).GetAwaiter().GetResult();
        var left = onSqlite.Report.Strings.Select(s => s.Activity with { CircleId = 0 }).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var right = onPostgres.Report.Strings.Select(s => s.Activity with { CircleId = 0 }).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        if (!left.SequenceEqual(right) || onSqlite.Report.Gauge != onPostgres.Report.Gauge)
        {
            throw new InvalidOperationException("The dashboard gives different numbers on SQLite and PostgreSQL for the same network.");
        }

        Console.WriteLine($"// Check: both providers agree on {left.Count} strings and {left.Sum(s => s.Asks)} asks in the last 90 days.");
    }

    [Benchmark(Baseline = true, Description = "Dashboard on SQLite")]
    public Task<Dashboard> Sqlite() => sqlite.GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None);

    [Benchmark(Description = "Dashboard on PostgreSQL")]
    public Task<Dashboard> Postgres() => postgres.GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None);

    private static CoverageService Coverage(DbContextOptions<AppDbContext> options)
    {
        var factory = new AppDbContextFactory(options, new ActingUser(BenchmarkDatabase.UserId));
        return new CoverageService(factory, new SettingsService(factory), new CoverageCalculator(TimeProvider.System), TimeProvider.System);
    }
}

/// <summary>The benchmark network in PostgreSQL: generated once per day and migration, then reused.</summary>
public static class PostgresBenchmarkDatabase
{
    private static string Server =>
        Environment.GetEnvironmentVariable("JOBNETWORK_BENCH_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=55432;Username=jobnetwork;Database=postgres";

    public static DbContextOptions<AppDbContext> OptionsFor(string connectionString) => new DbContextOptionsBuilder<AppDbContext>()
        .UseNpgsql(connectionString)
        .UseApplicationServiceProvider(IdentityModel.Services)
        .Options;

    public static async Task<string> EnsureAsync(DemoNetworkSize size, DateOnly today)
    {
        string lastMigration;
        await using (var probe = AppDbContextFactory.Create(OptionsFor("Host=localhost"), new ActingUser(BenchmarkDatabase.UserId)))
        {
            lastMigration = probe.Database.GetMigrations().Last()[..14];
        }

        var name = $"jn_bench_g{DemoNetworkGenerator.Version}_{size.Contacts}c_{size.Asks}a_{today:yyyyMMdd}_{lastMigration}";
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
        await using var server = new NpgsqlConnection(Server);
        await server.OpenAsync();
        if (await ScalarAsync(server, $"SELECT count(*) FROM pg_database WHERE datname = '{name}'") is long and > 0)
        {
            Console.WriteLine($"// Reusing the PostgreSQL benchmark database {name}");
            return connectionString;
        }

        Console.WriteLine($"// Generating the PostgreSQL benchmark database {name} (once)...");
        var building = name + "_building";
        await ScalarAsync(server, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        await ScalarAsync(server, $"CREATE DATABASE \"{building}\"");
        var buildingConnection = new NpgsqlConnectionStringBuilder(Server) { Database = building, Pooling = false }.ToString();
        await using (var db = AppDbContextFactory.Create(OptionsFor(buildingConnection), new ActingUser(BenchmarkDatabase.UserId)))
        {
            await db.Database.MigrateAsync();
            db.Users.Add(BenchmarkDatabase.Account(BenchmarkDatabase.UserId));
            await db.SaveChangesAsync();
            var network = new DemoNetworkGenerator().Generate(size, today);
            await network.SaveAsync(db, CancellationToken.None);
            // What autovacuum would have done by the time anyone looks at a dashboard.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        NpgsqlConnection.ClearAllPools();
        await ScalarAsync(server, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        return connectionString;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
#pragma warning disable CA2100 // Database names are built from numbers and dates above, never from input.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync();
    }
}
