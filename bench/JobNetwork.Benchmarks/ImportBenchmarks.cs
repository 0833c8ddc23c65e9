using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Benchmarks;

/// <summary>
/// Importing LinkedIn's Connections.csv with 10,000 connections (notes preamble, every fifth with an email, 40
/// companies) end to end through <see cref="ImportService"/> into a fresh, migrated SQLite file: decode, sniff, read,
/// match against the (empty) network, create companies and contacts in one circle with a tag, one transaction.
/// The baseline parses the same file without touching a database. One import per iteration, each into its own copy
/// of an empty database, so every measurement starts from the same state.
/// </summary>
[WarmupCount(1)]
[IterationCount(6)]
[InvocationCount(1)]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    public const int Rows = 10_000;

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "jobnetwork-bench", "import");

    private byte[] file = [];
    private string template = "";
    private string current = "";
    private int circleId;

    [GlobalSetup]
    public void Setup()
    {
        file = LinkedInConnections(Rows);
        Directory.CreateDirectory(Folder);
        template = Path.Combine(Folder, $"empty-{Environment.ProcessId}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = template, Pooling = false }.ToString();
        using var db = new AppDbContext(BenchmarkDatabase.OptionsFor(connection), new ActingUser(BenchmarkDatabase.UserId));
        db.Database.Migrate();
        var circle = new Web.Domain.Circle { Name = "LinkedIn", Kind = Web.Domain.CircleKind.FormerCoworkers, PluggedInOn = new DateOnly(2026, 11, 1) };
        db.Circles.Add(circle);
        db.SaveChanges();
        circleId = circle.Id;
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    [IterationSetup(Target = nameof(ImportEndToEnd))]
    public void FreshDatabase()
    {
        current = Path.Combine(Folder, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        File.Copy(template, current);
    }

    [IterationCleanup(Target = nameof(ImportEndToEnd))]
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { current, current + "-wal", current + "-shm" })
        {
            File.Delete(path);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(template);
    }

    [Benchmark(Baseline = true, Description = "Parse only: decode, sniff and read 10,000 LinkedIn rows (no database)")]
    public int ParseOnly() => ImportFileParser.Parse(file, "Connections.csv").Contacts.Count;

    [Benchmark(Description = "Import 10,000 LinkedIn rows end to end into a fresh SQLite database")]
    public async Task<int> ImportEndToEnd()
    {
        var options = BenchmarkDatabase.OptionsFor(BenchmarkDatabase.ConnectionStringFor(current));
        var service = new ImportService(new AppDbContextFactory(options, new ActingUser(BenchmarkDatabase.UserId)), TimeProvider.System);
        var summary = await service.ImportAsync(file, "Connections.csv", new ImportOptions(TargetCircleId: circleId, Tag: "imported"), null, CancellationToken.None);
        if (summary.Created != Rows)
        {
            throw new InvalidOperationException($"Expected {Rows} new contacts, got {summary.Created} ({summary.Problem?.Message}).");
        }

        return summary.Created;
    }

    /// <summary>The same shape as the tests' <c>ImportSamples.LinkedInWithRows</c>: LinkedIn's notes, then the connections.</summary>
    public static byte[] LinkedInConnections(int rows)
    {
        var text = new StringBuilder("Notes:\n\"Some email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (var i = 0; i < rows; i++)
        {
            var email = i % 5 == 0 ? $"person{i}@example.com" : "";
            text.Append(CultureInfo.InvariantCulture, $"First{i},Last{i},https://www.linkedin.com/in/person-{i},{email},Company {i % 40},Engineer,02 Nov 2023\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
