using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;

namespace JobNetwork.Tests.Features.JobLeads;

public sealed class LeadAttributionTests
{
    private static Dictionary<int, AttributionContact> Contacts(params AttributionContact[] contacts) => contacts.ToDictionary(c => c.Id);

    [Fact]
    public void A_lead_from_a_contact_credits_that_contact()
    {
        Assert.Equal(7, LeadAttribution.CreditedContactId(LeadSource.Contact, contactId: 7, referrerId: 3));
    }

    [Fact]
    public void A_lead_from_a_referral_credits_the_referrer_or_falls_back_to_the_contact()
    {
        Assert.Equal(3, LeadAttribution.CreditedContactId(LeadSource.Referral, contactId: 7, referrerId: 3));
        Assert.Equal(7, LeadAttribution.CreditedContactId(LeadSource.Referral, contactId: 7, referrerId: null));
    }

    [Fact]
    public void A_lead_the_user_found_themselves_credits_no_contact_and_no_circle()
    {
        Assert.Null(LeadAttribution.CreditedContactId(LeadSource.FoundMyself, contactId: 7, referrerId: 3));
        Assert.Null(LeadAttribution.CreditedCircleId(null, Contacts(new AttributionContact(7, 1, null))));
    }

    [Fact]
    public void A_contact_with_a_primary_circle_and_no_referrer_credits_that_circle_directly()
    {
        var contacts = Contacts(new AttributionContact(1, PrimaryCircleId: 10, ReferredById: null), new AttributionContact(2, 20, ReferredById: 1));

        Assert.Equal(10, LeadAttribution.CreditedCircleId(1, contacts));
    }

    [Fact]
    public void A_referred_person_in_their_own_string_still_credits_the_string_where_the_chain_began()
    {
        // Friend (circle 10) → hiring manager (circle 20, "Met while job hunting").
        var contacts = Contacts(new AttributionContact(1, PrimaryCircleId: 10, ReferredById: null), new AttributionContact(2, 20, ReferredById: 1));

        Assert.Equal(10, LeadAttribution.CreditedCircleId(2, contacts));
    }

    [Fact]
    public void A_contact_without_a_primary_circle_passes_the_credit_up_the_referred_by_chain()
    {
        // Friend (in circle 10) → coworker (no circle) → hiring manager (no circle).
        var contacts = Contacts(
            new AttributionContact(1, PrimaryCircleId: 10, ReferredById: null),
            new AttributionContact(2, PrimaryCircleId: null, ReferredById: 1),
            new AttributionContact(3, PrimaryCircleId: null, ReferredById: 2));

        Assert.Equal(10, LeadAttribution.CreditedCircleId(3, contacts));
        Assert.Equal(10, LeadAttribution.CreditedCircleId(2, contacts));
    }

    [Fact]
    public void A_chain_that_never_reaches_a_circle_credits_no_circle()
    {
        var contacts = Contacts(new AttributionContact(1, null, null), new AttributionContact(2, null, ReferredById: 1), new AttributionContact(3, null, ReferredById: 99));

        Assert.Null(LeadAttribution.CreditedCircleId(2, contacts));
        Assert.Null(LeadAttribution.CreditedCircleId(3, contacts)); // The referrer is not among the known contacts.
        Assert.Null(LeadAttribution.CreditedCircleId(42, contacts));
    }

    [Fact]
    public void A_referral_cycle_without_a_circle_ends_instead_of_looping()
    {
        var contacts = Contacts(
            new AttributionContact(1, null, ReferredById: 3),
            new AttributionContact(2, null, ReferredById: 1),
            new AttributionContact(3, null, ReferredById: 2));
        var selfReferred = Contacts(new AttributionContact(5, null, ReferredById: 5));

        Assert.Null(LeadAttribution.CreditedCircleId(2, contacts));
        Assert.Null(LeadAttribution.CreditedCircleId(5, selfReferred));
    }

    [Fact]
    public void A_cycle_still_finds_a_circle_that_is_on_it()
    {
        var contacts = Contacts(
            new AttributionContact(1, PrimaryCircleId: 10, ReferredById: 2),
            new AttributionContact(2, null, ReferredById: 1));

        Assert.Equal(10, LeadAttribution.CreditedCircleId(2, contacts));
    }

    [Fact]
    public void The_credit_passes_up_at_most_three_referrers()
    {
        // 1 is in circle 10; 2 was referred by 1, 3 by 2, 4 by 3, 5 by 4.
        var contacts = Contacts(
            new AttributionContact(1, PrimaryCircleId: 10, ReferredById: null),
            new AttributionContact(2, null, ReferredById: 1),
            new AttributionContact(3, null, ReferredById: 2),
            new AttributionContact(4, null, ReferredById: 3),
            new AttributionContact(5, null, ReferredById: 4));

        Assert.Equal(3, LeadAttribution.ReferredByHops);
        Assert.Equal(10, LeadAttribution.CreditedCircleId(4, contacts));
        Assert.Null(LeadAttribution.CreditedCircleId(5, contacts));
    }
}
