namespace JobNetwork.Web.Features.Today;

/// <summary>
/// People on an agency string whose focus doesn't fit the user's search are not suggested for open-ended asks
/// (never asked, keep in touch, try again). A planned follow-up or a named referral still comes through: the user
/// chose those.
/// </summary>
public static class MismatchedAgencyRule
{
    public static bool SkipsOpenEndedAsk(CandidateContact contact, SuggestionKind kind, SuggestionInput input)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(input);
        return contact.PrimaryCircleId is { } circleId
            && input.MismatchedAgencyCircleIds.Contains(circleId)
            && kind is SuggestionKind.KnowWellNeverAsked or SuggestionKind.NeverAskedYet or SuggestionKind.KeepInTouch or SuggestionKind.HelpedBeforeTryAgain;
    }
}
