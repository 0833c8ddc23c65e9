using System.Text;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Import.VCard;

namespace JobNetwork.Web.Features.Export;

/// <summary>
/// Writes contacts as vCard 3.0 (RFC 2426), which phones and mail programs import: text escaped (backslash, comma,
/// semicolon, line breaks), lines ending in CRLF and folded at 75 octets without splitting a UTF-8 character.
/// </summary>
public static class VCardWriter
{
    public const int MaxLineOctets = 75;

    /// <param name="contacts">With <see cref="Contact.Company"/> and <see cref="Contact.Tags"/> loaded.</param>
    public static string Write(IEnumerable<Contact> contacts)
    {
        var text = new StringBuilder();
        foreach (var contact in contacts)
        {
            WriteCard(text, contact);
        }

        return text.ToString();
    }

    private static void WriteCard(StringBuilder text, Contact contact)
    {
        var (given, family) = SplitName(contact.Name);
        Line(text, "BEGIN:VCARD");
        Line(text, "VERSION:3.0");
        Line(text, $"N:{VCardText.Escape(family)};{VCardText.Escape(given)};;;");
        Line(text, $"FN:{VCardText.Escape(contact.Name)}");
        Optional(text, "ORG", contact.Company?.Name);
        Optional(text, "TITLE", contact.Title);
        Optional(text, "EMAIL;TYPE=INTERNET", contact.Email);
        Optional(text, "TEL;TYPE=VOICE", contact.Phone);
        Optional(text, "URL", contact.LinkedInUrl);
        if (!string.IsNullOrWhiteSpace(contact.Location))
        {
            // The whole location as the town: it is how the user typed it, and it reads back as one value.
            Line(text, $"ADR:;;;{VCardText.Escape(contact.Location)};;;");
        }

        Optional(text, "NOTE", contact.Notes);
        if (contact.Tags.Count > 0)
        {
            Line(text, "CATEGORIES:" + string.Join(',', contact.Tags.Select(t => VCardText.Escape(t.Name)).Order(StringComparer.Ordinal)));
        }

        Line(text, "END:VCARD");
    }

    private static void Optional(StringBuilder text, string property, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Line(text, $"{property}:{VCardText.Escape(value)}");
        }
    }

    /// <summary>"Ann Marie Lee" is given "Ann Marie", family "Lee"; a single word is a given name.</summary>
    private static (string Given, string Family) SplitName(string name)
    {
        var trimmed = name.Trim();
        var lastSpace = trimmed.LastIndexOf(' ');
        return lastSpace < 0 ? (trimmed, "") : (trimmed[..lastSpace].TrimEnd(), trimmed[(lastSpace + 1)..]);
    }

    /// <summary>Appends a content line, folded: after 75 octets a CRLF and a space, which counts toward the next line's 75.</summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
