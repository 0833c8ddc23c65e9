using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;
using MimeKit;

namespace JobNetwork.Web.Features.Digest;

/// <summary>The daily email: the day's suggestions as plain text, one per paragraph, then the thank-yous due.</summary>
public static class DigestMessage
{
    public static MimeMessage Build(string from, string to, DateOnly day, IReadOnlyList<DailySuggestion> suggestions, string? appUrl,
        IReadOnlyList<ThankYouRow>? thankYous = null)
    {
        var lines = new List<string> { "Something to do today:", "" };
        foreach (var s in suggestions)
        {
            lines.Add(s.ContactId is null ? s.Reason : $"• {s.ContactName}: {s.WhatToAsk}");
            lines.Add(s.ContactId is null ? s.WhatToAsk : $"  {s.Reason}");
            lines.Add("");
        }

        if (thankYous is { Count: > 0 })
        {
            lines.Add("Close the loop (a call or a short message; it isn't counted as an ask):");
            lines.AddRange(thankYous.Select(t => $"• {t.Text}"));
            lines.Add("");
        }

        if (appUrl is not null)
        {
            lines.Add($"Open today's list: {appUrl.TrimEnd('/')}/today");
        }

        var message = new MimeMessage
        {
            Subject = suggestions.FirstOrDefault(s => s.ContactId is not null) is { } first
                ? $"Today: contact {first.ContactName}{(suggestions.Count > 1 ? $" and {suggestions.Count - 1} more" : "")}"
                : "Today: make a list of people you know well",
            Body = new TextPart("plain") { Text = string.Join("\n", lines) },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("X-JobNetwork-Day", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return message;
    }
}
