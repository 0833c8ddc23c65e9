using System.Text;

namespace JobNetwork.Web.Features.Import.VCard;

/// <summary>Decoding and escaping of vCard values: quoted-printable with a charset, backslash escapes, structured values.</summary>
public static class VCardText
{
    /// <summary>The property's value as text, or null for binary values (an embedded PHOTO or sound), which are skipped.</summary>
    public static string? DecodeValue(VCardProperty property)
    {
        var encoding = property.Encoding;
        if (encoding is not null && (encoding.Equals("B", StringComparison.OrdinalIgnoreCase) || encoding.Equals("BASE64", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return encoding is not null && encoding.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase)
            ? DecodeQuotedPrintable(property.RawValue, CharsetEncoding(property.Charset))
            : property.RawValue;
    }

    public static string DecodeQuotedPrintable(string value, Encoding charset)
    {
        var bytes = new List<byte>(value.Length);
        var plain = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                FlushPlain();
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                plain.Append(value[i]);
            }
        }

        FlushPlain();
        return charset.GetString(bytes.ToArray());

        void FlushPlain()
        {
            if (plain.Length > 0)
            {
                // Unencoded characters are ASCII in a well-formed file; UTF-8 keeps any stray non-ASCII ones intact.
                bytes.AddRange(Encoding.UTF8.GetBytes(plain.ToString()));
                plain.Clear();
            }
        }
    }

    /// <summary>Splits a structured value (N, ADR, ORG) on unescaped semicolons, then unescapes each component.</summary>
    public static IReadOnlyList<string> SplitStructured(string value)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                current.Append(value, i, 2);
                i++;
            }
            else if (value[i] == ';')
            {
                parts.Add(Unescape(current.ToString()));
                current.Clear();
            }
            else
            {
                current.Append(value[i]);
            }
        }

        parts.Add(Unescape(current.ToString()));
        return parts;
    }

    /// <summary>Undoes <c>\n</c>, <c>\N</c>, <c>\,</c>, <c>\;</c> and <c>\\</c>; any other backslash is kept as written.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            var next = value[i + 1];
            text.Append(next switch
            {
                'n' or 'N' => "\n",
                ',' or ';' or '\\' => next.ToString(),
                _ => "\\" + next,
            });
            i++;
        }

        return text.ToString();
    }

    /// <summary>Escapes text for a vCard 3.0 value: backslash, comma, semicolon and line breaks.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static Encoding CharsetEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
