using PhoneNumbers;

namespace JobNetwork.Web.Features.Contacts;

/// <summary>Phone numbers as people type them, compared in one canonical form (E.164 where libphonenumber can parse it).</summary>
public static class PhoneNumberNormalizer
{
    public const string DefaultRegion = "US";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool LooksLikePhoneNumber(string text)
    {
        var digits = text.Count(char.IsAsciiDigit);
        return digits is >= 5 and <= 17 && text.All(c => char.IsAsciiDigit(c) || " +-().ext/x#*".Contains(c, StringComparison.Ordinal));
    }

    public static string? Normalize(string? text, string defaultRegion = DefaultRegion)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var parsed = Util.Parse(text, defaultRegion);
            if (Util.IsPossibleNumber(parsed))
            {
                return Util.Format(parsed, PhoneNumberFormat.E164);
            }
        }
        catch (NumberParseException)
        {
            // Fall through to bare digits: still good enough to spot the same number typed twice.
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }
}
