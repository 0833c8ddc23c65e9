using JobNetwork.Web.Features.Import.VCard;

namespace JobNetwork.Web.Features.Import;

/// <summary>Everything read from one upload: its kind, its columns and mapping (for CSV), its people and its bad rows.</summary>
public sealed record ParsedImportFile(
    ImportFormat Format,
    ImportProblem? Problem,
    string? EncodingName,
    IReadOnlyList<string> Headers,
    ColumnMapping? Mapping,
    bool MappingNeedsReview,
    IReadOnlyList<ImportedContact> Contacts,
    IReadOnlyList<ImportRowError> Errors,
    IReadOnlyList<ImportRowError>? Warnings = null)
{
    /// <summary>See <see cref="Import.HeaderSignature.Of"/>; null for files without a header (vCard).</summary>
    public string? HeaderSignature => Headers.Count > 0 ? Import.HeaderSignature.Of(Headers) : null;
}

/// <summary>Sniffs an upload and runs the reader for its format. No database; never throws for bad input.</summary>
public static class ImportFileParser
{
    /// <param name="mapping">The user's column mapping for a CSV; null to use the one guessed from the header.</param>
    /// <param name="cancellationToken">Honoured throughout: a user leaving the page stops the parse.</param>
    public static ParsedImportFile Parse(byte[]? bytes, string? fileName, ColumnMapping? mapping = null, CancellationToken cancellationToken = default)
    {
        var sniffed = ImportFileSniffer.Sniff(bytes, fileName, cancellationToken);
        if (sniffed.Problem is not null)
        {
            return Failed(sniffed, sniffed.Problem);
        }

        var records = sniffed.Records ?? [];
        var parsed = sniffed.Format switch
        {
            ImportFormat.VCard => VCardParser.Parse(sniffed.Text, cancellationToken),
            ImportFormat.LinkedInCsv => LinkedInConnectionsReader.Read(records, sniffed.HeaderIndex),
            _ => null,
        };

        ColumnMapping? usedMapping = null;
        var needsReview = false;
        if (parsed is null)
        {
            usedMapping = mapping ?? ColumnMappingGuesser.Guess(sniffed.Headers);
            needsReview = mapping is null && sniffed.Format == ImportFormat.OtherCsv;
            if (!usedMapping.HasName)
            {
                return Failed(sniffed, new ImportProblem(ImportProblemKind.NeedsMapping,
                    "Choose which column holds each person's name (or first and last names)."), usedMapping);
            }

            parsed = GenericCsvReader.Read(records, sniffed.HeaderIndex, usedMapping);
        }

        var problem = parsed.Problem;
        if (problem is null && parsed.Contacts.Count == 0 && parsed.Errors.Count == 0)
        {
            problem = new ImportProblem(ImportProblemKind.NoContacts, "The file has no people in it: only column names, or blank rows.");
        }

        return new ParsedImportFile(sniffed.Format, problem, sniffed.EncodingName, sniffed.Headers, usedMapping, needsReview, parsed.Contacts, parsed.Errors,
            parsed.Warnings ?? []);
    }

    private static ParsedImportFile Failed(SniffedFile sniffed, ImportProblem problem, ColumnMapping? mapping = null) =>
        new(sniffed.Format, problem, sniffed.EncodingName, sniffed.Headers, mapping, mapping is not null, [], []);
}
