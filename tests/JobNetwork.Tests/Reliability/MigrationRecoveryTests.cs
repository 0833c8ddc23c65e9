using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Reliability;

/// <summary>
/// Start-up on databases it did not leave in a clean state: one from an older version, one whose migration was
/// interrupted so the schema is ahead of the history, one from a newer version. (A stale migration lock is covered in
/// <see cref="DatabaseMigratorTests"/>.)
/// </summary>
public sealed class MigrationRecoveryTests : IAsyncLifetime
{
    private const string OldVersion = "20261127072520_AsksReferralsLeads";
    private const string LastMigration = "20261127090400_AskContactIndex";

    private readonly TestDatabase database = TestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_database_from_an_older_version_is_brought_up_to_date_and_keeps_its_data()
    {
        await database.MigrateToAsync(OldVersion);
        await database.AddAccountRowAsync("old-user");
        await database.ExecuteScalarAsync(
            """INSERT INTO "Contacts" ("OwnerId", "Name", "Closeness", "CreatedAtUtc", "Version") VALUES ('old-user', 'Kept from the old version', 0, '2026-01-01 00:00:00', 'b8d1c5e4-0000-0000-0000-000000000001');""");

        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        await using var db = database.ContextFor("old-user");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("Kept from the old version", (await db.Contacts.SingleAsync()).Name);
        Assert.Equal("ok", await database.ExecuteScalarAsync("PRAGMA integrity_check;"));
    }

    [Fact]
    public async Task An_interrupted_migration_with_the_schema_ahead_of_the_history_stops_start_up_with_what_to_do()
    {
        await database.MigrateToAsync("20261127083008_Webhook");
        // The last migration's index exists, but its history row was never written.
        await database.ExecuteScalarAsync("""CREATE INDEX "IX_Asks_OwnerId_ContactId_AskedOn" ON "Asks" ("OwnerId", "ContactId", "AskedOn");""");

        var failure = await Assert.ThrowsAsync<DatabaseMigrationException>(
            () => database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Contains(LastMigration, failure.Message, StringComparison.Ordinal);
        Assert.Contains("already exists", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Restore the backup taken before the upgrade", failure.Message, StringComparison.Ordinal);
        Assert.Equal("ok", await database.ExecuteScalarAsync("PRAGMA integrity_check;"));
        Assert.Equal(0L, await database.ExecuteScalarAsync($"SELECT count(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{LastMigration}';"));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_left_untouched_and_start_up_says_so()
    {
        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None);
        await database.ExecuteScalarAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('29990101000000_FromTheFuture', '99.0.0');""");

        var failure = await Assert.ThrowsAsync<DatabaseMigrationException>(
            () => database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Contains("newer version of JobNetwork", failure.Message, StringComparison.Ordinal);
        Assert.Contains("29990101000000_FromTheFuture", failure.Message, StringComparison.Ordinal);
    }
}
