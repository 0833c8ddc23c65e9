using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.Today;

/// <summary>
/// Picks the few people worth asking today. A plain function of the snapshot and the user's local date: the same
/// input gives the same list all day, so refreshing never reshuffles, and equal-priority contacts take turns
/// from one day to the next.
/// </summary>
public sealed class SuggestionEngine(TimeProvider clock)
{
    public const int MinCount = 1;
    public const int MaxCount = 5;

    public IReadOnlyList<Suggestion> Suggest(SuggestionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = input.Today ?? UserClock.Today(input.TimeZone, clock);
        var count = Math.Clamp(input.Count, MinCount, MaxCount);
        var whoTheyKnowAt = SuggestionText.WhoTheyKnowAt(input.TargetCompanyNames);

        var ranked = input.Contacts
            .Where(contact => !SuggestionRules.IsExcluded(contact, input, today))
            .Select(contact => (Contact: contact, Match: SuggestionRules.Match(contact, today)))
            .Where(candidate => candidate.Match is not null)
            .Select(candidate => (candidate.Contact, Match: candidate.Match!.Value))
            .Where(candidate => !MismatchedAgencyRule.SkipsOpenEndedAsk(candidate.Contact, candidate.Match.Kind, input))
            .OrderBy(candidate => candidate.Match.Kind)
            .ThenByDescending(candidate => candidate.Match.Urgency)
            // Equal priority and urgency: take turns by day. Name and id only settle a (vanishingly rare) hash tie.
            .ThenBy(candidate => DailyShuffle.Key(today, candidate.Contact.Id))
            .ThenBy(candidate => candidate.Contact.Name, StringComparer.Ordinal)
            .ThenBy(candidate => candidate.Contact.Id)
            // After sorting, so a contact loaded twice keeps their most pressing reason.
            .DistinctBy(candidate => candidate.Contact.Id)
            .ToList();
        // A follow-up the user planned for today is theirs to keep, whatever string it is on.
        var suggestions = StringSpread.Pick(ranked,
                candidate => candidate.Match.Kind == SuggestionKind.FollowUpDue ? null : candidate.Contact.PrimaryCircleId, count)
            .Select(candidate => SuggestionText.For(candidate.Contact, candidate.Match.Kind, whoTheyKnowAt, today))
            .ToList();

        return suggestions.Count > 0 ? suggestions : [SuggestionText.BuildYourList()];
    }
}
