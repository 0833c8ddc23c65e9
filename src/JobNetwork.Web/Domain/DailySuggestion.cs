namespace JobNetwork.Web.Domain;

/// <summary>
/// One of the day's suggestions, kept so the list stays the same all day (and across devices), so Done, Snooze and
/// Skip stick, and so tomorrow's list can avoid suggesting the same person two days running.
/// </summary>
public class DailySuggestion : OwnedEntity, ITrashable
{
    public const int TextMaxLength = 500;

    /// <summary>The user's local date the suggestion is for.</summary>
    public DateOnly Day { get; set; }

    public int Position { get; set; }

    /// <summary>Null for the "make a list of people you know well" suggestion.</summary>
    public int? ContactId { get; set; }

    public string ContactName { get; set; } = "";

    public string Kind { get; set; } = "";

    public AskChannel SuggestedChannel { get; set; }

    public string WhatToAsk { get; set; } = "";

    public string Reason { get; set; } = "";

    public DailySuggestionStatus Status { get; set; }

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}

public enum DailySuggestionStatus
{
    Open,
    Done,
    Snoozed,
    Skipped,
}
