namespace JobNetwork.Web.Features.Import;

/// <summary>
/// One person read from an import file, before it is cleaned and matched against the user's contacts.
/// Every reader (LinkedIn, vCard, Google, Outlook, any mapped CSV) produces this same shape.
/// </summary>
/// <param name="RowNumber">The row as a spreadsheet shows it (header and preamble rows counted), or the card's position in a vCard file.</param>
public sealed record ImportedContact(
    int RowNumber,
    string Name,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string? Company = null,
    string? Title = null,
    string? LinkedInUrl = null,
    string? Location = null,
    string? Notes = null,
    DateOnly? ConnectedOn = null)
{
    public string? Email => Emails.Count > 0 ? Emails[0] : null;

    public string? Phone => Phones.Count > 0 ? Phones[0] : null;
}

/// <summary>A row that cannot become a contact, and why, in words the user can act on.</summary>
public sealed record ImportRowError(int RowNumber, string Reason);

/// <summary>
/// What a reader made of a file: the people it found, the rows it could not use, or why the whole file is unusable.
/// <see cref="Warnings"/> are rows imported with something left behind (cells beyond the header's columns).
/// </summary>
public sealed record ParsedContacts(IReadOnlyList<ImportedContact> Contacts, IReadOnlyList<ImportRowError> Errors, ImportProblem? Problem = null,
    IReadOnlyList<ImportRowError>? Warnings = null)
{
    public static ParsedContacts Failed(ImportProblem problem) => new([], [], problem);
}

/// <summary>A CSV row with more cells than the header has columns: the extra cells have no field to go to, so the user is told.</summary>
public static class ExtraCells
{
    private const int ShownCells = 3;
    private const int ShownLength = 40;

    /// <summary>The warning for this record, or null when it has no non-blank cell past the header (trailing empty cells are common and harmless).</summary>
    public static ImportRowError? Check(CsvRecord record, int headerColumns)
    {
        var extra = record.Fields.Skip(headerColumns).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).ToList();
        if (extra.Count == 0)
        {
            return null;
        }

        var shown = string.Join(", ", extra.Take(ShownCells).Select(f => f.Length > ShownLength ? $"“{f[..ShownLength]}…”" : $"“{f}”"));
        var more = extra.Count > ShownCells ? $" and {extra.Count - ShownCells} more" : "";
        var cells = extra.Count == 1 ? "cell" : "cells";
        return new ImportRowError(record.RowNumber,
            $"This row has {extra.Count} {cells} past the last column ({shown}{more}), not imported. A comma inside a value may be missing its quotes.");
    }
}
