namespace JobNetwork.Web.Features.Share;

/// <summary>
/// The desktop browser's share button: a bookmark whose address is a line of script that opens this instance's
/// /share page with the current tab's title and address, as a phone's share sheet does.
/// </summary>
public static class ShareBookmarklet
{
    /// <param name="baseUri">This instance's address, e.g. "https://jobnetwork.example.com/".</param>
    public static string For(string baseUri)
    {
        // Relative, so an instance served under a path base keeps it. Quotes and backslashes are escaped so the
        // address can never end the script's string early.
        var share = new Uri(new Uri(baseUri), "share").AbsoluteUri
            .Replace("'", "%27", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal);
        return "javascript:(function(){location.href='" + share
            + "?title='+encodeURIComponent(document.title)+'&url='+encodeURIComponent(location.href);})()";
    }
}
