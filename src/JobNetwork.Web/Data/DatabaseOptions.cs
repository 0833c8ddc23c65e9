namespace JobNetwork.Web.Data;

public enum DatabaseProvider
{
    /// <summary>An embedded file in the data folder: the zero set-up default for one person or a household.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by one or more instances.</summary>
    Postgres,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Required for PostgreSQL (or <c>ConnectionStrings:DefaultConnection</c>); for SQLite it defaults to
    /// <c>jobnetwork.db</c> in the data folder.
    /// </summary>
    public string? ConnectionString { get; set; }

    public int MigrationLockTimeoutSeconds { get; set; } = 30;

    /// <summary>The SQLite connection string: the configured one, or <c>jobnetwork.db</c> in the data folder.</summary>
    public string SqliteConnectionString(DataDirectory dataDirectory) =>
        string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={dataDirectory.DatabaseFile};Pooling=True" : ConnectionString;

    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        var section = configuration.GetSection(Section);
        var provider = section["Provider"];
        if (!string.IsNullOrWhiteSpace(provider))
        {
            options.Provider = Enum.TryParse<DatabaseProvider>(provider.Trim(), ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider (JOBNETWORK_Database__Provider / Database__Provider) is '{provider}'; use Sqlite or Postgres.");
        }

        options.ConnectionString = section["ConnectionString"] is { Length: > 0 } fromSection
            ? fromSection
            : configuration.GetConnectionString("DefaultConnection");
        options.MigrationLockTimeoutSeconds = section.GetValue(nameof(MigrationLockTimeoutSeconds), 30);
        return options;
    }
}
