using System.Text.RegularExpressions;

namespace JobNetwork.Web.Features.Import;

/// <summary>
/// Proposes a mapping from a CSV header: exact names used by Google Contacts, Outlook, LinkedIn and common
/// spreadsheets first, then looser "contains" rules for headers nobody planned for.
/// </summary>
public static partial class ColumnMappingGuesser
{
    // Earlier names win when several columns could fill a single-valued field: Outlook's "Title" is "Mr."/"Dr.",
    // so "Job Title" must beat it, and a full "Name" column is preferred over nothing but first and last names.
    private static readonly (ImportField Field, string[] Names)[] KnownHeaders =
    [
        (ImportField.FullName, ["name", "full name", "display name", "contact name", "contact"]),
        (ImportField.FirstName, ["first name", "given name", "firstname", "first"]),
        (ImportField.MiddleName, ["middle name", "additional name", "middlename"]),
        (ImportField.LastName, ["last name", "family name", "surname", "lastname", "last"]),
        (ImportField.Email, ["email", "e-mail", "email address", "e-mail address", "e-mail 2 address", "e-mail 3 address", "primary email", "work email", "personal email", "email addresses"]),
        (ImportField.Phone, ["mobile phone", "phone", "mobile", "cell", "cell phone", "phone number", "telephone", "business phone", "primary phone", "home phone", "work phone", "business phone 2", "home phone 2", "other phone"]),
        (ImportField.Company, ["company", "organization name", "organization 1 - name", "organization", "organisation", "company name", "employer"]),
        (ImportField.Title, ["job title", "organization title", "organization 1 - title", "position", "title", "role"]),
        (ImportField.LinkedInUrl, ["linkedin", "linkedin url", "linkedin profile", "linkedin profile url"]),
        (ImportField.Website, ["url", "website", "web page", "web site", "website 1 - value", "homepage", "profile url"]),
        (ImportField.Location, ["location", "city", "business city", "address 1 - city", "home city", "other city", "town"]),
        (ImportField.Notes, ["notes", "note", "comments", "comment"]),
        (ImportField.ConnectedOn, ["connected on", "date connected", "connected"]),
    ];

    private static readonly Dictionary<string, (ImportField Field, int Rank)> ExactIndex = BuildIndex();

    private const int LooseRank = 1000;

    private static readonly string[] NotData = ["type", "label", "display name", "phonetic", "yomi", "assistant", "fax"];

    private static readonly HashSet<ImportField> ManyColumnFields = [ImportField.Email, ImportField.Phone, ImportField.Notes];

    public static ColumnMapping Guess(IReadOnlyList<string> headers)
    {
        var candidates = headers
            .Select((header, column) => (Header: header, Column: column, Guess: GuessOne(HeaderSignature.NormalizeHeader(header))))
            .Where(c => c.Guess.Field != ImportField.Ignore)
            .ToList();

        var fieldByHeader = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(c => c.Guess.Field))
        {
            var chosen = ManyColumnFields.Contains(group.Key)
                ? group
                : group.OrderBy(c => c.Guess.Rank).ThenBy(c => c.Column).Take(1);
            foreach (var candidate in chosen)
            {
                fieldByHeader.TryAdd(candidate.Header, group.Key);
            }
        }

        return new ColumnMapping(fieldByHeader);
    }

    private static (ImportField Field, int Rank) GuessOne(string header)
    {
        if (ExactIndex.TryGetValue(header, out var exact))
        {
            return exact;
        }

        // Google numbers its repeated columns: "E-mail 2 - Value", "Phone 3 - Value"; their "- Type"/"- Label" twins are not
        // data, and neither are Outlook's "E-mail Display Name", Google's "Phonetic…" and Japanese "Yomi" readings.
        if (NotData.Any(word => header.Contains(word, StringComparison.Ordinal)))
        {
            return (ImportField.Ignore, 0);
        }

        if (NumberedValue().Match(header) is { Success: true } numbered)
        {
            return numbered.Groups["kind"].Value switch
            {
                "e-mail" or "email" => (ImportField.Email, LooseRank),
                "phone" => (ImportField.Phone, LooseRank),
                "website" => (ImportField.Website, LooseRank),
                _ => (ImportField.Ignore, 0),
            };
        }

        return header switch
        {
            _ when header.Contains("linkedin", StringComparison.Ordinal) => (ImportField.LinkedInUrl, LooseRank),
            _ when header.Contains("email", StringComparison.Ordinal) || header.Contains("e-mail", StringComparison.Ordinal) => (ImportField.Email, LooseRank),
            _ when header.Contains("phone", StringComparison.Ordinal) || header.Contains("mobile", StringComparison.Ordinal) => (ImportField.Phone, LooseRank),
            _ when header.Contains("company", StringComparison.Ordinal) || header.Contains("organi", StringComparison.Ordinal) || header.Contains("employer", StringComparison.Ordinal) => (ImportField.Company, LooseRank),
            _ when header.Contains("title", StringComparison.Ordinal) || header.Contains("position", StringComparison.Ordinal) => (ImportField.Title, LooseRank),
            _ when header.Contains("note", StringComparison.Ordinal) => (ImportField.Notes, LooseRank),
            _ => (ImportField.Ignore, 0),
        };
    }

    private static Dictionary<string, (ImportField, int)> BuildIndex()
    {
        var index = new Dictionary<string, (ImportField, int)>(StringComparer.Ordinal);
        foreach (var (field, names) in KnownHeaders)
        {
            for (var rank = 0; rank < names.Length; rank++)
            {
                index.TryAdd(names[rank], (field, rank));
            }
        }

        return index;
    }

    [GeneratedRegex(@"^(?<kind>e-mail|email|phone|website|address|organization|relation|event|im|custom field) \d+ - (value|formatted)$")]
    private static partial Regex NumberedValue();
}
