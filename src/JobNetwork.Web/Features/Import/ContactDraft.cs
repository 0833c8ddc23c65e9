using System.ComponentModel.DataAnnotations;
using System.Globalization;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Import;

/// <summary>
/// An imported person cleaned to what a <see cref="Contact"/> can hold: trimmed, cut to the column lengths, one email
/// and one phone (the others, and anything that is not a valid address, number or link, kept in the notes so nothing
/// from the file is lost), plus the keys used to find the same person among existing contacts.
/// </summary>
internal sealed record ContactDraft(
    int RowNumber,
    string Name,
    string? Email,
    string? Phone,
    string? PhoneNormalized,
    string? CompanyName,
    string? Title,
    string? LinkedInUrl,
    string? Location,
    string? Notes,
    string? HowWeMet,
    IReadOnlyList<string> EmailKeys,
    IReadOnlyList<string> PhoneKeys,
    string? LinkedInKey,
    string NameCompanyKey)
{
    private static readonly EmailAddressAttribute EmailRule = new();

    public static ContactDraft From(ImportedContact person, ImportFormat format)
    {
        var extras = new List<string>();
        var emails = person.Emails.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var validEmails = emails.Where(e => e.Length <= Contact.EmailMaxLength && EmailRule.IsValid(e)).ToList();
        var email = validEmails.FirstOrDefault();
        AddExtra(extras, "Other emails", emails.Where(e => e != email));

        var phones = person.Phones.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var validPhones = phones.Where(p => p.Length <= Contact.PhoneMaxLength && PhoneNumberNormalizer.LooksLikePhoneNumber(p)).ToList();
        var phone = validPhones.FirstOrDefault();
        AddExtra(extras, "Other phones", phones.Where(p => p != phone));

        var linkedIn = CleanLinkedInUrl(person.LinkedInUrl);
        if (linkedIn is null && !string.IsNullOrWhiteSpace(person.LinkedInUrl))
        {
            extras.Add($"LinkedIn: {person.LinkedInUrl.Trim()}");
        }

        var name = Fit(CollapseSpaces(person.Name), Contact.NameMaxLength)!;
        var company = Fit(person.Company, Company.NameMaxLength);
        var notes = GenericCsvReader.JoinNonBlank("\n\n", [person.Notes ?? "", string.Join('\n', extras)]);
        return new ContactDraft(
            person.RowNumber,
            name,
            email,
            phone,
            PhoneNumberNormalizer.Normalize(phone),
            company,
            Fit(person.Title, Contact.TitleMaxLength),
            linkedIn,
            Fit(person.Location, Contact.LocationMaxLength),
            Fit(notes, Contact.NotesMaxLength),
            DescribeConnection(person.ConnectedOn, format),
            validEmails.Select(ImportMatchKeys.Email).ToList(),
            validPhones.Select(p => PhoneNumberNormalizer.Normalize(p)).OfType<string>().Distinct().ToList(),
            ImportMatchKeys.LinkedIn(linkedIn),
            ImportMatchKeys.NameAndCompany(name, company));
    }

    /// <summary>A contact already saved, reduced to its match keys, so saved contacts can be matched against each other.</summary>
    public static ContactDraft ForExisting(string name, string? email, string? phoneNormalized, string? linkedInUrl, string? companyName) => new(
        0, name, email, null, phoneNormalized, companyName, null, linkedInUrl, null, null, null,
        string.IsNullOrWhiteSpace(email) ? [] : [ImportMatchKeys.Email(email)],
        phoneNormalized is null ? [] : [phoneNormalized],
        ImportMatchKeys.LinkedIn(linkedInUrl),
        ImportMatchKeys.NameAndCompany(name, companyName));

    /// <summary>LinkedIn writes profile links in full; other sources sometimes leave out the scheme or add tracking.</summary>
    private static string? CleanLinkedInUrl(string? url)
    {
        var normalized = LinkedInUrls.Normalize(url);
        if (normalized is null)
        {
            return null;
        }

        if (!normalized.Contains("://", StringComparison.Ordinal) && GenericCsvReader.IsLinkedInUrl(normalized))
        {
            normalized = "https://" + normalized;
        }

        return normalized.Length <= Contact.UrlMaxLength && HttpUrlAttribute.IsHttpUrl(normalized) ? normalized : null;
    }

    private static string? DescribeConnection(DateOnly? connectedOn, ImportFormat format) => (connectedOn, format) switch
    {
        ({ } date, ImportFormat.LinkedInCsv) => string.Create(CultureInfo.InvariantCulture, $"Connected on LinkedIn on {date:d MMM yyyy}"),
        (null, ImportFormat.LinkedInCsv) => "Connected on LinkedIn",
        ({ } date, _) => string.Create(CultureInfo.InvariantCulture, $"Connected on {date:d MMM yyyy}"),
        _ => null,
    };

    private static void AddExtra(List<string> extras, string label, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            extras.Add($"{label}: {string.Join(", ", list)}");
        }
    }

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static string? Fit(string? text, int maxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // Cut with an ellipsis so the user can tell the text was longer than the field allows.
        return trimmed.Length <= maxLength ? trimmed : trimmed[..(maxLength - 1)].TrimEnd() + "…";
    }
}
