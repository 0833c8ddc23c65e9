using System.Collections.Concurrent;
using System.Data.Common;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Demo;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>Counts every SQL command EF sends (readers, scalars and non-queries, sync and async).</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Each reader command's text and parameter values, to replay it (for instance under EXPLAIN QUERY PLAN).</summary>
    public ConcurrentQueue<(string Sql, (string Name, object? Value)[] Parameters)> Readers { get; } = new();

    public int Count => Commands.Count;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(command.CommandText);
        Readers.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToArray()));
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}

/// <summary>
/// No per-row queries: loading the dashboard sends the same, small number of SQL commands for a small network and
/// for one ten times bigger (ten times the strings, contacts, asks, referrals, leads and companies).
/// </summary>
[Trait(Slow.Trait, Slow.Value)]
[Trait("Database", "Any")]
public sealed class DashboardQueryCountTests(ITestOutputHelper output)
{
    /// <summary>What the dashboard page may cost at most, in SQL commands, whatever the size of the network.</summary>
    private const int MaxCommands = 20;

    private const string UserId = "user-alice";

    private static readonly DateOnly Today = new(2026, 6, 15);

    /// <summary>Loads the page's data the way DashboardPage does and returns the commands sent, by step.</summary>
    private static async Task<(int Coverage, int Bulbs, int Targets, int BulbsCount)> LoadDashboardAsync(DemoNetworkSize size, CoveragePeriodKind kind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await GeneratedNetwork.SeedAsync(database, UserId, size, Today);
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<AppDbContext>(database.Options).AddInterceptors(counter).Options;
        var factory = new AppDbContextFactory(options, new FakeCurrentUser(UserId));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        var coverage = new CoverageService(factory, new SettingsService(factory), new CoverageCalculator(clock), clock);
        var map = new NetworkMapService(factory);

        var dashboard = await coverage.GetAsync(kind, CancellationToken.None);
        var afterCoverage = counter.Count;
        var bulbs = await map.BulbsAsync(CancellationToken.None);
        var afterBulbs = counter.Count;
        await map.TargetCompaniesAsync(CancellationToken.None);
        var afterTargets = counter.Count;

        Assert.Equal(size.Strings, dashboard.Report.Strings.Count);
        return (afterCoverage, afterBulbs - afterCoverage, afterTargets - afterBulbs, bulbs.Values.Sum(b => b.Count));
    }

    [Theory]
    [InlineData(CoveragePeriodKind.Last30Days)]
    [InlineData(CoveragePeriodKind.AllTime)]
    public async Task Loading_the_dashboard_sends_the_same_few_commands_for_a_network_ten_times_bigger(CoveragePeriodKind kind)
    {
        var small = await LoadDashboardAsync(DemoNetworkSize.Small, kind);
        var large = await LoadDashboardAsync(GeneratedNetwork.TenTimesSmall, kind);
        output.WriteLine($"{kind}: small {small}, ten times bigger {large}");

        Assert.True(large.BulbsCount >= 10 * DemoNetworkSize.Small.Contacts);
        Assert.Equal((small.Coverage, small.Bulbs, small.Targets), (large.Coverage, large.Bulbs, large.Targets));
        Assert.Equal(1, small.Bulbs);
        Assert.InRange(small.Coverage + small.Bulbs + small.Targets, 1, MaxCommands);
    }
}

/// <summary>
/// The bulbs query looks up each contact's asks with correlated subqueries. Without planner statistics SQLite
/// chooses between IX_Asks_OwnerId and IX_Asks_ContactId on its own, and an index on OwnerId alone reads every ask in
/// the account for every bulb: two minutes for 5,000 contacts and 50,000 asks (see bench/README.md).
/// </summary>
public sealed class BulbsQueryPlanTests
{
    [Fact]
    public async Task Every_lookup_of_a_contacts_asks_goes_through_an_index_on_the_contact()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await GeneratedNetwork.SeedAsync(database, "user-alice", DemoNetworkSize.Small, new DateOnly(2026, 6, 15));
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<AppDbContext>(database.Options).AddInterceptors(counter).Options;

        await new NetworkMapService(new AppDbContextFactory(options, new FakeCurrentUser("user-alice"))).BulbsAsync(CancellationToken.None);

        var (sql, parameters) = Assert.Single(counter.Readers);
        var plan = new List<string>();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is EF's own, replayed.
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
#pragma warning restore CA2100
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var askSearches = plan.Where(line => line.Contains("IX_Asks_", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, askSearches.Count); // "was asked" and "latest outcome".
        Assert.All(askSearches, line => Assert.Contains("ContactId=?", line, StringComparison.Ordinal));
    }
}
