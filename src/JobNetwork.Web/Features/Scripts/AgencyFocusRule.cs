namespace JobNetwork.Web.Features.Scripts;

public enum FocusFit
{
    /// <summary>No focus on the string or nothing in the profile to compare with: no judgement.</summary>
    Unknown,
    Fits,
    Mismatch,
}

/// <summary>
/// Whether an agency's focus ("nurses, care staff") covers what the user is looking for (roles and industries from
/// the profile). Word-level overlap after light stemming: crude, but it only has to catch the clear mismatch the
/// issue describes, and it says nothing when either side is empty.
/// </summary>
public static class AgencyFocusRule
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "and", "or", "the", "of", "in", "for", "a", "an", "to", "with", "at", "on", "role", "job", "position", "work", "senior",
        "junior", "lead", "staff", "placement", "contract", "permanent", "temp",
    };

    private static readonly HashSet<string> Broad = new(StringComparer.Ordinal) { "general", "all", "any", "every", "generalist" };

    public static FocusFit Match(string? focus, string? rolesSought, string? industries)
    {
        var focusWords = Words(focus);
        var wanted = Words(rolesSought);
        wanted.UnionWith(Words(industries));
        if (focusWords.Count == 0 || wanted.Count == 0)
        {
            return FocusFit.Unknown;
        }

        return focusWords.Overlaps(Broad) || focusWords.Overlaps(wanted) ? FocusFit.Fits : FocusFit.Mismatch;
    }

    /// <summary>Lower-case, stemmed content words: "Nurses, care-staff" gives {nurse, care}.</summary>
    internal static HashSet<string> Words(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        foreach (var raw in text.ToLowerInvariant().Split(c => !char.IsLetterOrDigit(c)))
        {
            if (raw.Length < 2)
            {
                continue;
            }

            var word = Stem(raw);
            if (!Ignored.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Strips common endings until none is left: engineering, engineers and engineer all become "engine".</summary>
    private static string Stem(string word)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var suffix in (string[])["ing", "er", "s"])
            {
                if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    word = word[..^suffix.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return word;
    }
}

file static class SplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                if (i > start)
                {
                    parts.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return [.. parts];
    }
}
