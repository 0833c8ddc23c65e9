namespace JobNetwork.Web.Features.Import.VCard;

/// <summary>
/// One vCard content line: <c>[group.]NAME[;param…]:value</c>. Parameters are kept as name/value pairs; a vCard 2.1
/// bare parameter such as <c>CELL</c> or <c>INTERNET</c> becomes <c>TYPE=CELL</c>.
/// </summary>
public sealed record VCardProperty(string? Group, string Name, IReadOnlyList<KeyValuePair<string, string>> Parameters, string RawValue)
{
    private static readonly string[] EncodingWords = ["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"];

    public static VCardProperty? Parse(string line)
    {
        var colon = IndexOutsideQuotes(line, ':', 0);
        if (colon <= 0)
        {
            return null;
        }

        var head = SplitOutsideQuotes(line[..colon], ';');
        var name = head[0].Trim();
        string? group = null;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            group = name[..dot];
            name = name[(dot + 1)..];
        }

        var parameters = head.Skip(1).Where(p => p.Length > 0).Select(ParseParameter).ToList();
        return new VCardProperty(group, name.ToUpperInvariant(), parameters, line[(colon + 1)..]);
    }

    public IEnumerable<string> ValuesOf(string parameter) =>
        Parameters.Where(p => string.Equals(p.Key, parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public bool HasType(string type) => ValuesOf("TYPE").Any(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));

    public string? Encoding => ValuesOf("ENCODING").FirstOrDefault();

    public string? Charset => ValuesOf("CHARSET").FirstOrDefault();

    private static KeyValuePair<string, string> ParseParameter(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            var bare = parameter.Trim();
            var key = EncodingWords.Contains(bare, StringComparer.OrdinalIgnoreCase) ? "ENCODING" : "TYPE";
            return new(key, bare);
        }

        return new(parameter[..equals].Trim().ToUpperInvariant(), parameter[(equals + 1)..].Trim().Trim('"'));
    }

    private static int IndexOutsideQuotes(string text, char wanted, int start)
    {
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == wanted && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        int next;
        while ((next = IndexOutsideQuotes(text, separator, start)) >= 0)
        {
            parts.Add(text[start..next]);
            start = next + 1;
        }

        parts.Add(text[start..]);
        return parts;
    }
}
