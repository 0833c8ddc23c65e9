using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.JobLeads;

/// <summary>The facts about a contact that attribution needs: their primary string and who referred them.</summary>
public sealed record AttributionContact(int Id, int? PrimaryCircleId, int? ReferredById);

/// <summary>
/// The one rule the coverage dashboard, the lead page and the export credit leads by. A lead credits the contact it
/// came from — for a lead from a referral, the person who gave the referral — and then the string where that
/// contact's chain began: the furthest person up the "referred by" chain (the first referral that named each
/// contact), at most <see cref="ReferredByHops"/> referrers up, who has a primary circle. So a hiring manager a friend
/// told the user about credits "Friends", even though the hiring manager sits in "Met while job hunting".
/// Leads the user found themselves credit no one.
/// The dashboard applies the same rule in SQL (Features/Coverage/CreditedString); docs/decisions/0006-lead-credit-up-the-referral-chain.md
/// and docs/decisions/0014-credit-the-root-of-the-chain.md.
/// </summary>
public static class LeadAttribution
{
    /// <summary>How many referrers up the chain the credit may pass; people further up are not looked at.</summary>
    public const int ReferredByHops = 3;

    public static int? CreditedContactId(LeadSource source, int? contactId, int? referrerId) => source switch
    {
        LeadSource.Contact => contactId,
        LeadSource.Referral => referrerId ?? contactId,
        _ => null,
    };

    public static int? CreditedCircleId(int? creditedContactId, IReadOnlyDictionary<int, AttributionContact> contacts)
    {
        // No cycle check: the walk is bounded by the hops, exactly like the SQL, so both agree even on a referral cycle.
        int? furthestCircle = null;
        var current = creditedContactId;
        for (var hop = 0; hop <= ReferredByHops && current is { } id && contacts.TryGetValue(id, out var contact); hop++)
        {
            // Keep walking: a string further up is where the chain began.
            furthestCircle = contact.PrimaryCircleId ?? furthestCircle;
            current = contact.ReferredById;
        }

        return furthestCircle;
    }
}
