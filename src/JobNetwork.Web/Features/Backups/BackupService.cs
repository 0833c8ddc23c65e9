using System.Globalization;
using JobNetwork.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Backups;

public sealed record BackupFile(string Name, long SizeBytes, DateTime CreatedAtUtc);

/// <summary>
/// Online backups of the SQLite database with <c>VACUUM INTO</c>: SQLite copies a consistent snapshot inside one read
/// transaction, so the app keeps writing meanwhile and the copy never holds half a transaction. One backup at a time.
/// </summary>
public sealed class BackupService(
    DataDirectory dataDirectory, BackupConnection connection, IOptions<BackupOptions> options, TimeProvider clock, ILogger<BackupService> logger) : IDisposable
{
    private const string Prefix = "jobnetwork-";
    private const string Extension = ".db";
    private const string TimestampFormat = "yyyyMMdd-HHmmss";
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public void Dispose() => oneAtATime.Dispose();

    public string Folder => Path.Combine(dataDirectory.Path, "backups");

    public bool IsRunning => oneAtATime.CurrentCount == 0;

    /// <summary>False on PostgreSQL, which is backed up with pg_dump (README) rather than by the app.</summary>
    public bool IsSupported => connection.ConnectionString is not null;

    /// <param name="reason">A short word kept in the file name (manual, scheduled, before-migration).</param>
    public async Task<BackupFile> CreateAsync(string reason, CancellationToken cancellationToken)
    {
        if (!IsSupported)
        {
            throw new InvalidOperationException(
                "This instance keeps its data in PostgreSQL: back it up with pg_dump (README, \"Several instances on PostgreSQL\").");
        }

        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            var now = clock.GetUtcNow().UtcDateTime;
            var name = UniqueName(now, reason);
            var finalPath = Path.Combine(Folder, name);
            // Written under a temporary name and renamed when complete, so a crash never leaves a backup that looks whole.
            var partialPath = finalPath + ".partial";
            File.Delete(partialPath);

            await using (var sqlite = new SqliteConnection(connection.ConnectionString))
            {
                await sqlite.OpenAsync(cancellationToken);
                await using var command = sqlite.CreateCommand();
                command.CommandText = "VACUUM INTO $path;";
                command.Parameters.AddWithValue("$path", partialPath);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            File.Move(partialPath, finalPath);
            File.SetLastWriteTimeUtc(finalPath, now);
            var backup = Describe(new FileInfo(finalPath));
            logger.LogInformation("Backup {Name} written ({Bytes} bytes).", name, backup.SizeBytes);
            Prune();
            return backup;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Every complete backup, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return new DirectoryInfo(Folder).GetFiles(Prefix + "*" + Extension)
            .Select(Describe)
            .OrderByDescending(b => b.CreatedAtUtc)
            .ThenByDescending(b => b.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The full path of a listed backup, or null: only names from <see cref="List"/> are served, never a path.</summary>
    public string? Find(string name) =>
        List().Any(b => b.Name == name) ? Path.Combine(Folder, name) : null;

    private void Prune()
    {
        var keep = Math.Max(1, options.Value.Keep);
        foreach (var old in List().Skip(keep))
        {
            try
            {
                File.Delete(Path.Combine(Folder, old.Name));
                logger.LogInformation("Deleted old backup {Name} (keeping the newest {Keep}).", old.Name, keep);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not delete old backup {Name}; it will be tried again after the next backup.", old.Name);
            }
        }
    }

    private string UniqueName(DateTime utc, string reason)
    {
        var stem = Prefix + utc.ToString(TimestampFormat, CultureInfo.InvariantCulture) + "Z-" + reason;
        var name = stem + Extension;
        for (var n = 2; File.Exists(Path.Combine(Folder, name)); n++)
        {
            name = $"{stem}-{n}{Extension}";
        }

        return name;
    }

    private static BackupFile Describe(FileInfo file)
    {
        // The time in the name is when the snapshot was taken; a copied file's modification time may differ.
        var stamp = file.Name.Length > Prefix.Length + TimestampFormat.Length
            && DateTime.TryParseExact(file.Name.AsSpan(Prefix.Length, TimestampFormat.Length), TimestampFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : file.LastWriteTimeUtc;
        return new BackupFile(file.Name, file.Length, DateTime.SpecifyKind(stamp, DateTimeKind.Utc));
    }
}

/// <summary>
/// The SQLite database's connection string, unpooled: a backup holds its read transaction only as long as it needs.
/// Null when the instance runs on another provider, which has its own backup tools.
/// </summary>
public sealed record BackupConnection(string? ConnectionString)
{
    public static readonly BackupConnection NotSqlite = new((string?)null);

    public static BackupConnection For(string appConnectionString) =>
        new(new SqliteConnectionStringBuilder(appConnectionString) { Pooling = false }.ToString());
}
