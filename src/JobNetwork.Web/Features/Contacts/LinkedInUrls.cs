namespace JobNetwork.Web.Features.Contacts;

public static class LinkedInUrls
{
    /// <summary>One spelling per profile: no query string, fragment or trailing slash, so the same profile matches however it was pasted.</summary>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        var cut = trimmed.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            trimmed = trimmed[..cut];
        }

        return trimmed.TrimEnd('/');
    }
}
