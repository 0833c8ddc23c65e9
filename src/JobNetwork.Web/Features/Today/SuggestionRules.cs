using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Today;

/// <summary>Which priority rule a contact falls under today, and how urgent they are within it.</summary>
/// <param name="Urgency">Higher comes first within the same kind, e.g. days overdue.</param>
public readonly record struct RuleMatch(SuggestionKind Kind, int Urgency);

/// <summary>The rules that decide who may be suggested and under which priority.</summary>
public static class SuggestionRules
{
    /// <summary>Without a string cadence, someone last asked this long ago has gone dark.</summary>
    public const int DarkAfterDays = 30;

    /// <summary>Someone who helped once is worth another try after about half a year.</summary>
    public const int TryAgainAfterDays = 180;

    /// <summary>Someone who declined is left alone this long so the user does not pester them.</summary>
    public const int RestAfterDeclineDays = 90;

    public static bool IsExcluded(CandidateContact contact, SuggestionInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(input);
        return contact.InUnpluggedCircleOnly
            || input.SuggestedYesterday.Contains(contact.Id)
            || input.SnoozedOrSkippedToday.Contains(contact.Id)
            || DeclinedRecently(contact, today)
            || FollowUpPlannedLater(contact, today);
    }

    /// <summary>The first rule, in priority order, that the contact meets; null when none does.</summary>
    public static RuleMatch? Match(CandidateContact contact, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);

        if (contact.FollowUpDueOn is { } due && due <= today)
        {
            return new(SuggestionKind.FollowUpDue, DaysBetween(due, today));
        }

        if (contact.IsNamedReferralNotContacted)
        {
            return new(SuggestionKind.NamedReferral, 0);
        }

        if (contact.IsInterviewerOfTurnedDownLeadNotAsked)
        {
            return new(SuggestionKind.InterviewerWhoTurnedYouDown, 0);
        }

        if (contact.NeverAsked)
        {
            // Seed order: people you know well first, then people you know, then people met once.
            return contact.Closeness == Closeness.KnowWell
                ? new(SuggestionKind.KnowWellNeverAsked, 0)
                : new(SuggestionKind.NeverAskedYet, contact.Closeness == Closeness.Know ? 1 : 0);
        }

        if (contact.LastAskedOn is not { } lastAsked)
        {
            return null;
        }

        var daysSinceAsked = DaysBetween(lastAsked, today);
        var keepInTouchDays = KeepInTouchDays(contact);
        if (daysSinceAsked >= keepInTouchDays)
        {
            return new(SuggestionKind.KeepInTouch, daysSinceAsked - keepInTouchDays);
        }

        // Only reachable when a string's cadence is longer than half a year: everyone else who helped and went
        // quiet that long is already due to keep in touch, and that reason says they helped before.
        if (contact.EverHelped && daysSinceAsked >= TryAgainAfterDays)
        {
            return new(SuggestionKind.HelpedBeforeTryAgain, daysSinceAsked);
        }

        return null;
    }

    /// <summary>The string's cadence when it has a sensible one, otherwise the default "gone dark" threshold.</summary>
    public static int KeepInTouchDays(CandidateContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.CadenceDays is > 0 and var cadence ? cadence : DarkAfterDays;
    }

    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static bool DeclinedRecently(CandidateContact contact, DateOnly today) =>
        contact.LastDeclinedOn is { } declined && DaysBetween(declined, today) < RestAfterDeclineDays;

    // The user already chose a later day for this person; suggesting them sooner would second-guess that plan.
    private static bool FollowUpPlannedLater(CandidateContact contact, DateOnly today) =>
        contact.FollowUpDueOn is { } due && due > today;
}
