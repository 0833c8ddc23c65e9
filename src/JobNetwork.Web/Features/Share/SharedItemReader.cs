using System.Globalization;
using System.Text.RegularExpressions;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Share;

/// <summary>What something shared into JobNetwork looks like: a person to add, or a job to add as a lead.</summary>
public abstract record SharedItem;

/// <summary>A LinkedIn profile: the name (blank when nothing gave it away) and the profile's address.</summary>
public sealed record SharedPerson(string Name, string LinkedInUrl) : SharedItem;

/// <summary>Anything else, read as a job posting: its title, a guess at the company (may be blank) and its address.</summary>
public sealed record SharedJob(string Title, string CompanyName, string? Url) : SharedItem
{
    /// <summary>Where it was found, for the lead's "Found via": the site's name without "www.".</summary>
    public string? FoundVia => Uri.TryCreate(Url, UriKind.Absolute, out var uri)
        ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
        : null;
}

/// <summary>
/// Reads what a phone's share sheet (or the bookmarklet) hands over — a title, a text and a URL, any of them missing —
/// into a prefilled contact or lead. A plain rule: nothing is saved here; the user confirms the form.
/// </summary>
public static partial class SharedItemReader
{
    public static SharedItem Read(string? title, string? text, string? url)
    {
        title = Clean(title);
        text = Clean(text);
        // Android apps often put the link in the text rather than the URL field.
        var link = FirstHttpUrl(url) ?? FirstHttpUrl(text);
        var textWithoutLink = text is null ? null : Clean(HttpUrl().Replace(text, " "));

        if (link is not null && LinkedInProfile(link) is { } profile)
        {
            return new SharedPerson(Clip(PersonName(title, textWithoutLink, profile.Slug), Contact.NameMaxLength), profile.Url);
        }

        var (jobTitle, company) = JobTitleAndCompany(title ?? FirstLine(textWithoutLink));
        return new SharedJob(Clip(jobTitle, JobLead.TitleMaxLength), Clip(company, Company.NameMaxLength), link is null ? null : Clip(link, JobLead.UrlMaxLength));
    }

    private static (string Url, string Slug)? LinkedInProfile(string link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || !(uri.Host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !segments[0].Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // One spelling per profile, so a shared profile matches the same person imported from Connections.csv.
        return ($"https://www.linkedin.com/in/{segments[1]}", Uri.UnescapeDataString(segments[1]));
    }

    private static string PersonName(string? title, string? text, string slug)
    {
        // The LinkedIn app: "Check out Ana Lima’s profile on LinkedIn".
        if (text is not null && ProfileShareText().Match(text) is { Success: true } shared)
        {
            return shared.Groups["name"].Value.Trim();
        }

        // A browser tab: "Ana Lima - Senior Engineer - Acme | LinkedIn" or "(3) Ana Lima | LinkedIn".
        if (title is not null)
        {
            var name = SiteSuffix().Replace(title, "");
            name = UnreadCount().Replace(name, "");
            name = name.Split([" - ", " – ", " | "], StringSplitOptions.None)[0].Trim();
            if (name.Length > 0 && !name.Equals("LinkedIn", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        // Only the address: "ana-lima-3b2a1c9" reads as "Ana Lima".
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(char.IsDigit)).ToList();
        return string.Join(' ', words.Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())));
    }

    private static (string Title, string Company) JobTitleAndCompany(string? heading)
    {
        if (heading is null)
        {
            return ("", "");
        }

        var clean = UnreadCount().Replace(SiteSuffix().Replace(heading, ""), "").Trim();
        if (Hiring().Match(clean) is { Success: true } hiring)
        {
            return (hiring.Groups["title"].Value.Trim(), hiring.Groups["company"].Value.Trim());
        }

        if (AtCompany().Match(clean) is { Success: true } at)
        {
            return (at.Groups["title"].Value.Trim(), at.Groups["company"].Value.Trim());
        }

        var parts = clean.Split([" - ", " – ", " | "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 2 ? (parts[0], parts[1]) : (clean, "");
    }

    private static string? FirstHttpUrl(string? text) =>
        text is not null && HttpUrl().Match(text) is { Success: true } match
            && Uri.TryCreate(match.Value.TrimEnd('.', ',', ')', ';'), UriKind.Absolute, out var uri)
            ? uri.AbsoluteUri
            : null;

    private static string? FirstLine(string? text) => text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Clip(string value, int max) => value.Length > max ? value[..max].TrimEnd() : value;

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex HttpUrl();

    [GeneratedRegex(@"check out (?<name>.+?)['’]s? profile", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileShareText();

    [GeneratedRegex(@"\s*[|\-–]\s*(LinkedIn|Indeed(\.com)?|Glassdoor|Welcome to the Jungle|Stack Overflow Jobs)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"^\(\d+\)\s*")]
    private static partial Regex UnreadCount();

    [GeneratedRegex(@"^(?<company>.+?) (is )?hiring (an? )?(?<title>.+?)( in .+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Hiring();

    [GeneratedRegex(@"^(?<title>.+?) (at|@) (?<company>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AtCompany();
}
