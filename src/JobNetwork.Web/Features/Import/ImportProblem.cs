namespace JobNetwork.Web.Features.Import;

public enum ImportProblemKind
{
    EmptyFile,
    TooLarge,
    Binary,
    SpreadsheetNotCsv,
    NotCsvOrVCard,
    NoHeader,
    TooManyRows,
    TooManyColumns,
    Unreadable,
    NoContacts,
    /// <summary>Not fatal: the CSV's columns need the user to say which one holds the name. Headers and a proposed mapping come with it.</summary>
    NeedsMapping,
    CircleNotFound,
    ChangedElsewhere,
}

/// <summary>Why a whole file cannot be imported, said so the user knows what to do next.</summary>
public sealed record ImportProblem(ImportProblemKind Kind, string Message);

/// <summary>Bounds that keep one upload from tying up the server or the database.</summary>
public static class ImportLimits
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Data rows (people), not counting a header or preamble.</summary>
    public const int MaxRows = 50_000;

    public const int MaxColumns = 200;

    /// <summary>How many rows a preview shows; counts always cover the whole file.</summary>
    public const int PreviewRows = 20;

    /// <summary>How many row errors a preview or summary lists; the count covers them all.</summary>
    public const int ListedErrors = 100;
}

/// <summary>The kinds of file the importer recognises.</summary>
public enum ImportFormat
{
    NotSupported,
    LinkedInCsv,
    VCard,
    GoogleCsv,
    OutlookCsv,
    /// <summary>A CSV of unknown origin: its columns need a mapping the user confirms.</summary>
    OtherCsv,
}

public static class ImportFormatText
{
    public static string Label(this ImportFormat format) => format switch
    {
        ImportFormat.LinkedInCsv => "LinkedIn connections (CSV)",
        ImportFormat.VCard => "vCard contacts",
        ImportFormat.GoogleCsv => "Google Contacts (CSV)",
        ImportFormat.OutlookCsv => "Outlook contacts (CSV)",
        ImportFormat.OtherCsv => "Spreadsheet (CSV)",
        _ => "Not supported",
    };
}
