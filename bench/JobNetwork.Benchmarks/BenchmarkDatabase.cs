using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Benchmarks;

/// <summary>Which copy of the benchmark database to use.</summary>
public enum BenchmarkSchema
{
    /// <summary>Exactly what the app's migrations create, with no planner statistics (as in production).</summary>
    AsShipped,

    /// <summary>The same file after ANALYZE, so SQLite's planner knows OwnerId has one value per user.</summary>
    Analyzed,

    /// <summary>The same file plus an index on Asks (OwnerId, ContactId, AskedOn).</summary>
    AskContactIndex,
}

/// <summary>
/// One SQLite file holding a <see cref="DemoNetworkSize.Benchmark"/> network for one user, generated once and reused
/// by every benchmark process and every later run. The path names the size, the date the network was generated for
/// (asks and leads are dated relative to it) and the last migration, so a stale file is never reused.
/// </summary>
public static class BenchmarkDatabase
{
    public const string UserId = "benchmark-user";

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "jobnetwork-bench");

    public static DbContextOptions<AppDbContext> OptionsFor(string connectionString) => new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite(connectionString)
        .UseApplicationServiceProvider(IdentityModel.Services)
        .Options;

    /// <summary>The app's own connection string shape: a pooled connection to the file.</summary>
    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();

    /// <summary>The path of the requested copy, generating the network (once) and deriving the copy (once) as needed.</summary>
    public static async Task<string> EnsureAsync(DemoNetworkSize size, DateOnly today, BenchmarkSchema schema)
    {
        var shipped = await EnsureAsShippedAsync(size, today);
        if (schema == BenchmarkSchema.AsShipped)
        {
            return shipped;
        }

        var path = Path.ChangeExtension(shipped, $".{schema}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = $"{path}.{Environment.ProcessId}.building";
        File.Copy(shipped, building, overwrite: true);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = schema == BenchmarkSchema.Analyzed
                ? "ANALYZE;"
                : "CREATE INDEX IF NOT EXISTS \"IX_Asks_OwnerId_ContactId_AskedOn\" ON \"Asks\" (\"OwnerId\", \"ContactId\", \"AskedOn\");";
            await command.ExecuteNonQueryAsync();
        }

        File.Move(building, path);
        return path;
    }

    private static async Task<string> EnsureAsShippedAsync(DemoNetworkSize size, DateOnly today)
    {
        Directory.CreateDirectory(Folder);
        string lastMigration;
        await using (var probe = new AppDbContext(OptionsFor("Data Source=:memory:"), new ActingUser(UserId)))
        {
            lastMigration = probe.Database.GetMigrations().Last();
        }

        var path = Path.Combine(Folder,
            $"network-g{DemoNetworkGenerator.Version}-{size.Strings}s-{size.Contacts}c-{size.Asks}a-{size.Referrals}r-{size.Leads}l-{today:yyyyMMdd}-{lastMigration}.db");
        if (File.Exists(path))
        {
            Console.WriteLine($"// Reusing the benchmark database {path}");
            return path;
        }

        Console.WriteLine($"// Generating the benchmark database {path} (once)...");
        var building = $"{path}.{Environment.ProcessId}.building";
        var buildingConnection = new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString();
        await using (var db = new AppDbContext(OptionsFor(buildingConnection), new ActingUser(UserId)))
        {
            await db.Database.MigrateAsync();
            db.Users.Add(Account(UserId));
            await db.SaveChangesAsync();
            var network = new DemoNetworkGenerator().Generate(size, today);
            await network.SaveAsync(db, CancellationToken.None);
        }

        // Like the app's migrator: write-ahead log. Set on the finished file, then move it into place in one step.
        await using (var connection = new SqliteConnection(buildingConnection))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteScalarAsync();
        }

        File.Move(building, path);
        return path;
    }

    /// <summary>The benchmark user's account: every owned row references its owner's account.</summary>
    public static ApplicationUser Account(string id) => new()
    {
        Id = id, UserName = id + "@example.com", NormalizedUserName = (id + "@example.com").ToUpperInvariant(),
        Email = id + "@example.com", NormalizedEmail = (id + "@example.com").ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAtUtc = DateTime.UtcNow,
    };

    /// <summary>Row counts of the benchmark user's data, for the report.</summary>
    public static async Task<string> DescribeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in new[] { "Circles", "Contacts", "ContactCircles", "Asks", "Referrals", "JobLeads", "JobLeadStatusChanges", "Companies" })
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The table names are the constants above.
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE OwnerId = $owner";
#pragma warning restore CA2100
            command.Parameters.AddWithValue("$owner", UserId);
            parts.Add($"{table} {await command.ExecuteScalarAsync()}");
        }

        return string.Join(", ", parts);
    }
}
