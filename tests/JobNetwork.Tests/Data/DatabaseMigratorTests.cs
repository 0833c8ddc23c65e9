using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Data;

public sealed class DatabaseMigratorTests : IAsyncLifetime
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(30);

    private readonly TestDatabase database = TestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Migrating_an_empty_file_creates_every_table_and_switches_to_write_ahead_logging()
    {
        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None).WaitAsync(TestTimeout);

        await using var db = database.ContextFor(null);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            Assert.Equal(1L, await database.ExecuteScalarAsync($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';"));
        }

        Assert.Equal("wal", await database.ExecuteScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = database.ContextFor(null);

        Assert.False(db.Database.HasPendingModelChanges(), "Run 'dotnet ef migrations add' for the latest model changes.");
    }

    [Fact]
    public async Task Migrating_seeds_the_administrator_role()
    {
        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None).WaitAsync(TestTimeout);

        await using var db = database.ContextFor(null);
        Assert.True(await db.Roles.AnyAsync(r => r.NormalizedName == "ADMINISTRATOR"));
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        var migrator = database.CreateMigrator();
        await migrator.MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None).WaitAsync(TestTimeout);
        await migrator.MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None).WaitAsync(TestTimeout);

        // The seeded roles (Administrator, Coach), each once.
        Assert.Equal(2L, await database.ExecuteScalarAsync("SELECT count(*) FROM AspNetRoles;"));
    }

    [Fact]
    public async Task A_stale_migration_lock_is_removed_after_the_timeout_and_migration_completes()
    {
        await database.ExecuteScalarAsync("""CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL);""");
        await database.ExecuteScalarAsync("""INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-01 00:00:00');""");

        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(1), CancellationToken.None).WaitAsync(TestTimeout);

        Assert.Equal(0L, await database.ExecuteScalarAsync("""SELECT count(*) FROM "__EFMigrationsLock";"""));
        await using var db = database.ContextFor(null);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migration_stops_waiting_for_a_lock_when_start_up_is_cancelled()
    {
        await database.ExecuteScalarAsync("""CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL);""");
        await database.ExecuteScalarAsync("""INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-01 00:00:00');""");
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => database.CreateMigrator().MigrateAsync(TimeSpan.FromMinutes(5), stopping.Token).WaitAsync(TestTimeout));
        Assert.Equal(1L, await database.ExecuteScalarAsync("""SELECT count(*) FROM "__EFMigrationsLock";"""));
    }
}
