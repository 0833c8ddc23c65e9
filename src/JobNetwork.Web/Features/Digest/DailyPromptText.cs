using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Digest;

/// <summary>The daily prompt's title and lines, the same in the webhook and the push notification.</summary>
public static class DailyPromptText
{
    public static string Title(IReadOnlyList<DailySuggestion> suggestions) =>
        suggestions.FirstOrDefault(s => s.ContactId is not null) is { } first
            ? $"Today: contact {first.ContactName}"
            : "Today: make a list of people you know well";

    public static string Message(IReadOnlyList<DailySuggestion> suggestions) =>
        string.Join("\n", suggestions.Select(s => s.ContactId is null ? $"{s.Reason} {s.WhatToAsk}" : $"{s.ContactName}: {s.WhatToAsk}"));
}
