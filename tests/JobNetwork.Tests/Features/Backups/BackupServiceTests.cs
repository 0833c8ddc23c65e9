using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Backups;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Backups;

public sealed class BackupServiceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_backup_is_a_complete_database_file_named_after_its_time()
    {
        using var backups = Service(keep: 14);

        var backup = await backups.CreateAsync("manual", CancellationToken.None);

        Assert.Equal("jobnetwork-20260301-020000Z-manual.db", backup.Name);
        Assert.Equal(new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc), backup.CreatedAtUtc);
        Assert.True(backup.SizeBytes > 0);
        Assert.Equal([backup], backups.List());
        Assert.Empty(Directory.GetFiles(backups.Folder, "*.partial"));
    }

    [Fact]
    public async Task Only_the_newest_backups_are_kept()
    {
        using var backups = Service(keep: 3);
        for (var day = 0; day < 5; day++)
        {
            await backups.CreateAsync("scheduled", CancellationToken.None);
            clock.Advance(TimeSpan.FromDays(1));
        }

        var kept = backups.List();

        Assert.Equal(["jobnetwork-20260305-020000Z-scheduled.db", "jobnetwork-20260304-020000Z-scheduled.db", "jobnetwork-20260303-020000Z-scheduled.db"],
            kept.Select(b => b.Name));
    }

    [Fact]
    public async Task Only_a_listed_backup_name_is_found_never_a_path()
    {
        using var backups = Service(keep: 14);
        var backup = await backups.CreateAsync("manual", CancellationToken.None);

        Assert.NotNull(backups.Find(backup.Name));
        Assert.Null(backups.Find("../jobnetwork.db"));
        Assert.Null(backups.Find("jobnetwork.db"));
    }

    [Fact]
    public async Task Migrating_a_database_that_already_has_data_takes_a_backup_first_and_a_new_one_does_not()
    {
        using var backups = Service(keep: 14);
        var migrator = new DatabaseMigrator(database.FactoryFor(null), NullLogger<DatabaseMigrator>.Instance, backups);

        // Already migrated: nothing pending, so no backup.
        await migrator.MigrateAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Empty(backups.List());

        // An older schema version: forget the newest migration so it is pending again (its tables stay; only the history row goes).
        var newest = (string)(await database.ExecuteScalarAsync("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1"""))!;
        await database.ExecuteScalarAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{newest}'");

        // Re-running that migration over its existing tables may fail; what matters is that the backup came first.
        _ = await Record.ExceptionAsync(() => migrator.MigrateAsync(TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.Contains(backups.List(), b => b.Name.EndsWith("-before-migration.db", StringComparison.Ordinal));
    }

    private BackupService Service(int keep) => new(
        new DataDirectory(database.Folder), BackupConnection.For(database.ConnectionString),
        Options.Create(new BackupOptions { Keep = keep }), clock, NullLogger<BackupService>.Instance);
}
