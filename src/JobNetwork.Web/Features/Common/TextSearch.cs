namespace JobNetwork.Web.Features.Common;

public static class TextSearch
{
    /// <summary>Lower-cased, trimmed search term, or null when there is nothing to search for.</summary>
    public static string? Normalize(string? term)
    {
        var trimmed = term?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }
}
