using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Reliability;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Reliability;

/// <summary>
/// A child process writes through the app's services and is killed with SIGKILL, 8 times on the same data folder, at
/// kill points spread over the first 1.5 s of writing (right after the first acknowledgement up to a few dozen writes
/// later; the 20 random moments this replaced cost ~190 s of test time, nearly all child start-ups, and a random draw
/// could bunch them together). After each kill the app's migrator opens the file as start-up does, SQLite's integrity
/// check passes, and every write the child acknowledged is there.
/// </summary>
[Trait(Slow.Trait, Slow.Value)]
public sealed class KillMidWriteTests : IAsyncLifetime
{
    /// <summary>Milliseconds after the first acknowledged write: early, mid-transaction-heavy and late moments alike.</summary>
    private static readonly int[] KillPoints = [0, 37, 150, 310, 555, 790, 1120, 1490];

    private static int Kills => KillPoints.Length;

    // Generous: on a starved machine (load average 40) a child once took over 90 s to start and write.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    private readonly TestDatabase database = TestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Kills_mid_write_leave_a_sound_file_and_lose_no_acknowledged_write()
    {
        var acknowledged = new List<(string Kind, int Id)>();
        var survived = 0;
        var lost = new List<string>();

        for (var kill = 1; kill <= Kills; kill++)
        {
            using (var writer = FaultWriterProcess.Start(database.Folder))
            {
                await writer.WaitUntilWritingAsync(StartTimeout);
                // From right after the first acknowledgement to a few dozen writes later.
                await Task.Delay(KillPoints[kill - 1]);
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
