namespace JobNetwork.Web.Features.Import;

/// <summary>How two records of the same person are recognised: the same spelling of each key, whatever case or decoration.</summary>
internal static class ImportMatchKeys
{
    public static string Email(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// "https://www.linkedin.com/in/Ann-Lee/", "http://uk.linkedin.com/in/ann-lee?trk=x" and "linkedin.com/in/ann-lee"
    /// are one profile: the key starts at "linkedin.com/" and has no query, fragment or trailing slash.
    /// </summary>
    public static string? LinkedIn(string? url)
    {
        var normalized = Contacts.LinkedInUrls.Normalize(url)?.ToLowerInvariant();
        if (normalized is null)
        {
            return null;
        }

        var host = normalized.IndexOf("linkedin.com/", StringComparison.Ordinal);
        return host >= 0 ? normalized[host..] : normalized;
    }

    public static string NameAndCompany(string name, string? company) =>
        $"{Collapse(name)}\u001F{Collapse(company ?? "")}";

    /// <summary>The name alone: too weak for an import to skip a row on, but worth a look on the duplicates page.</summary>
    public static string Name(string name) => Collapse(name);

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
