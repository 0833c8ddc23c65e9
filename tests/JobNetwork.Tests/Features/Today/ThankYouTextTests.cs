using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;

namespace JobNetwork.Tests.Features.Today;

public sealed class ThankYouTextTests
{
    [Fact]
    public void Talking_to_the_person_names_both_ends_of_the_chain() =>
        Assert.Equal("Thank Dana — you talked to Grace", ThankYouText.Talked("Dana", "Grace"));

    [Theory]
    [InlineData(JobLeadStatus.Interviewing, "Thank Dana — Grace's lead got you an interview: Accountant at Acme")]
    [InlineData(JobLeadStatus.Offer, "Thank Dana — Grace's lead became an offer: Accountant at Acme")]
    [InlineData(JobLeadStatus.TurnedDown, "Tell Dana how it went — Acme turned you down for Accountant (Grace's lead); thank them all the same")]
    public void A_lead_move_says_how_it_went(JobLeadStatus status, string expected) =>
        Assert.Equal(expected, ThankYouText.LeadMoved("Dana", "Grace", "Accountant", "Acme", status));

    [Theory]
    [InlineData(JobLeadStatus.Found, false)]
    [InlineData(JobLeadStatus.Applied, false)]
    [InlineData(JobLeadStatus.Interviewing, true)]
    [InlineData(JobLeadStatus.Offer, true)]
    [InlineData(JobLeadStatus.TurnedDown, true)]
    [InlineData(JobLeadStatus.Withdrawn, false)]
    public void Only_interviews_offers_and_turn_downs_are_worth_telling_the_referrer(JobLeadStatus status, bool expected) =>
        Assert.Equal(expected, ThankYouText.IsLeadEvent(status));

    [Fact]
    public void Long_names_are_cut_to_fit_the_column()
    {
        var text = ThankYouText.LeadMoved(new string('D', 200), "Grace", new string('T', 200), "Acme", JobLeadStatus.Offer);
        Assert.Equal(ThankYou.TextMaxLength, text.Length);
    }
}
