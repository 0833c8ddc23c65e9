using System.Text;

namespace JobNetwork.Web.Features.Import.VCard;

/// <summary>
/// Turns vCard text into logical lines: folded lines (a line break followed by a space or tab) are joined, and so are
/// vCard 2.1 quoted-printable values whose lines end in a soft break ("=" at the end of the line).
/// </summary>
public static class VCardLineReader
{
    /// <summary>
    /// The longest logical line read, in characters: room for an embedded photo of a few hundred KB, not for a whole
    /// file folded into one line.
    /// </summary>
    public const int MaxLogicalLineLength = 1_000_000;

    /// <exception cref="ImportLimitException">A logical line is longer than <see cref="MaxLogicalLineLength"/>.</exception>
    public static IEnumerable<string> LogicalLines(string text, CancellationToken cancellationToken = default)
    {
        // Each physical line is looked at once: the value colon and the quoted-printable flag of the logical line are
        // found as its text arrives, never by rescanning the joined line (which made soft-break chains quadratic).
        var current = new StringBuilder();
        var header = new HeaderScan();
        var hasCurrent = false;
        var continuesQuotedPrintable = false;
        var lineNumber = 0;
        foreach (var line in PhysicalLines(text))
        {
            if ((++lineNumber & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (hasCurrent && continuesQuotedPrintable)
            {
                // The soft break's "=" was dropped already; the next line carries on the encoded value as it is.
                current.Append(line);
                header.Feed(line);
            }
            else if (hasCurrent && line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                current.Append(line, 1, line.Length - 1);
                header.Feed(line.AsSpan(1));
            }
            else
            {
                if (hasCurrent)
                {
                    yield return current.ToString();
                }

                current.Clear().Append(line);
                header = new HeaderScan();
                header.Feed(line);
                hasCurrent = line.Length > 0;
            }

            if (current.Length > MaxLogicalLineLength)
            {
                throw TooLong(lineNumber);
            }

            continuesQuotedPrintable = hasCurrent && current.Length > 0 && current[^1] == '=' && header.IsQuotedPrintable;
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

    private static ImportLimitException TooLong(int lineNumber) => new(string.Create(System.Globalization.CultureInfo.CurrentCulture,
        $"Line {lineNumber:N0} of the file makes one vCard property longer than {MaxLogicalLineLength:N0} characters. The file is probably damaged; export the contacts again and retry."));

    /// <summary>
    /// Finds the colon that ends a property's name and parameters as the logical line's text arrives, so each character
    /// is looked at once, and remembers whether those parameters say QUOTED-PRINTABLE.
    /// </summary>
    private sealed class HeaderScan
    {
        private readonly StringBuilder nameAndParameters = new();
        private bool quoted;
        private bool colonFound;

        public bool IsQuotedPrintable { get; private set; }

        public void Feed(ReadOnlySpan<char> text)
        {
            for (var i = 0; i < text.Length && !colonFound; i++)
            {
                switch (text[i])
                {
                    case '"':
                        quoted = !quoted;
                        break;
                    case ':' when !quoted:
                        colonFound = true;
                        IsQuotedPrintable = nameAndParameters.Length > 0
                            && nameAndParameters.ToString().Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
                        continue;
                }

                nameAndParameters.Append(text[i]);
            }
        }
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
