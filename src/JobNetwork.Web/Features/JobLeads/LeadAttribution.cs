using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.JobLeads;

/// <summary>The facts about a contact that attribution needs: their primary string and who referred them.</summary>
public sealed record AttributionContact(int Id, int? PrimaryCircleId, int? ReferredById);

/// <summary>
/// The one rule the coverage dashboard counts by. A lead credits the contact it came from — for a lead from a
/// referral, the person who gave the referral — and, through that contact's primary circle, a string. A contact
/// with no primary circle passes the credit up the "referred by" chain (the first referral that named them) to the
/// first contact who has one, at most <see cref="ReferredByHops"/> referrers up. Leads the user found themselves credit no one.
/// The dashboard applies the same rule in SQL (Features/Coverage/CreditedString); docs/decisions/0006-lead-credit-up-the-referral-chain.md.
/// </summary>
public static class LeadAttribution
{
    /// <summary>How many referrers up the chain the credit may pass before it is dropped.</summary>
    public const int ReferredByHops = 3;

    public static int? CreditedContactId(LeadSource source, int? contactId, int? referrerId) => source switch
    {
        LeadSource.Contact => contactId,
        LeadSource.Referral => referrerId ?? contactId,
        _ => null,
    };

    public static int? CreditedCircleId(int? creditedContactId, IReadOnlyDictionary<int, AttributionContact> contacts)
    {
        var visited = new HashSet<int>();
        var current = creditedContactId;
        for (var hop = 0; hop <= ReferredByHops && current is { } id && visited.Add(id) && contacts.TryGetValue(id, out var contact); hop++)
        {
            if (contact.PrimaryCircleId is { } circleId)
            {
                return circleId;
            }

            current = contact.ReferredById;
        }

        return null;
    }
}
