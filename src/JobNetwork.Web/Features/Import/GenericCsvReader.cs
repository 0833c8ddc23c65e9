using System.Globalization;

namespace JobNetwork.Web.Features.Import;

/// <summary>Reads any contact CSV (Google Contacts, Outlook, a hand-made spreadsheet) through a <see cref="ColumnMapping"/>.</summary>
public static class GenericCsvReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd MMM yyyy", "d MMM yyyy", "MMM d, yyyy", "M/d/yyyy", "M/d/yy", "d.M.yyyy"];

    /// <summary>Reads a CSV whose first non-blank row is the header.</summary>
    public static ParsedContacts Read(string text, ColumnMapping mapping)
    {
        var table = CsvTable.Read(text);
        if (table.Problem is not null)
        {
            return ParsedContacts.Failed(table.Problem);
        }

        var headerIndex = table.Records.ToList().FindIndex(r => !r.IsBlank);
        return headerIndex < 0
            ? ParsedContacts.Failed(new ImportProblem(ImportProblemKind.EmptyFile, "The file has no rows."))
            : Read(table.Records, headerIndex, mapping);
    }

    public static ParsedContacts Read(IReadOnlyList<CsvRecord> records, int headerIndex, ColumnMapping mapping)
    {
        var header = records[headerIndex].Fields;
        var columns = Enumerable.Range(0, header.Count)
            .Select(i => (Index: i, Field: mapping.FieldOf(header[i])))
            .Where(c => c.Field != ImportField.Ignore)
            // A mobile number is the one people answer, so it is listed (and kept) before office and home lines.
            .OrderBy(c => c.Field == ImportField.Phone && IsMobileHeader(header[c.Index]) ? 0 : 1)
            .ToLookup(c => c.Field, c => c.Index);

        var contacts = new List<ImportedContact>();
        var errors = new List<ImportRowError>();
        var warnings = new List<ImportRowError>();
        foreach (var record in records.Skip(headerIndex + 1).Where(r => !r.IsBlank))
        {
            var row = new MappedRow(record, columns);
            var name = row.Single(ImportField.FullName) ?? JoinNonBlank(" ", row.All(ImportField.FirstName).Concat(row.All(ImportField.MiddleName)).Concat(row.All(ImportField.LastName)));
            if (name is null)
            {
                errors.Add(new ImportRowError(record.RowNumber, "This row has no name."));
                continue;
            }

            if (ExtraCells.Check(record, header.Count) is { } warning)
            {
                warnings.Add(warning);
            }

            var websites = row.All(ImportField.Website).Concat(row.All(ImportField.LinkedInUrl));
            contacts.Add(new ImportedContact(
                record.RowNumber,
                name,
                row.All(ImportField.Email).SelectMany(SplitMultiValue).ToList(),
                row.All(ImportField.Phone).SelectMany(SplitMultiValue).ToList(),
                row.Single(ImportField.Company),
                row.Single(ImportField.Title),
                websites.FirstOrDefault(IsLinkedInUrl),
                row.Single(ImportField.Location),
                JoinNonBlank("\n\n", row.All(ImportField.Notes)),
                ParseDate(row.Single(ImportField.ConnectedOn))));
        }

        return new ParsedContacts(contacts, errors, Warnings: warnings);
    }

    private static bool IsMobileHeader(string header) =>
        header.Contains("mobile", StringComparison.OrdinalIgnoreCase) || header.Contains("cell", StringComparison.OrdinalIgnoreCase);

    public static bool IsLinkedInUrl(string url) => url.Contains("linkedin.com/", StringComparison.OrdinalIgnoreCase);

    internal static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    internal static string? JoinNonBlank(string separator, IEnumerable<string> parts)
    {
        var joined = string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>Google puts several values of one kind in one cell as "a@x.com ::: b@y.com".</summary>
    private static IEnumerable<string> SplitMultiValue(string cell) =>
        cell.Split(":::", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed class MappedRow(CsvRecord record, ILookup<ImportField, int> columns)
    {
        public IEnumerable<string> All(ImportField field) =>
            columns[field].Select(record.Field).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim());

        public string? Single(ImportField field) => All(field).FirstOrDefault();
    }
}
