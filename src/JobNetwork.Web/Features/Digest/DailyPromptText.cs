using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;

namespace JobNetwork.Web.Features.Digest;

/// <summary>The daily prompt's title and lines, the same in the webhook and the push notification.</summary>
public static class DailyPromptText
{
    public static string Title(IReadOnlyList<DailySuggestion> suggestions) =>
        suggestions.FirstOrDefault(s => s.ContactId is not null) is { } first
            ? $"Today: contact {first.ContactName}"
            : "Today: make a list of people you know well";

    /// <summary>One line per suggestion, then one per thank-you due ("Thank Dana — you talked to Grace").</summary>
    public static string Message(IReadOnlyList<DailySuggestion> suggestions, IReadOnlyList<ThankYouRow>? thankYous = null) =>
        string.Join("\n", suggestions.Select(s => s.ContactId is null ? $"{s.Reason} {s.WhatToAsk}" : $"{s.ContactName}: {s.WhatToAsk}")
            .Concat((thankYous ?? []).Select(t => t.Text)));
}
