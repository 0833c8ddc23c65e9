using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Account;

namespace JobNetwork.Web.Features.Backups;

public static class BackupEndpoints
{
    public const string DownloadPath = "/admin/backups";

    public static IServiceCollection AddBackups(
        this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, DataDirectory dataDirectory)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<BackupService>();
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            // PostgreSQL is backed up with its own tools (pg_dump, README); VACUUM INTO is SQLite's.
            services.AddSingleton(BackupConnection.NotSqlite);
            return services;
        }

        services.AddSingleton(BackupConnection.For(database.SqliteConnectionString(dataDirectory)));
        services.AddHostedService<ScheduledBackupWorker>();
        return services;
    }

    /// <summary>
    /// Serves a backup file to the administrator. Anyone else gets the same 404 as for a missing file: the endpoint
    /// does not even admit it exists, and a name is looked up in the listing, never used as a path.
    /// </summary>
    public static IEndpointRouteBuilder MapBackupDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DownloadPath + "/{name}", (string name, HttpContext context, BackupService backups) =>
        {
            if (!context.User.IsInRole(RegistrationPolicy.AdministratorRole))
            {
                return Results.NotFound();
            }

            var path = backups.Find(name);
            return path is null
                ? Results.NotFound()
                : Results.File(path, "application/vnd.sqlite3", name, enableRangeProcessing: true);
        });
        return endpoints;
    }

    public static string DownloadUrl(BackupFile backup) => $"{DownloadPath}/{Uri.EscapeDataString(backup.Name)}";
}
