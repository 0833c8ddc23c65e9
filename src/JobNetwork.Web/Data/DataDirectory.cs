namespace JobNetwork.Web.Data;

/// <summary>Where everything persistent lives: the database, the key ring and backups.</summary>
public sealed record DataDirectory(string Path)
{
    public const string ConfigurationKey = "DataDirectory";
    public const string EnvironmentVariable = "JOBNETWORK_DATA";

    public string DatabaseFile => System.IO.Path.Combine(Path, "jobnetwork.db");

    public string KeysFolder => System.IO.Path.Combine(Path, "keys");

    public static DataDirectory FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[ConfigurationKey] ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(contentRoot, "data")
            : System.IO.Path.GetFullPath(configured, contentRoot);
        return new DataDirectory(path);
    }

    public void EnsureExists()
    {
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(KeysFolder);
    }
}
