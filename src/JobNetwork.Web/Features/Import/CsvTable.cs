using System.Globalization;
using CsvHelper;

namespace JobNetwork.Web.Features.Import;

/// <summary>One record of a CSV file. <see cref="RowNumber"/> is the row a spreadsheet shows, blank rows included.</summary>
public sealed record CsvRecord(int RowNumber, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);

    public string Field(int index) => index >= 0 && index < Fields.Count ? Fields[index] : "";
}

public sealed record CsvTableResult(IReadOnlyList<CsvRecord> Records, ImportProblem? Problem, bool HasMoreRecords);

/// <summary>Reads a whole CSV text into records with CsvHelper, stopping early at the import limits.</summary>
public static class CsvTable
{
    /// <summary>A LinkedIn export starts with a few lines of notes; leave room for them above <see cref="ImportLimits.MaxRows"/>.</summary>
    private const int PreambleAllowance = 50;

    /// <summary>The longest field read, in characters: far above any contact's notes, far below a whole file in one cell.</summary>
    public const int MaxFieldLength = 100_000;

    public static CsvTableResult Read(string text, int maxRecords = ImportLimits.MaxRows + PreambleAllowance, CancellationToken cancellationToken = default)
    {
        var records = new List<CsvRecord>();
        try
        {
            var options = new CsvReaderOptions
            {
                HasHeader = false,
                Separator = GuessSeparator(text),
                SkipEmptyLines = false,
                DetectSeparatorHint = false,
                PoolStrings = false,
            };
            using var reader = CsvReader.FromText(text, options);
            while (reader.Read())
            {
                var rowNumber = records.Count + 1;
                if ((rowNumber & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (reader.FieldCount > ImportLimits.MaxColumns)
                {
                    return new CsvTableResult(records, TooManyColumns(rowNumber, reader.FieldCount), false);
                }

                if (records.Count == maxRecords)
                {
                    return new CsvTableResult(records, null, HasMoreRecords: true);
                }

                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                    if (fields[i].Length > MaxFieldLength)
                    {
                        return new CsvTableResult(records, FieldTooLong(rowNumber, i), false);
                    }
                }

                records.Add(new CsvRecord(rowNumber, fields));
            }
        }
        catch (CsvFormatException exception)
        {
            return new CsvTableResult(records, new ImportProblem(ImportProblemKind.Unreadable,
                $"The file could not be read as CSV near row {exception.RecordNumber}. Open it in a spreadsheet program, save it as CSV again and retry."), false);
        }

        return new CsvTableResult(records, null, false);
    }

    /// <summary>
    /// Comma unless the start of the file clearly uses semicolons (Excel in much of Europe) or tabs. CsvHelper's own
    /// detection is not used because a LinkedIn file starts with a paragraph of prose.
    /// </summary>
    public static char GuessSeparator(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 4096));
        var commas = sample.Count(',');
        var semicolons = sample.Count(';');
        var tabs = sample.Count('\t');
        if (tabs > commas && tabs > semicolons)
        {
            return '\t';
        }

        return semicolons > commas ? ';' : ',';
    }

    private static ImportProblem FieldTooLong(int rowNumber, int column) => new(ImportProblemKind.TooLarge,
        string.Create(CultureInfo.CurrentCulture,
            $"Row {rowNumber:N0}, column {column + 1} holds more than {MaxFieldLength:N0} characters. A quote mark may be missing its partner; check the file in a spreadsheet program."));

    private static ImportProblem TooManyColumns(int rowNumber, int count) => new(ImportProblemKind.TooManyColumns,
        string.Create(CultureInfo.CurrentCulture,
            $"Row {rowNumber} has {count:N0} columns; at most {ImportLimits.MaxColumns} are supported. Check that the file is a contact list saved as CSV."));
}
