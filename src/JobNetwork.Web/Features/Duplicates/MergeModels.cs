using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Web.Features.Duplicates;

/// <summary>One contact of a merge as the side-by-side view shows it, with what hangs on it.</summary>
public sealed record MergeSideView(Contact Contact, int Asks, int Referrals, int Leads)
{
    public IReadOnlyList<string> Circles => Contact.Memberships.Select(m => m.Circle.Name).Order(StringComparer.CurrentCultureIgnoreCase).ToList();

    public IReadOnlyList<string> Tags => Contact.Tags.Select(t => t.Name).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
}

/// <summary>Two contacts about to be merged: <see cref="Survivor"/> stays, <see cref="Duplicate"/> goes to the Trash.</summary>
public sealed record MergeCandidate(MergeSideView Survivor, MergeSideView Duplicate)
{
    /// <summary>The fields whose values differ: the only ones the user has to choose for.</summary>
    public IReadOnlyList<MergeField> DifferingFields => Enum.GetValues<MergeField>()
        .Where(f => !string.Equals(MergeFields.Display(Survivor.Contact, f), MergeFields.Display(Duplicate.Contact, f), StringComparison.Ordinal))
        .ToList();
}

/// <summary>
/// Merge <see cref="DuplicateId"/> into <see cref="SurvivorId"/>, as both were when the user saw them (the versions), keeping
/// the chosen value of each field (a field not listed keeps the survivor's value).
/// </summary>
public sealed record MergeRequest(int SurvivorId, Guid SurvivorVersion, int DuplicateId, Guid DuplicateVersion, IReadOnlyDictionary<MergeField, MergeSide> Choices);

public enum MergeStatus
{
    Merged,
    /// <summary>One of the two is not the user's, or no longer exists.</summary>
    NotFound,
    /// <summary>One of the two changed since the user looked; reload and choose again.</summary>
    Conflict,
}

public sealed record MergeResult(MergeStatus Status, string Message, TrashReceipt? Receipt = null)
{
    public bool Succeeded => Status == MergeStatus.Merged;
}

/// <summary>What a merge moved onto or added to the survivor, so Undo moves exactly that back.</summary>
public sealed record MergeMoves(
    List<int> Asks, List<int> ReferralsGiven, List<int> ReferralsReceived, List<int> LeadsSourced, List<int> LeadsInterviewed,
    List<int> Suggestions, List<int> CirclesAdded, List<string> TagsAdded);
