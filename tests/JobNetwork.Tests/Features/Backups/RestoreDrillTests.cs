using System.Collections.Concurrent;
using System.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Backups;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Backups;

/// <summary>The README's restore procedure, rehearsed: a backup taken while the app writes restores into a working instance.</summary>
public sealed class RestoreDrillTests
{
    [Fact]
    public async Task A_backup_taken_during_writes_restores_every_acknowledged_record_into_a_fresh_instance()
    {
        await using var source = new JobNetworkAppFactory();
        var ownerId = await CreateUserAsync(source, "drill@example.com");
        var acknowledged = new ConcurrentQueue<string>();
        using var stopWriting = new CancellationTokenSource();
        var writer = Task.Run(() => WriteUntilStoppedAsync(source, ownerId, acknowledged, stopWriting.Token));

        await WaitForAsync(() => acknowledged.Count >= 40 || writer.IsCompleted);
        var acknowledgedBeforeBackup = acknowledged.ToArray();
        var backup = await source.Services.GetRequiredService<BackupService>().CreateAsync("drill", CancellationToken.None);
        var countAfterBackup = acknowledged.Count;
        await WaitForAsync(() => acknowledged.Count >= countAfterBackup + 20 || writer.IsCompleted);
        await stopWriting.CancelAsync();
        await writer;
        Assert.True(acknowledged.Count > acknowledgedBeforeBackup.Length, "The writer must still be writing while and after the backup runs.");

        // Restore (README, "Restore a backup"): stop the app, put the backup in place as jobnetwork.db, start the app.
        await using var restored = new JobNetworkAppFactory();
        Directory.CreateDirectory(restored.DataDirectory);
        File.Copy(Path.Combine(source.Services.GetRequiredService<BackupService>().Folder, backup.Name), restored.DatabaseFile);
        using var client = restored.CreateBrowser();
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var names = await QueryAsync(restored.DatabaseFile, $"SELECT \"Name\" FROM \"Companies\" WHERE \"OwnerId\" = '{ownerId}'");
        Assert.Empty(acknowledgedBeforeBackup.Except(names));
        Assert.Equal(["ok"], await QueryAsync(restored.DatabaseFile, "PRAGMA integrity_check"));
        Assert.NotNull(await restored.FindUserAsync("drill@example.com"));
    }

    private static async Task<string> CreateUserAsync(JobNetworkAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, "Drill-Passw0rd!")).Succeeded);
        return user.Id;
    }

    /// <summary>One company per save, as the app writes them; a name is acknowledged only once its save returned.</summary>
    private static async Task WriteUntilStoppedAsync(
        JobNetworkAppFactory app, string ownerId, ConcurrentQueue<string> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(ownerId);
            var name = $"Company {i:D5}";
            var result = await scope.ServiceProvider.GetRequiredService<CompanyService>()
                .SaveAsync(null, new CompanyForm { Name = name }, CancellationToken.None);
            Assert.True(result.Succeeded, result.Message);
            acknowledged.Enqueue(name);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "Timed out waiting for the writer.");
    }

    private static async Task<List<string>> QueryAsync(string databaseFile, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
