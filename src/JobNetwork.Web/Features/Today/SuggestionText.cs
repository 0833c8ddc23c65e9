using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Today;

/// <summary>The channel and the two plain sentences — what to ask, and why this person — for each kind of suggestion.</summary>
public static class SuggestionText
{
    public const int MaxTargetsNamed = 3;

    /// <summary>The seed's own words for an empty or exhausted network.</summary>
    public static Suggestion BuildYourList() => new(
        ContactId: null,
        ContactName: "",
        SuggestionKind.BuildYourList,
        AskChannel.Phone,
        WhatToAsk: "Add three of them, then call one and ask if they can help you — find out who they know at companies that might give you jobs.",
        Reason: "Make a list of people you know well.");

    /// <summary>
    /// A call beats a written note, so Phone whenever there is a number. Without one, someone the user knows well is
    /// easy to see, and asking face to face is the next best thing; otherwise email, or a message as the last resort.
    /// </summary>
    public static AskChannel ChannelFor(CandidateContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact switch
        {
            { HasPhone: true } => AskChannel.Phone,
            { Closeness: Closeness.KnowWell } => AskChannel.InPerson,
            { HasEmail: true } => AskChannel.Email,
            _ => AskChannel.Message,
        };
    }

    /// <summary>"who they know at Acme, Globex or Initech", or the seed's general words when there are no targets.</summary>
    public static string WhoTheyKnowAt(IReadOnlyList<string> targetCompanyNames)
    {
        ArgumentNullException.ThrowIfNull(targetCompanyNames);
        var named = targetCompanyNames
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTargetsNamed)
            .ToList();
        return named.Count switch
        {
            0 => "who they know at companies that might give you jobs",
            1 => $"who they know at {named[0]}",
            _ => $"who they know at {string.Join(", ", named[..^1])} or {named[^1]}",
        };
    }

    public static Suggestion For(CandidateContact contact, SuggestionKind kind, string whoTheyKnowAt, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var channel = ChannelFor(contact);
        var reach = Reach(channel, contact.Name);
        var (whatToAsk, reason) = kind switch
        {
            SuggestionKind.FollowUpDue => (
                $"{reach} to follow up, and ask {whoTheyKnowAt}.",
                $"You planned to follow up with {contact.Name} {DaysAgo(contact.FollowUpDueOn ?? today, today)}."),
            SuggestionKind.NamedReferral => (
                $"{reach}, say {contact.ReferredByName ?? "who"} suggested you talk, and ask {whoTheyKnowAt}.",
                contact.ReferredByName is { } referrer
                    ? $"{contact.Name} was named by {referrer} and you have not contacted them yet."
                    : $"{contact.Name} was named to you and you have not contacted them yet."),
            SuggestionKind.InterviewerWhoTurnedYouDown => (
                $"{reach} and ask who else they know — at {contact.CompanyName ?? "their company"} or a friend's.",
                contact.InterviewLeadTitle is { } title
                    ? $"{contact.Name} interviewed you for {title} and turned you down."
                    : $"{contact.Name} interviewed you and turned you down."),
            SuggestionKind.KnowWellNeverAsked => (
                $"{reach} and ask {whoTheyKnowAt}.",
                $"You know {contact.Name} well and have never asked them."),
            SuggestionKind.KeepInTouch => (
                $"{reach} to catch up, and ask {whoTheyKnowAt}.",
                KeepInTouchReason(contact, today)),
            SuggestionKind.HelpedBeforeTryAgain => (
                $"{reach}, thank them again, and ask {whoTheyKnowAt}.",
                $"{contact.Name} helped you before, and you last asked them {DaysAgo(contact.LastAskedOn ?? today, today)}."),
            SuggestionKind.NeverAskedYet => (
                $"{reach} and ask {whoTheyKnowAt}.",
                contact.Closeness == Closeness.MetOnce
                    ? $"You met {contact.Name} once and have never asked them."
                    : $"You know {contact.Name} and have never asked them."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a contact's own kinds have contact text."),
        };
        return new(contact.Id, contact.Name, kind, channel, whatToAsk, reason);
    }

    /// <summary>The rule that chose the person, named in front of the reason so the user can see why the list is ordered as it is.</summary>
    public static string RuleLabel(SuggestionKind kind) => kind switch
    {
        SuggestionKind.FollowUpDue => "Follow-up due",
        SuggestionKind.NamedReferral => "Named to you",
        SuggestionKind.InterviewerWhoTurnedYouDown => "Ask the interviewer",
        SuggestionKind.KnowWellNeverAsked => "Know well, never asked",
        SuggestionKind.NeverAskedYet => "Never asked",
        SuggestionKind.KeepInTouch => "Keep in touch",
        SuggestionKind.HelpedBeforeTryAgain => "Helped before",
        _ => "Start here",
    };

    /// <summary><see cref="RuleLabel(SuggestionKind)"/> for a stored list's kind name; null for a name this version does not know.</summary>
    public static string? RuleLabel(string storedKind) =>
        Enum.TryParse<SuggestionKind>(storedKind, out var kind) ? RuleLabel(kind) : null;

    private static string KeepInTouchReason(CandidateContact contact, DateOnly today)
    {
        var lastAsked = DaysAgo(contact.LastAskedOn ?? today, today);
        var helpedBefore = contact.EverHelped ? ", and they helped you before" : "";
        if (contact.CadenceDays is > 0 and var cadence)
        {
            var who = contact.PrimaryCircleName is { } circle ? $"Your {circle} string asks" : "You ask";
            return $"{who} every {cadence} days, and you last asked {contact.Name} {lastAsked}{helpedBefore}.";
        }

        return $"You last asked {contact.Name} {lastAsked}{helpedBefore}: keep the light from going dark.";
    }

    private static string Reach(AskChannel channel, string name) => channel switch
    {
        AskChannel.Phone => $"Call {name}",
        AskChannel.InPerson => $"See {name} in person",
        AskChannel.Email => $"Email {name}",
        _ => $"Message {name}",
    };

    private static string DaysAgo(DateOnly day, DateOnly today) => SuggestionRules.DaysBetween(day, today) switch
    {
        <= 0 => "today",
        1 => "yesterday",
        var days => $"{days} days ago",
    };
}
