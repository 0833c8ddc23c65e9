using System.Globalization;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Import;

/// <summary>A decoded upload, what kind of file it is, and its CSV records when it is a CSV.</summary>
public sealed record SniffedFile(ImportFormat Format, ImportProblem? Problem, string Text = "", string? EncodingName = null,
    IReadOnlyList<CsvRecord>? Records = null, int HeaderIndex = -1)
{
    public IReadOnlyList<string> Headers => Records is not null && HeaderIndex >= 0 ? Records[HeaderIndex].Fields : [];

    public static SniffedFile Rejected(ImportProblemKind kind, string message) => new(ImportFormat.NotSupported, new ImportProblem(kind, message));
}

/// <summary>
/// Decides what an uploaded file is (LinkedIn, vCard, Google, Outlook, another CSV) and rejects what cannot be
/// imported with a message the user can act on. Never throws for bad input.
/// </summary>
public static class ImportFileSniffer
{
    /// <summary>Column names are short; a longer first "cell" is prose that happens to contain a comma.</summary>
    private const int LongestHeaderName = 60;

    private const string ExportAsCsvOrVCard = "Export your contacts as CSV or vCard (.vcf) and import that file.";

    public static SniffedFile Sniff(byte[]? bytes, string? fileName, CancellationToken cancellationToken = default)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return SniffedFile.Rejected(ImportProblemKind.EmptyFile, "The file is empty.");
        }

        if (bytes.Length > ImportLimits.MaxBytes)
        {
            return SniffedFile.Rejected(ImportProblemKind.TooLarge, string.Create(CultureInfo.CurrentCulture,
                $"The file is {bytes.Length / 1024d / 1024d:0.#} MB; the limit is {ImportLimits.MaxBytes / 1024 / 1024} MB. Split it into smaller files."));
        }

        if (KnownBinaryFormat(bytes) is { } binary)
        {
            return binary;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (LooksBinary(decoded.Text))
        {
            return SniffedFile.Rejected(ImportProblemKind.Binary, $"This file holds binary data, not text. {ExportAsCsvOrVCard}");
        }

        var start = decoded.Text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return SniffedFile.Rejected(ImportProblemKind.EmptyFile, "The file is empty.");
        }

        if (start.StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase))
        {
            return new SniffedFile(ImportFormat.VCard, null, decoded.Text, decoded.EncodingName);
        }

        if (NotTabular(start, fileName) is { } notTabular)
        {
            return notTabular;
        }

        return SniffCsv(decoded, cancellationToken);
    }

    private static SniffedFile SniffCsv(DecodedText decoded, CancellationToken cancellationToken)
    {
        var table = CsvTable.Read(decoded.Text, cancellationToken: cancellationToken);
        if (table.Problem is not null)
        {
            return new SniffedFile(ImportFormat.NotSupported, table.Problem);
        }

        var records = table.Records;
        var headerIndex = LinkedInConnectionsReader.FindHeader(records);
        var format = ImportFormat.LinkedInCsv;
        if (headerIndex < 0)
        {
            headerIndex = records.ToList().FindIndex(r => !r.IsBlank);
            if (headerIndex < 0)
            {
                return SniffedFile.Rejected(ImportProblemKind.EmptyFile, "The file has no rows.");
            }

            var header = records[headerIndex].Fields;
            if (header.Count == 1 && !ColumnMappingGuesser.Guess(header).HasName)
            {
                return SniffedFile.Rejected(ImportProblemKind.NotCsvOrVCard, $"This is not a CSV or vCard file: it has no columns. {ExportAsCsvOrVCard}");
            }

            if (header.Any(cell => cell.Trim().Length > LongestHeaderName))
            {
                return SniffedFile.Rejected(ImportProblemKind.NotCsvOrVCard, $"The first row reads like a sentence, not column names, so this is not a contact list. {ExportAsCsvOrVCard}");
            }

            if (header.Any(LooksLikeData))
            {
                return SniffedFile.Rejected(ImportProblemKind.NoHeader,
                    "The first row holds a person's details, not column names. Add a first row that names the columns (Name, Email, Phone, Company…) and import again.");
            }

            format = CsvFormatOf(header);
        }

        var dataRows = records.Count - headerIndex - 1;
        if (table.HasMoreRecords || dataRows > ImportLimits.MaxRows)
        {
            return SniffedFile.Rejected(ImportProblemKind.TooManyRows, string.Create(CultureInfo.CurrentCulture,
                $"The file has more than {ImportLimits.MaxRows:N0} rows. Split it into smaller files and import them one at a time."));
        }

        return new SniffedFile(format, null, decoded.Text, decoded.EncodingName, records, headerIndex);
    }

    internal static ImportFormat CsvFormatOf(IReadOnlyList<string> header)
    {
        var names = header.Select(HeaderSignature.NormalizeHeader).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("e-mail address") || names.Contains("e-mail display name") || (names.Contains("job title") && names.Contains("business phone")))
        {
            return ImportFormat.OutlookCsv;
        }

        return names.Contains("e-mail 1 - value") || names.Contains("phone 1 - value") || names.Contains("organization 1 - name")
            || names.Contains("organization name") || (names.Contains("given name") && names.Contains("family name"))
            ? ImportFormat.GoogleCsv
            : ImportFormat.OtherCsv;
    }

    private static bool LooksLikeData(string cell)
    {
        var value = cell.Trim();
        return value.Contains('@', StringComparison.Ordinal)
            || value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            || (value.Length > 0 && PhoneNumberNormalizer.LooksLikePhoneNumber(value))
            || DateOnly.TryParse(value, CultureInfo.InvariantCulture, out _);
    }

    private static SniffedFile? KnownBinaryFormat(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return SniffedFile.Rejected(ImportProblemKind.SpreadsheetNotCsv,
                "This is a spreadsheet workbook (such as .xlsx) or a compressed file, not a CSV. Open it in your spreadsheet program, choose Save As › CSV, and import that file.");
        }

        return bytes.StartsWith("%PDF"u8)
            ? SniffedFile.Rejected(ImportProblemKind.NotCsvOrVCard, $"This is a PDF document. {ExportAsCsvOrVCard}")
            : null;
    }

    /// <summary>NUL characters, or more than a few in a thousand control characters, mean the file is not text.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65_536));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > Math.Max(2, sample.Length / 200);
    }

    private static SniffedFile? NotTabular(ReadOnlySpan<char> start, string? fileName)
    {
        if (start[0] is '{' or '[')
        {
            return SniffedFile.Rejected(ImportProblemKind.NotCsvOrVCard,
                "This is a JSON file, not a contact list. A JobNetwork backup is restored from Settings, into an empty account.");
        }

        if (start[0] == '<')
        {
            return SniffedFile.Rejected(ImportProblemKind.NotCsvOrVCard, $"This is a web page or XML file, not a CSV or vCard. {ExportAsCsvOrVCard}");
        }

        return string.Equals(Path.GetExtension(fileName), ".vcf", StringComparison.OrdinalIgnoreCase)
            ? SniffedFile.Rejected(ImportProblemKind.NotCsvOrVCard, "This .vcf file has no contact cards: it does not start with BEGIN:VCARD.")
            : null;
    }
}
