namespace JobNetwork.Web.Features.Import;

public enum DuplicateHandling
{
    /// <summary>Leave the existing contact as it is.</summary>
    Skip,
    /// <summary>Fill in the existing contact's empty fields from the file; nothing the user typed is overwritten.</summary>
    UpdateEmptyFields,
}

/// <summary>
/// How to import: the column mapping (CSV only; null uses the guessed one), a circle to put everyone in, what to do with
/// duplicates, and a tag put on every contact created or updated, so the people of one import can be found together.
/// </summary>
public sealed record ImportOptions(ColumnMapping? Mapping = null, int? TargetCircleId = null, DuplicateHandling Duplicates = DuplicateHandling.Skip,
    string? Tag = null);

/// <summary>
/// One row as it will be saved, and whether it is someone new. A duplicate names the existing contact it matched and on
/// what; a row repeating an earlier row of the file gives that row's number.
/// </summary>
public sealed record ImportPreviewRow(
    int RowNumber,
    ImportRowStatus Status,
    string Name,
    string? Email,
    string? Phone,
    string? Company,
    string? Title,
    string? LinkedInUrl,
    string? Location,
    string? Notes,
    string? HowWeMet,
    int? ExistingContactId,
    string? MatchedName,
    string? MatchedOn,
    int? MatchedRowNumber);

/// <summary>
/// What an import would do, without doing it. When <see cref="Problem"/> is set nothing can be imported; a
/// <see cref="ImportProblemKind.NeedsMapping"/> problem comes with <see cref="Headers"/> and a proposed <see cref="Mapping"/>.
/// </summary>
public sealed record ImportPreview(
    ImportFormat Format,
    ImportProblem? Problem,
    string? EncodingName,
    IReadOnlyList<string> Headers,
    ColumnMapping? Mapping,
    bool MappingNeedsReview,
    string? HeaderSignature,
    IReadOnlyList<ImportPreviewRow> FirstRows,
    int TotalRows,
    int NewCount,
    int DuplicateCount,
    int RepeatedInFileCount,
    int ErrorCount,
    IReadOnlyList<ImportRowError> Errors,
    IReadOnlyList<ImportRowError>? Warnings = null,
    int WarningCount = 0)
{
    public bool CanImport => Problem is null && NewCount + DuplicateCount + RepeatedInFileCount > 0;

    internal static ImportPreview Failed(ParsedImportFile parsed) => new(parsed.Format, parsed.Problem, parsed.EncodingName, parsed.Headers,
        parsed.Mapping, parsed.MappingNeedsReview, parsed.HeaderSignature, [], 0, 0, 0, 0, 0, []);
}

public enum ImportStage
{
    /// <summary>Rows are being turned into contacts in memory; <see cref="ImportProgress.Processed"/> counts them.</summary>
    Preparing,
    /// <summary>Every row is prepared and the contacts are being written: the longest step, with no finer progress.</summary>
    Saving,
    Done,
}

/// <summary>Reported every 200 rows while preparing, then once when saving starts and once when it is done.</summary>
public sealed record ImportProgress(int Processed, int Total, ImportStage Stage = ImportStage.Preparing);

/// <summary>
/// What an import did. <see cref="Skipped"/> counts rows that made no contact of their own and changed no existing one
/// (duplicates left alone, and rows repeating an earlier row of the file). <see cref="ContactIds"/> lists the contacts
/// created and updated. When <see cref="Problem"/> is set nothing was saved.
/// </summary>
public sealed record ImportSummary(
    ImportFormat Format,
    int Created,
    int Updated,
    int Skipped,
    int Errors,
    IReadOnlyList<int> ContactIds,
    IReadOnlyList<ImportRowError> ErrorRows,
    ImportProblem? Problem = null)
{
    public bool Succeeded => Problem is null;

    internal static ImportSummary Failed(ImportFormat format, ImportProblem problem) => new(format, 0, 0, 0, 0, [], [], problem);
}
