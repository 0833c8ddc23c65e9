using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.JobLeads;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.JobLeads;

[Trait("Database", "Any")]
public sealed class AddInterviewerTests : TwoUserTestBase
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private async Task<int> TurnedDownLeadAsync()
    {
        var id = (await Alice.Leads.CreateAsync(new JobLeadForm { Title = "Controller", CompanyName = "Acme", Source = LeadSource.FoundMyself }, None)).Id!.Value;
        await Alice.Leads.MoveAsync(id, JobLeadStatus.Interviewing, (await Alice.Leads.GetAsync(id, None))!.Version, None);
        await Alice.Leads.MoveAsync(id, JobLeadStatus.TurnedDown, (await Alice.Leads.GetAsync(id, None))!.Version, None);
        return id;
    }

    [Fact]
    public async Task The_interviewer_becomes_a_contact_in_a_new_met_while_job_hunting_circle_due_for_follow_up_tomorrow()
    {
        var leadId = await TurnedDownLeadAsync();

        var result = await Alice.Leads.AddInterviewerAsync(leadId, "  Ian Interviewer ", Today, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var ian = (await Alice.Contacts.GetAsync(result.Id!.Value, None))!;
        Assert.Equal(("Ian Interviewer", Closeness.MetOnce, new DateOnly(2026, 6, 16), "Acme", "Interviewed me for Controller at Acme"),
            (ian.Name, ian.Closeness, ian.NextFollowUpOn, ian.Company?.Name, ian.HowWeMet));
        var membership = Assert.Single(ian.Memberships);
        Assert.True(membership.IsPrimary);
        Assert.Equal((CircleKind.MetWhileJobHunting, "Met while job hunting", Today), (membership.Circle.Kind, membership.Circle.Name, membership.Circle.PluggedInOn));
        Assert.Equal(ian.Id, (await Alice.Leads.GetAsync(leadId, None))!.InterviewerContactId);
    }

    [Fact]
    public async Task An_existing_plugged_in_met_while_job_hunting_circle_is_reused()
    {
        var hunting = await Alice.AddCircleAsync("People I met at interviews", CircleKind.MetWhileJobHunting);
        var leadId = await TurnedDownLeadAsync();

        var result = await Alice.Leads.AddInterviewerAsync(leadId, "Ian", Today, None);

        Assert.Equal(hunting, Assert.Single((await Alice.Contacts.GetAsync(result.Id!.Value, None))!.Memberships).CircleId);
        await using var db = Alice.Db();
        Assert.Equal(1, await db.Circles.CountAsync());
    }

    [Fact]
    public async Task An_unplugged_met_while_job_hunting_circle_is_not_used()
    {
        var unplugged = await Alice.AddCircleAsync("Old hunt", CircleKind.MetWhileJobHunting);
        await Alice.Circles.SetPluggedInAsync(unplugged, false, None);
        var leadId = await TurnedDownLeadAsync();

        var result = await Alice.Leads.AddInterviewerAsync(leadId, "Ian", Today, None);

        var membership = Assert.Single((await Alice.Contacts.GetAsync(result.Id!.Value, None))!.Memberships);
        Assert.NotEqual(unplugged, membership.CircleId);
        Assert.True(membership.Circle.IsPluggedIn);
    }

    [Fact]
    public async Task Once_the_interviewer_is_added_a_later_turn_down_offers_no_follow_up()
    {
        var leadId = await TurnedDownLeadAsync();
        await Alice.Leads.AddInterviewerAsync(leadId, "Ian", Today, None);
        await Alice.Leads.MoveAsync(leadId, JobLeadStatus.Interviewing, (await Alice.Leads.GetAsync(leadId, None))!.Version, None);

        var again = await Alice.Leads.MoveAsync(leadId, JobLeadStatus.TurnedDown, (await Alice.Leads.GetAsync(leadId, None))!.Version, None);

        Assert.False(again.OfferInterviewerFollowUp);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_interviewer_name_is_invalid_and_nothing_is_created(string name)
    {
        var leadId = await TurnedDownLeadAsync();

        Assert.Equal(SaveStatus.Invalid, (await Alice.Leads.AddInterviewerAsync(leadId, name, Today, None)).Status);

        await using var db = Alice.Db();
        Assert.False(await db.Contacts.AnyAsync());
        Assert.False(await db.Circles.AnyAsync());
    }

    [Fact]
    public async Task A_lead_that_does_not_exist_is_not_found_and_creates_no_circle()
    {
        Assert.Equal(SaveStatus.NotFound, (await Alice.Leads.AddInterviewerAsync(77, "Ian", Today, None)).Status);

        await using var db = Alice.Db();
        Assert.False(await db.Circles.AnyAsync());
    }
}
