using System.Net.Http.Json;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Digest;

/// <summary>
/// POSTs the day's suggestions as JSON. The body carries the field names the common receivers read —
/// ntfy and Gotify ("title", "message"), Slack-style ("text") and Discord-style ("content") webhooks — so one
/// payload works for all of them.
/// </summary>
public sealed class WebhookSender(HttpClient http)
{
    public async Task SendAsync(string url, DateOnly day, IReadOnlyList<DailySuggestion> suggestions, CancellationToken cancellationToken)
    {
        var title = suggestions.FirstOrDefault(s => s.ContactId is not null) is { } first
            ? $"Today: contact {first.ContactName}"
            : "Today: make a list of people you know well";
        var message = string.Join("\n", suggestions.Select(s => s.ContactId is null ? $"{s.Reason} {s.WhatToAsk}" : $"{s.ContactName}: {s.WhatToAsk}"));
        var payload = new
        {
            title,
            message,
            text = $"{title}\n{message}",
            content = $"{title}\n{message}",
            day = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            suggestions = suggestions.Select(s => new { contact = s.ContactName, whatToAsk = s.WhatToAsk, reason = s.Reason }),
        };
        using var response = await http.PostAsJsonAsync(url, payload, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
