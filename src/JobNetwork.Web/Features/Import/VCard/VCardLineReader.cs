using System.Text;

namespace JobNetwork.Web.Features.Import.VCard;

/// <summary>
/// Turns vCard text into logical lines: folded lines (a line break followed by a space or tab) are joined, and so are
/// vCard 2.1 quoted-printable values whose lines end in a soft break ("=" at the end of the line).
/// </summary>
public static class VCardLineReader
{
    public static IEnumerable<string> LogicalLines(string text)
    {
        var current = new StringBuilder();
        var hasCurrent = false;
        var continuesQuotedPrintable = false;
        foreach (var line in PhysicalLines(text))
        {
            if (hasCurrent && continuesQuotedPrintable)
            {
                // The soft break's "=" was dropped already; the next line carries on the encoded value as it is.
                current.Append(line);
            }
            else if (hasCurrent && line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                current.Append(line, 1, line.Length - 1);
            }
            else
            {
                if (hasCurrent)
                {
                    yield return current.ToString();
                }

                current.Clear().Append(line);
                hasCurrent = line.Length > 0;
            }

            continuesQuotedPrintable = hasCurrent && EndsWithSoftBreak(current);
            if (continuesQuotedPrintable)
            {
                current.Length--;
            }
        }

        if (hasCurrent)
        {
            yield return current.ToString();
        }
    }

    private static bool EndsWithSoftBreak(StringBuilder line)
    {
        if (line.Length == 0 || line[^1] != '=')
        {
            return false;
        }

        var colon = IndexOfValueColon(line);
        return colon > 0 && line.ToString(0, colon).Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
    }

    private static int IndexOfValueColon(StringBuilder line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ':' when !quoted:
                    return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string> PhysicalLines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                yield return text[start..];
                yield break;
            }

            yield return text.Substring(start, end);
            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
        }
    }
}
