using JobNetwork.Web.Data;

namespace JobNetwork.Web.Features.Backups;

public static class BackupEndpoints
{
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

}
