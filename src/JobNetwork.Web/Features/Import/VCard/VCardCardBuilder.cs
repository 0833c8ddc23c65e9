namespace JobNetwork.Web.Features.Import.VCard;

/// <summary>Collects the properties of one card and turns them into an <see cref="ImportedContact"/>.</summary>
internal sealed class VCardCardBuilder(int number)
{
    private string? formattedName;
    private string? structuredName;
    private string? company;
    private string? title;
    private string? note;
    private string? linkedInUrl;
    private string? location;
    private readonly List<string> emails = [];
    private readonly List<string> phones = [];
    private bool hasPreferredEmail;
    private bool hasPreferredPhone;

    public int Number { get; } = number;

    public void Add(VCardProperty property)
    {
        var value = VCardText.DecodeValue(property);
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        switch (property.Name)
        {
            case "FN":
                formattedName ??= Clean(VCardText.Unescape(value));
                break;
            case "N":
                structuredName ??= NameFromParts(VCardText.SplitStructured(value));
                break;
            case "ORG":
                company ??= Clean(VCardText.SplitStructured(value)[0]);
                break;
            case "TITLE":
                title ??= Clean(VCardText.Unescape(value));
                break;
            case "NOTE":
                note ??= Clean(VCardText.Unescape(value));
                break;
            case "EMAIL":
                AddDistinct(emails, StripScheme(VCardText.Unescape(value), "mailto:"), IsPreferred(property), ref hasPreferredEmail);
                break;
            case "TEL":
                AddDistinct(phones, StripScheme(VCardText.Unescape(value), "tel:"), IsPreferred(property), ref hasPreferredPhone);
                break;
            case "URL" or "X-SOCIALPROFILE":
                linkedInUrl ??= LinkedInProfile(property, VCardText.Unescape(value).Trim());
                break;
            case "ADR":
                location ??= LocationFromAddress(VCardText.SplitStructured(value));
                break;
        }
    }

    public ImportedContact? Build()
    {
        var name = formattedName ?? structuredName;
        return name is null ? null : new ImportedContact(Number, name, emails, phones, company, title, linkedInUrl, location, note);
    }

    /// <summary>N is family;given;additional;prefix;suffix. People are called by "given additional family".</summary>
    private static string? NameFromParts(IReadOnlyList<string> parts)
    {
        string Part(int i) => i < parts.Count ? parts[i] : "";
        return GenericCsvReader.JoinNonBlank(" ", [Part(1), Part(2), Part(0)]);
    }

    /// <summary>ADR is pobox;extended;street;locality;region;postal code;country. Only a town and region make a simple location.</summary>
    private static string? LocationFromAddress(IReadOnlyList<string> parts)
    {
        string Part(int i) => i < parts.Count ? parts[i].Replace('\n', ' ').Trim() : "";
        return GenericCsvReader.JoinNonBlank(", ", [Part(3), Part(4)])
            ?? (Part(2).Length == 0 ? Clean(Part(6)) : null);
    }

    /// <summary>iOS writes profiles as <c>X-SOCIALPROFILE;type=linkedin;x-user=ann:http://…</c>; others use a plain URL.</summary>
    private static string? LinkedInProfile(VCardProperty property, string value)
    {
        if (GenericCsvReader.IsLinkedInUrl(value))
        {
            return value;
        }

        var user = property.ValuesOf("X-USER").FirstOrDefault();
        return property.HasType("linkedin") && !string.IsNullOrWhiteSpace(user) ? $"https://www.linkedin.com/in/{user}" : null;
    }

    /// <summary>2.1 and 3.0 say TYPE=PREF (or a bare PREF); 4.0 says PREF=1.</summary>
    private static bool IsPreferred(VCardProperty property) => property.HasType("PREF") || property.ValuesOf("PREF").Any();

    private static void AddDistinct(List<string> values, string value, bool preferred, ref bool hasPreferred)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || values.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        // The preferred address or number is the one a contact keeps; the others go to its notes.
        if (preferred && !hasPreferred)
        {
            values.Insert(0, trimmed);
            hasPreferred = true;
        }
        else
        {
            values.Add(trimmed);
        }
    }

    private static string StripScheme(string value, string scheme) =>
        value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? value[scheme.Length..] : value;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
