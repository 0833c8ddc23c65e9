using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Contacts;

public static class ContactTags
{
    /// <summary>Trimmed, lower-cased and length-limited, so "Mentor" and "mentor " are one tag.</summary>
    public static string? Clean(string? tag)
    {
        var trimmed = tag?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > ContactTag.NameMaxLength ? trimmed[..ContactTag.NameMaxLength] : trimmed;
    }

    public static HashSet<string> CleanAll(IEnumerable<string> tags) =>
        tags.Select(Clean).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
