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

    /// <returns>What to fix in the Database section, worded for the person who set it; null when it is usable.</returns>
    public static string? FindProblem(IConfiguration configuration)
    {
        var provider = configuration[$"{Section}:Provider"];
        if (!string.IsNullOrWhiteSpace(provider) && !TryParseProvider(provider, out _))
        {
            return $"Database__Provider is '{provider}'. Set it to Sqlite (the default) or Postgres.";
        }

        var options = FromConfiguration(configuration);
        return options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString)
            ? "Database__Provider is Postgres but no connection string is set. Set Database__ConnectionString, e.g. "
              + "Host=db;Database=jobnetwork;Username=jobnetwork;Password=..."
            : null;
    }

    private static bool TryParseProvider(string? value, out DatabaseProvider provider)
    {
        provider = DatabaseProvider.Sqlite;
        return !string.IsNullOrWhiteSpace(value)
            && !char.IsDigit(value.Trim()[0])
            && Enum.TryParse(value.Trim(), ignoreCase: true, out provider)
            && Enum.IsDefined(provider);
    }

    /// <summary>The SQLite connection string: the configured one, or <c>jobnetwork.db</c> in the data folder.</summary>
    public string SqliteConnectionString(DataDirectory dataDirectory) =>
        string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={dataDirectory.DatabaseFile};Pooling=True" : ConnectionString;

    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        var section = configuration.GetSection(Section);
        // An unknown provider falls back to SQLite here; the start-up check (FindProblem) stops the app before any use.
        if (TryParseProvider(section["Provider"], out var provider))
        {
            options.Provider = provider;
        }

        options.ConnectionString = section["ConnectionString"] is { Length: > 0 } fromSection
            ? fromSection
            : configuration.GetConnectionString("DefaultConnection");
        options.MigrationLockTimeoutSeconds = section.GetValue(nameof(MigrationLockTimeoutSeconds), 30);
        return options;
    }
}
