using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Today;

/// <summary>One thing to do today: who to contact, how, what to ask, and why them.</summary>
/// <param name="ContactId">Null only for <see cref="SuggestionKind.BuildYourList"/>, which names nobody.</param>
/// <param name="ContactName">Empty for <see cref="SuggestionKind.BuildYourList"/>.</param>
/// <param name="WhatToAsk">One plain sentence the user can act on.</param>
/// <param name="Reason">One plain sentence saying why this person, today.</param>
public sealed record Suggestion(
    int? ContactId,
    string ContactName,
    SuggestionKind Kind,
    AskChannel SuggestedChannel,
    string WhatToAsk,
    string Reason);

/// <summary>
/// Why a contact was picked. Declared in priority order: a lower value always comes first. Stored by name, so the
/// order can change without touching stored lists.
/// </summary>
public enum SuggestionKind
{
    /// <summary>The user planned to follow up with them on or before today.</summary>
    FollowUpDue,

    /// <summary>Someone named them as a person to talk to and the user has not contacted them yet.</summary>
    NamedReferral,

    /// <summary>They interviewed the user for a lead that turned the user down, and have not been asked since.</summary>
    InterviewerWhoTurnedYouDown,

    /// <summary>The user knows them well and has never asked them.</summary>
    KnowWellNeverAsked,

    /// <summary>
    /// Someone the user knows less well and has never asked: the seed's "next, people you know". Never-asked people
    /// come before re-asks: from the second month on, re-asking the same people would starve the rest of the network.
    /// </summary>
    NeverAskedYet,

    /// <summary>Their string's cadence (or the default "gone dark" threshold) has passed since their last ask.</summary>
    KeepInTouch,

    /// <summary>They helped before and their last ask was half a year ago or more.</summary>
    HelpedBeforeTryAgain,

    /// <summary>Nobody is left to suggest: add people first.</summary>
    BuildYourList,
}
