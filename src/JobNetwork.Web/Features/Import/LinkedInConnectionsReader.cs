namespace JobNetwork.Web.Features.Import;

/// <summary>
/// Reads LinkedIn's Connections.csv exactly as "Get a copy of your data" delivers it: a few lines of notes, a blank
/// line, then <c>First Name,Last Name,URL,Email Address,Company,Position,Connected On</c>. Most rows have no email,
/// because members choose whether their connections may download it.
/// </summary>
public static class LinkedInConnectionsReader
{
    public const string FirstName = "First Name";
    public const string LastName = "Last Name";
    public const string Url = "URL";
    public const string EmailAddress = "Email Address";
    public const string Company = "Company";
    public const string Position = "Position";
    public const string ConnectedOn = "Connected On";

    /// <summary>How far down the notes preamble may push the header.</summary>
    private const int HeaderSearchDepth = 20;

    public static ParsedContacts Read(string text)
    {
        var table = CsvTable.Read(text);
        if (table.Problem is not null)
        {
            return ParsedContacts.Failed(table.Problem);
        }

        var headerIndex = FindHeader(table.Records);
        return headerIndex < 0
            ? ParsedContacts.Failed(new ImportProblem(ImportProblemKind.NoHeader,
                "This does not look like LinkedIn's Connections.csv: the row “First Name, Last Name, URL, …” was not found."))
            : Read(table.Records, headerIndex);
    }

    /// <summary>The index of the header record, or -1. Columns are found by name, so a reordered export still reads.</summary>
    public static int FindHeader(IReadOnlyList<CsvRecord> records)
    {
        for (var i = 0; i < Math.Min(records.Count, HeaderSearchDepth); i++)
        {
            var names = records[i].Fields.Select(f => f.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains(FirstName) && names.Contains(LastName) && names.Contains(Url)
                && (names.Contains(ConnectedOn) || names.Contains(Position) || names.Contains(EmailAddress)))
            {
                return i;
            }
        }

        return -1;
    }

    public static ParsedContacts Read(IReadOnlyList<CsvRecord> records, int headerIndex)
    {
        var header = records[headerIndex].Fields.Select(f => f.Trim()).ToList();
        int Column(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        int first = Column(FirstName), last = Column(LastName), url = Column(Url), email = Column(EmailAddress),
            company = Column(Company), position = Column(Position), connected = Column(ConnectedOn);

        var contacts = new List<ImportedContact>();
        var errors = new List<ImportRowError>();
        var warnings = new List<ImportRowError>();
        foreach (var record in records.Skip(headerIndex + 1).Where(r => !r.IsBlank))
        {
            string? Value(int column) => string.IsNullOrWhiteSpace(record.Field(column)) ? null : record.Field(column).Trim();

            // Members who left LinkedIn or hide their name come through with both names blank.
            var name = GenericCsvReader.JoinNonBlank(" ", [record.Field(first), record.Field(last)]);
            if (name is null)
            {
                errors.Add(new ImportRowError(record.RowNumber, "This connection has no name (the member may have left LinkedIn or hidden their profile)."));
                continue;
            }

            if (ExtraCells.Check(record, header.Count) is { } warning)
            {
                warnings.Add(warning);
            }

            contacts.Add(new ImportedContact(
                record.RowNumber,
                name,
                Value(email) is { } address ? [address] : [],
                [],
                Value(company),
                Value(position),
                Value(url),
                ConnectedOn: GenericCsvReader.ParseDate(Value(connected))));
        }

        return new ParsedContacts(contacts, errors, Warnings: warnings);
    }
}
