namespace JobNetwork.Web.Features.Scripts;

/// <summary>
/// The tel:, sms: and mailto: links of a contact. Each is null when the contact has nothing to dial or write to;
/// everything user-typed is percent-encoded, so a name or script can never break out of the link.
/// </summary>
public sealed record OneTapLinks(string? Call, string? Text, string? Email)
{
    public const string EmailSubject = "Quick question";

    public bool Any => Call is not null || Text is not null || Email is not null;

    /// <param name="phone">As typed; only digits and a leading + are dialled.</param>
    /// <param name="script">Prefilled as the email body (and the text message's body).</param>
    public static OneTapLinks For(string? phone, string? email, string? script)
    {
        var dial = Dialable(phone);
        var body = string.IsNullOrWhiteSpace(script) ? "" : Uri.EscapeDataString(script.ReplaceLineEndings("\r\n"));
        var call = dial is null ? null : $"tel:{dial}";
        var text = dial is null ? null : body.Length == 0 ? $"sms:{dial}" : $"sms:{dial}?&body={body}";
        var address = string.IsNullOrWhiteSpace(email) || !email.Contains('@') ? null : email.Trim();
        var mail = address is null
            ? null
            : $"mailto:{Uri.EscapeDataString(address).Replace("%40", "@", StringComparison.Ordinal)}?subject={Uri.EscapeDataString(EmailSubject)}"
              + (body.Length == 0 ? "" : $"&body={body}");
        return new OneTapLinks(call, text, mail);
    }

    /// <summary>Digits with an optional leading +; null when fewer than three digits remain.</summary>
    public static string? Dialable(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 3 ? null : (trimmed.StartsWith('+') ? "+" : "") + digits;
    }
}
