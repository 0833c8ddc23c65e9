using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Import;

/// <summary>
/// A column mapping the user confirmed for a CSV, remembered against the file's <see cref="Import.HeaderSignature"/> so
/// the next file with the same columns (next month's export from the same program) needs no mapping again.
/// </summary>
public class SavedColumnMapping : OwnedEntity
{
    public const int SignatureMaxLength = 64;
    public const int MappingJsonMaxLength = 20_000;

    public string HeaderSignature { get; set; } = "";

    /// <summary>Header text to field name, as JSON: readable in the database and tolerant of fields added later.</summary>
    public string MappingJson { get; set; } = "{}";

    public DateTime UpdatedAtUtc { get; set; }
}
