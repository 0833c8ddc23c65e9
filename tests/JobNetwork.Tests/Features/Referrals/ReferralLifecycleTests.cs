using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Referrals;

[Trait("Database", "Any")]
public sealed class ReferralLifecycleTests : TwoUserTestBase
{
    private async Task<(int Ann, int ReferralId)> AnnNamesBenAsync(ReferralStatus status = ReferralStatus.Named)
    {
        var ann = await Alice.AddContactAsync("Ann");
        var id = await Alice.AddReferralAsync(ann, new ReferralForm { NewContactName = "Ben", CompanyName = "Acme", Status = status, Notes = "Knows the CTO" });
        return (ann, id);
    }

    private async Task<ReferralRow> RowAsync(int id) => (await Alice.Referrals.GetAsync(id, None))!;

    [Theory]
    [InlineData(ReferralStatus.IntroRequested)]
    [InlineData(ReferralStatus.Introduced)]
    [InlineData(ReferralStatus.Talked)]
    [InlineData(ReferralStatus.Lead)]
    [InlineData(ReferralStatus.NothingCameOfIt)]
    public async Task Each_move_is_saved_and_dated_in_the_history(ReferralStatus to)
    {
        var (_, id) = await AnnNamesBenAsync();
        Clock.Advance(TimeSpan.FromDays(3));

        var result = await Alice.Referrals.MoveAsync(id, to, (await RowAsync(id)).Version, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var row = await RowAsync(id);
        Assert.Equal(to, row.Status);
        Assert.Equal([ReferralStatus.Named, to], row.History.Select(h => h.ToStatus));
        Assert.Equal(new DateTime(2026, 6, 18, 12, 0, 0), row.History[^1].ChangedAtUtc);
        Assert.Equal(new DateTime(2026, 6, 15, 12, 0, 0), row.History[0].ChangedAtUtc);
    }

    [Fact]
    public async Task The_whole_path_from_named_to_talked_keeps_every_step_in_order()
    {
        var (_, id) = await AnnNamesBenAsync();
        foreach (var step in new[] { ReferralStatus.IntroRequested, ReferralStatus.Introduced, ReferralStatus.Talked })
        {
            Clock.Advance(TimeSpan.FromDays(1));
            Assert.True((await Alice.Referrals.MoveAsync(id, step, (await RowAsync(id)).Version, None)).Succeeded);
        }

        var history = (await RowAsync(id)).History;
        Assert.Equal([ReferralStatus.Named, ReferralStatus.IntroRequested, ReferralStatus.Introduced, ReferralStatus.Talked], history.Select(h => h.ToStatus));
        Assert.Equal(history.Select(h => h.ChangedAtUtc).Order(), history.Select(h => h.ChangedAtUtc));
        await using var db = Unfiltered();
        Assert.Equal([null, ReferralStatus.Named, ReferralStatus.IntroRequested, ReferralStatus.Introduced],
            await db.ReferralStatusChanges.IgnoreQueryFilters().OrderBy(h => h.Id).Select(h => h.FromStatus).ToListAsync());
    }

    [Fact]
    public async Task Moving_to_the_same_step_adds_no_history()
    {
        var (_, id) = await AnnNamesBenAsync(ReferralStatus.IntroRequested);

        await Alice.Referrals.MoveAsync(id, ReferralStatus.IntroRequested, (await RowAsync(id)).Version, None);

        Assert.Single((await RowAsync(id)).History);
    }

    [Fact]
    public async Task A_move_from_a_stale_page_is_refused_and_changes_nothing()
    {
        var (_, id) = await AnnNamesBenAsync();
        var stale = (await RowAsync(id)).Version;
        await Alice.Referrals.MoveAsync(id, ReferralStatus.IntroRequested, stale, None);

        var result = await Alice.Referrals.MoveAsync(id, ReferralStatus.NothingCameOfIt, stale, None);

        Assert.Equal(SaveStatus.ChangedElsewhere, result.Status);
        var row = await RowAsync(id);
        Assert.Equal(ReferralStatus.IntroRequested, row.Status);
        Assert.Equal(2, row.History.Count);
    }

    [Fact]
    public async Task The_note_is_shown_from_both_ends_and_can_be_edited()
    {
        var (ann, id) = await AnnNamesBenAsync();
        var ben = (await RowAsync(id)).ReferredContactId;

        var result = await Alice.Referrals.UpdateNotesAsync(id, "  Call her on Tuesday ", (await RowAsync(id)).Version, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal("Call her on Tuesday", Assert.Single((await Alice.Referrals.ForContactAsync(ann, None)).Given).Notes);
        Assert.Equal("Call her on Tuesday", Assert.Single((await Alice.Referrals.ForContactAsync(ben, None)).Received).Notes);
    }

    [Fact]
    public async Task A_note_edit_from_a_stale_page_or_too_long_is_refused()
    {
        var (_, id) = await AnnNamesBenAsync();
        var stale = (await RowAsync(id)).Version;
        await Alice.Referrals.UpdateNotesAsync(id, "first", stale, None);

        Assert.Equal(SaveStatus.ChangedElsewhere, (await Alice.Referrals.UpdateNotesAsync(id, "second", stale, None)).Status);
        Assert.Equal(SaveStatus.Invalid, (await Alice.Referrals.UpdateNotesAsync(id, new string('x', Referral.NotesMaxLength + 1), (await RowAsync(id)).Version, None)).Status);
        Assert.Equal("first", (await RowAsync(id)).Notes);
    }

    [Fact]
    public async Task A_lead_from_the_referral_moves_it_to_lead()
    {
        var (_, id) = await AnnNamesBenAsync(ReferralStatus.Talked);

        await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = id });

        var row = await RowAsync(id);
        Assert.Equal(ReferralStatus.Lead, row.Status);
        Assert.Equal([ReferralStatus.Talked, ReferralStatus.Lead], row.History.Select(h => h.ToStatus));
    }

    [Fact]
    public async Task Another_user_cannot_move_or_edit_a_referral()
    {
        var (_, id) = await AnnNamesBenAsync();
        var version = (await RowAsync(id)).Version;

        Assert.Equal(SaveStatus.NotFound, (await Bob.Referrals.MoveAsync(id, ReferralStatus.Talked, version, None)).Status);
        Assert.Equal(SaveStatus.NotFound, (await Bob.Referrals.UpdateNotesAsync(id, "mine now", version, None)).Status);
        var row = await RowAsync(id);
        Assert.Equal((ReferralStatus.Named, "Knows the CTO"), (row.Status, row.Notes));
    }
}
