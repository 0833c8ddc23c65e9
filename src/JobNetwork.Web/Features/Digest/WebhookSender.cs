using System.Net.Http.Json;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;
using JobNetwork.Web.Infrastructure;

namespace JobNetwork.Web.Features.Digest;

/// <summary>
/// POSTs the day's suggestions as JSON. The body carries the field names the common receivers read —
/// ntfy and Gotify ("title", "message"), Slack-style ("text") and Discord-style ("content") webhooks — so one
/// payload works for all of them. The client is a guarded one (<see cref="GuardedHttpClient"/>): it refuses private
/// addresses, follows no redirects and logs no URLs.
/// </summary>
public sealed class WebhookSender(HttpClient http)
{
    /// <returns>Null when delivered; otherwise a plain reason for the user ("refused: private address", "timed out", "HTTP 500").</returns>
    public async Task<string?> SendAsync(string url, DateOnly day, IReadOnlyList<DailySuggestion> suggestions, CancellationToken cancellationToken,
        IReadOnlyList<ThankYouRow>? thankYous = null)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return OutboundFailure.InvalidUrl;
        }

        var title = DailyPromptText.Title(suggestions);
        var message = DailyPromptText.Message(suggestions, thankYous);
        var payload = new
        {
            title,
            message,
            text = $"{title}\n{message}",
            content = $"{title}\n{message}",
            day = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            suggestions = suggestions.Select(s => new { contact = s.ContactName, whatToAsk = s.WhatToAsk, reason = s.Reason }),
            thankYous = (thankYous ?? []).Select(t => new { referrer = t.ReferrerName, text = t.Text }),
        };
        try
        {
            using var response = await http.PostAsJsonAsync(uri, payload, cancellationToken);
            return response.IsSuccessStatusCode ? null : OutboundFailure.Status(response.StatusCode);
        }
        catch (Exception exception) when (OutboundFailure.Describe(exception, cancellationToken) is { } reason)
        {
            return reason;
        }
    }
}
