using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.JobLeads;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.JobLeads;

[Trait("Database", "Any")]
public sealed class JobLeadPipelineTests : TwoUserTestBase
{
    private async Task<int> LeadAsync(string title = "Accountant", string company = "Acme")
    {
        var result = await Alice.Leads.CreateAsync(new JobLeadForm { Title = title, CompanyName = company, Source = LeadSource.FoundMyself }, None);
        return result.Id!.Value;
    }

    private async Task<MoveResult> MoveAsync(int id, JobLeadStatus to) =>
        await Alice.Leads.MoveAsync(id, to, (await Alice.Leads.GetAsync(id, None))!.Version, None);

    [Fact]
    public async Task Every_move_keeps_a_history_row_with_its_date()
    {
        var id = await LeadAsync();
        var created = Clock.GetUtcNow().UtcDateTime;
        Clock.Advance(TimeSpan.FromDays(2));
        var applied = Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(SaveStatus.Saved, (await MoveAsync(id, JobLeadStatus.Applied)).Status);
        Clock.Advance(TimeSpan.FromDays(5));
        var interviewing = Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(SaveStatus.Saved, (await MoveAsync(id, JobLeadStatus.Interviewing)).Status);

        var lead = (await Alice.Leads.GetAsync(id, None))!;

        Assert.Equal((JobLeadStatus.Interviewing, interviewing), (lead.Status, lead.StatusChangedAtUtc));
        Assert.Equal(
            [(null, JobLeadStatus.Found, created), (JobLeadStatus.Found, JobLeadStatus.Applied, applied), (JobLeadStatus.Applied, JobLeadStatus.Interviewing, interviewing)],
            lead.History.Select(h => (h.FromStatus, h.ToStatus, h.ChangedAtUtc)));
    }

    [Fact]
    public async Task Moving_to_the_status_it_already_has_adds_no_history()
    {
        var id = await LeadAsync();

        Assert.Equal(SaveStatus.Saved, (await MoveAsync(id, JobLeadStatus.Found)).Status);

        Assert.Single((await Alice.Leads.GetAsync(id, None))!.History);
    }

    [Fact]
    public async Task A_move_with_a_stale_version_is_changed_elsewhere_and_records_nothing()
    {
        var id = await LeadAsync();
        var staleVersion = (await Alice.Leads.GetAsync(id, None))!.Version;
        await MoveAsync(id, JobLeadStatus.Applied);

        var result = await Alice.Leads.MoveAsync(id, JobLeadStatus.Withdrawn, staleVersion, None);

        Assert.Equal(SaveStatus.ChangedElsewhere, result.Status);
        Assert.False(result.OfferInterviewerFollowUp);
        var lead = (await Alice.Leads.GetAsync(id, None))!;
        Assert.Equal(JobLeadStatus.Applied, lead.Status);
        Assert.Equal(2, lead.History.Count);
    }

    [Fact]
    public async Task Moving_a_lead_that_does_not_exist_is_not_found()
    {
        Assert.Equal(SaveStatus.NotFound, (await Alice.Leads.MoveAsync(404, JobLeadStatus.Applied, Guid.NewGuid(), None)).Status);
    }

    [Fact]
    public async Task A_turn_down_after_interviewing_offers_to_follow_up_with_the_interviewer()
    {
        var id = await LeadAsync();
        await MoveAsync(id, JobLeadStatus.Interviewing);

        var result = await MoveAsync(id, JobLeadStatus.TurnedDown);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.True(result.OfferInterviewerFollowUp);
    }

    [Fact]
    public async Task A_turn_down_after_an_offer_or_an_earlier_interview_also_offers_the_follow_up()
    {
        var fromOffer = await LeadAsync("A");
        await MoveAsync(fromOffer, JobLeadStatus.Offer);
        var interviewedEarlier = await LeadAsync("B");
        await MoveAsync(interviewedEarlier, JobLeadStatus.Interviewing);
        await MoveAsync(interviewedEarlier, JobLeadStatus.Applied);

        Assert.True((await MoveAsync(fromOffer, JobLeadStatus.TurnedDown)).OfferInterviewerFollowUp);
        Assert.True((await MoveAsync(interviewedEarlier, JobLeadStatus.TurnedDown)).OfferInterviewerFollowUp);
    }

    [Theory]
    [InlineData(JobLeadStatus.Found)]
    [InlineData(JobLeadStatus.Applied)]
    public async Task A_turn_down_without_an_interview_offers_no_follow_up(JobLeadStatus from)
    {
        var id = await LeadAsync();
        await MoveAsync(id, from);

        Assert.False((await MoveAsync(id, JobLeadStatus.TurnedDown)).OfferInterviewerFollowUp);
    }

}
