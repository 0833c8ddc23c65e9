using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Today;

/// <summary>
/// Everything <see cref="SuggestionEngine"/> needs, loaded by the caller in a few queries, so the engine itself
/// never touches the database and the same snapshot always gives the same answer on the same day.
/// </summary>
/// <param name="TimeZone">The user's zone: "today" is the local date there, not the server's.</param>
/// <param name="Count">How many suggestions the user wants; clamped to 1..5.</param>
/// <param name="Contacts">Every contact of the user, one row each.</param>
/// <param name="TargetCompanyNames">Companies that might give the user a job, in the order to name them; the first three are named.</param>
/// <param name="SuggestedYesterday">Contacts shown yesterday: nobody is suggested two days running.</param>
/// <param name="SnoozedOrSkippedToday">
/// Contacts the user snoozed or pressed Skip on today. Skipping is recorded here, by contact, rather than as a
/// count, because only the id says which card was skipped; the next candidate then moves up and the others stay put.
/// </param>
public sealed record SuggestionInput(
    TimeZoneInfo TimeZone,
    int Count,
    IReadOnlyList<CandidateContact> Contacts,
    IReadOnlyList<string> TargetCompanyNames,
    IReadOnlySet<int> SuggestedYesterday,
    IReadOnlySet<int> SnoozedOrSkippedToday)
{
    /// <summary>Agency strings whose focus doesn't fit the user's search (#18, <see cref="MismatchedAgencyRule"/>).</summary>
    public IReadOnlySet<int> MismatchedAgencyCircleIds { get; init; } = new HashSet<int>();
    /// <summary>
    /// The user's local date the list is for, decided once by the caller (the day it is stored under), so a list
    /// chosen a moment before midnight is not ranked for tomorrow. Null: the engine's clock in <see cref="TimeZone"/>.
    /// </summary>
    public DateOnly? Today { get; init; }
}

/// <summary>One contact as the engine sees it: the facts the priority rules and the wording need, already summarised.</summary>
/// <param name="HasPhone">A phone number is on file: calling is the first choice.</param>
/// <param name="HasEmail">An email address is on file: the fallback when there is no phone.</param>
/// <param name="CompanyName">Where the contact works, named when asking an interviewer who else they know there.</param>
/// <param name="PrimaryCircleId">The contact's primary string. The rules do not need it; it identifies the string named by <paramref name="PrimaryCircleName"/>.</param>
/// <param name="PrimaryCircleName">The primary string's name, used in the keep-in-touch reason.</param>
/// <param name="InUnpluggedCircleOnly">Every string the contact is on is unplugged, so they are out of daily work.</param>
/// <param name="CadenceDays">The primary string's keep-in-touch cadence; null means the default "gone dark" threshold.</param>
/// <param name="LastAskedOn">The date of the contact's latest ask; logging an ask resets keep-in-touch.</param>
/// <param name="EverHelped">Any ask ended Helped, GaveReferral or GaveJobLead.</param>
/// <param name="LastDeclinedOn">The latest ask that ended Declined.</param>
/// <param name="FollowUpDueOn">The earliest of the contact's next follow-up and their open asks' follow-up dates.</param>
/// <param name="IsNamedReferralNotContacted">Someone referred the user to this contact, the referral is still Named and nobody asked them yet.</param>
/// <param name="ReferredByName">Who named them, for "say Dana suggested you talk".</param>
/// <param name="IsInterviewerOfTurnedDownLeadNotAsked">They interviewed the user for a lead that was turned down, and have not been asked since the turn-down.</param>
/// <param name="InterviewLeadTitle">The title of that lead.</param>
public sealed record CandidateContact(
    int Id,
    string Name,
    Closeness Closeness,
    bool HasPhone,
    bool HasEmail,
    string? CompanyName,
    int? PrimaryCircleId,
    string? PrimaryCircleName,
    bool InUnpluggedCircleOnly,
    int? CadenceDays,
    DateOnly? LastAskedOn,
    int TimesAsked,
    bool EverHelped,
    DateOnly? LastDeclinedOn,
    DateOnly? FollowUpDueOn,
    bool IsNamedReferralNotContacted,
    string? ReferredByName,
    bool IsInterviewerOfTurnedDownLeadNotAsked,
    string? InterviewLeadTitle)
{
    public bool NeverAsked => TimesAsked == 0 && LastAskedOn is null;
}
