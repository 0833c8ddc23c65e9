using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Reliability;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Reliability;

/// <summary>
/// A child process writes through the app's services and is killed with SIGKILL at a random moment, 20 times on the
/// same data folder. After each kill the app's migrator opens the file as start-up does, SQLite's integrity check
/// passes, and every write the child acknowledged is there.
/// </summary>
public sealed class KillMidWriteTests : IAsyncLifetime
{
    private const int Kills = 20;
    // Generous: on a starved machine (load average 40) a child once took over 90 s to start and write.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    private readonly TestDatabase database = TestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Twenty_kills_mid_write_leave_a_sound_file_and_lose_no_acknowledged_write()
    {
        var random = new Random();
        var acknowledged = new List<(string Kind, int Id)>();
        var survived = 0;
        var lost = new List<string>();

        for (var kill = 1; kill <= Kills; kill++)
        {
            using (var writer = FaultWriterProcess.Start(database.Folder))
            {
                await writer.WaitUntilWritingAsync(StartTimeout);
                // Anywhere from right after the first acknowledgement to a few dozen writes later.
                await Task.Delay(random.Next(0, 1500));
                await writer.KillAsync();
                acknowledged.AddRange(writer.Acknowledged);
            }

            // What start-up does first: the app's migrator on the same file (it also clears a lock a kill left behind).
            await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None);
            var integrity = (string?)await database.ExecuteScalarAsync("PRAGMA integrity_check;");
            var missing = await MissingAsync(acknowledged);
            lost.AddRange(missing.Select(m => $"kill {kill}: {m}"));
            if (integrity == "ok" && missing.Count == 0)
            {
                survived++;
            }
            else
            {
                lost.Add($"kill {kill}: integrity_check = {integrity}");
            }
        }

        ReliabilityFigures.Write(
            "kill-mid-write",
            $"kills survived / records lost: {survived}/{Kills} survived, {lost.Count(l => !l.Contains("integrity_check", StringComparison.Ordinal))} lost " +
            $"({acknowledged.Count} acknowledged writes: {Count(acknowledged, "contact")} contacts, {Count(acknowledged, "ask")} asks, {Count(acknowledged, "lead")} leads)");
        Assert.Empty(lost);
        Assert.Equal(Kills, survived);
        Assert.True(acknowledged.Count >= Kills, $"Only {acknowledged.Count} writes were acknowledged over {Kills} runs.");
    }

    private static int Count(List<(string Kind, int Id)> writes, string kind) => writes.Count(w => w.Kind == kind);

    private async Task<List<string>> MissingAsync(List<(string Kind, int Id)> acknowledged)
    {
        await using var db = database.ContextFor(FaultWriter.OwnerId);
        var contacts = (await db.Contacts.Select(c => c.Id).ToListAsync()).ToHashSet();
        var asks = (await db.Asks.Select(a => a.Id).ToListAsync()).ToHashSet();
        var leads = (await db.JobLeads.Select(l => l.Id).ToListAsync()).ToHashSet();
        return acknowledged
            .Where(w => !(w.Kind switch { "contact" => contacts, "ask" => asks, _ => leads }).Contains(w.Id))
            .Select(w => $"{w.Kind} {w.Id} missing")
            .ToList();
    }
}
