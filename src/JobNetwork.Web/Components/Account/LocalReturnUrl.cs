namespace JobNetwork.Web.Components.Account;

/// <summary>
/// Turns a caller-supplied return address into a path on this site. Anything that could leave the site
/// (another host, <c>//host</c>, <c>/\host</c>, a <c>javascript:</c> or other scheme, control characters) becomes the home page,
/// so a crafted sign-in link can neither send the user elsewhere nor crash the redirect after the password was accepted.
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    /// <param name="returnUrl">What the link or form carried.</param>
    /// <param name="baseUri">The app's own absolute base (with trailing slash); absolute addresses under it are kept.</param>
    public static string Sanitize(string? returnUrl, string? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(returnUrl))
        {
            return Home;
        }

        var candidate = returnUrl.Trim();
        if (baseUri is not null && candidate.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase))
        {
            candidate = "/" + candidate[baseUri.Length..];
        }
        else if (!candidate.StartsWith('/'))
        {
            // The app's own relative links ("Account/Manage") are fine; a scheme ("javascript:", "https:") is not.
            var firstSeparator = candidate.IndexOfAny(['/', '?', '#']);
            var firstSegment = firstSeparator < 0 ? candidate : candidate[..firstSeparator];
            if (firstSegment.Contains(':'))
            {
                return Home;
            }

            candidate = "/" + candidate;
        }

        var isLocal = candidate.Length == 1
            || (candidate[1] != '/' && candidate[1] != '\\'
                && !candidate.Contains('\\')
                && !candidate.Any(char.IsControl)
                && Uri.IsWellFormedUriString(candidate, UriKind.Relative));
        return isLocal ? candidate : Home;
    }
}
