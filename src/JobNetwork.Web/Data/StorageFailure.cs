using Microsoft.Data.Sqlite;

namespace JobNetwork.Web.Data;

/// <summary>
/// Recognises the errors that mean the server cannot write its data at all (disk full, read-only or failing data
/// folder), as opposed to a problem with one request, and words them for the person who was saving.
/// </summary>
public static class StorageFailure
{
    // SQLite primary result codes: https://sqlite.org/rescode.html
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    public const string Reassurance =
        "Everything saved before is safe and you can keep reading. Try again later, and tell whoever runs this JobNetwork.";

    /// <summary>A message for the user when <paramref name="exception"/> (or one it wraps) is a storage failure; otherwise null.</summary>
    public static string? Describe(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite && Explain(sqlite.SqliteErrorCode) is { } reason)
            {
                return $"Your change was not saved: {reason} {Reassurance}";
            }
        }

        return null;
    }

    private static string? Explain(int code) => code switch
    {
        Full => "the server's disk is full.",
        ReadOnly or CannotOpen => "the server's data folder is read-only.",
        IoError => "the server could not write to its disk.",
        Corrupt or NotADatabase => "the database file is damaged.",
        _ => null,
    };
}
