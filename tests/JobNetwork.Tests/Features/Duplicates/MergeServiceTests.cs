using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Duplicates;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Trash;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Duplicates;

[Trait("Database", "Any")]
public sealed class MergeServiceTests : TwoUserTestBase
{
    private MergeService MergerFor(TestUser user) => new(user.Factory, Clock);

    private static TrashRestorer RestorerFor(TestUser user) => new(user.Factory);

    private sealed record Network(int Ann, int AnnAgain, int Bea, int Cid, int Friends, int Work, int Lead, int Suggestion);

    /// <summary>
    /// Ann (Friends, primary; tagged mentor; asked once; named Bea) and Ann again from another source (Work; tagged
    /// imported; asked twice; named by Cid; named Cid; source and interviewer of a lead; today's suggestion; and a
    /// referral between the two Anns).
    /// </summary>
    private async Task<Network> NetworkAsync()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var work = await Alice.AddCircleAsync("Work", CircleKind.Coworkers);
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", CircleIds = [friends], Tags = ["mentor"], CompanyName = "Acme", Notes = "Met at the meetup" });
        var annAgain = await Alice.AddContactAsync(new ContactForm
        {
            Name = "Ann Lee", CircleIds = [work], Tags = ["imported"], Email = "ann@example.com", Phone = "+44 20 7946 0000", Notes = "From my phone",
        });
        var cid = await Alice.AddContactAsync("Cid", friends);
        await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 1));
        await Alice.LogAskAsync(annAgain, new DateOnly(2026, 6, 2));
        await Alice.LogAskAsync(annAgain, new DateOnly(2026, 6, 3));
        var toBea = await Alice.AddReferralAsync(ann, new ReferralForm { NewContactName = "Bea", CircleId = friends });
        var bea = await Alice.Db().Referrals.Where(r => r.Id == toBea).Select(r => r.ReferredContactId).SingleAsync();
        await Alice.AddReferralAsync(cid, new ReferralForm { ExistingContactId = annAgain });
        await Alice.AddReferralAsync(annAgain, new ReferralForm { ExistingContactId = cid });
        await Alice.AddReferralAsync(annAgain, new ReferralForm { ExistingContactId = ann });
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = annAgain });
        int suggestion;
        await using (var db = Alice.Db())
        {
            var stored = await db.JobLeads.SingleAsync(l => l.Id == lead);
            stored.InterviewerContactId = annAgain;
            var card = new DailySuggestion { Day = new DateOnly(2026, 6, 15), Position = 0, ContactId = annAgain, ContactName = "Ann Lee", Kind = "ask" };
            db.DailySuggestions.Add(card);
            await db.SaveChangesAsync();
            suggestion = card.Id;
        }

        return new Network(ann, annAgain, bea, cid, friends, work, lead, suggestion);
    }

    private async Task<MergeRequest> RequestAsync(int survivor, int duplicate, Dictionary<MergeField, MergeSide>? choices = null)
    {
        var candidate = await MergerFor(Alice).LoadAsync(survivor, duplicate, None);
        Assert.NotNull(candidate);
        return new MergeRequest(survivor, candidate.Survivor.Contact.Version, duplicate, candidate.Duplicate.Contact.Version, choices ?? []);
    }

    private async Task<int> RelationCountAsync()
    {
        await using var db = Alice.Db();
        return await db.Asks.CountAsync() + await db.Referrals.CountAsync() + await db.JobLeads.CountAsync(l => l.SourceContactId != null)
            + await db.JobLeads.CountAsync(l => l.InterviewerContactId != null) + await db.DailySuggestions.CountAsync();
    }

    [Fact]
    public async Task Merging_moves_every_relation_once_unions_circles_and_tags_and_keeps_the_chosen_values()
    {
        var n = await NetworkAsync();
        var before = await RelationCountAsync();

        var result = await MergerFor(Alice).MergeAsync(await RequestAsync(n.Ann, n.AnnAgain, new()
        {
            [MergeField.Email] = MergeSide.Duplicate, [MergeField.Phone] = MergeSide.Duplicate, [MergeField.Notes] = MergeSide.Both,
            [MergeField.Company] = MergeSide.Survivor,
        }), None);

        Assert.Equal(MergeStatus.Merged, result.Status);
        await using var db = Alice.Db();
        Assert.False(await db.Contacts.AnyAsync(c => c.Id == n.AnnAgain));
        var ann = await db.Contacts.Include(c => c.Company).SingleAsync(c => c.Id == n.Ann);
        Assert.Equal(("ann@example.com", "Acme"), (ann.Email, ann.Company!.Name));
        Assert.NotNull(ann.PhoneNormalized);
        Assert.Equal("Met at the meetup\n\nFrom my phone", ann.Notes);
        Assert.Equal(3, await db.Asks.CountAsync(a => a.ContactId == n.Ann));
        Assert.Equal(2, await db.Referrals.CountAsync(r => r.ReferrerId == n.Ann)); // Bea and Cid
        Assert.Equal(1, await db.Referrals.CountAsync(r => r.ReferrerId == n.Cid && r.ReferredContactId == n.Ann));
        Assert.False(await db.Referrals.AnyAsync(r => r.ReferrerId == r.ReferredContactId)); // the Ann-to-Ann referral went with the duplicate
        var lead = await db.JobLeads.SingleAsync(l => l.Id == n.Lead);
        Assert.Equal((n.Ann, n.Ann), (lead.SourceContactId, lead.InterviewerContactId));
        Assert.Equal(n.Ann, (await db.DailySuggestions.SingleAsync(s => s.Id == n.Suggestion)).ContactId);
        var circles = await db.ContactCircles.Where(m => m.ContactId == n.Ann).OrderBy(m => m.CircleId).Select(m => new { m.CircleId, m.IsPrimary }).ToListAsync();
        Assert.Equal([new { CircleId = n.Friends, IsPrimary = true }, new { CircleId = n.Work, IsPrimary = false }], circles);
        Assert.Equal(["imported", "mentor"], await db.ContactTags.Where(t => t.ContactId == n.Ann).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync());
        // Counts before = after: every relation still exists, once, except the one between the two that went to the Trash.
        Assert.Equal(before - 1, await RelationCountAsync());
        Assert.Equal("Merged contact", TrashText.KindLabel(TrashKind.Merge, 1));
        Assert.Equal("Ann Lee, merged into Ann Lee", Assert.Single(await RestorerFor(Alice).ListAsync(None)).Label);
    }

    [Fact]
    public async Task Undo_restores_both_contacts_exactly_as_they_were_and_the_pair_can_be_merged_again()
    {
        var n = await NetworkAsync();
        var before = await SnapshotAsync();

        var result = await MergerFor(Alice).MergeAsync(await RequestAsync(n.Ann, n.AnnAgain, new() { [MergeField.Email] = MergeSide.Duplicate, [MergeField.Notes] = MergeSide.Both }), None);
        var undone = await RestorerFor(Alice).RestoreAsync(result.Receipt!.EntryId, None);

        Assert.Equal(RestoreStatus.Restored, undone.Status);
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await Alice.Db().ContactMerges.AnyAsync());

        var again = await MergerFor(Alice).MergeAsync(await RequestAsync(n.AnnAgain, n.Ann), None);
        Assert.True(again.Succeeded);
        Assert.Equal(3, await Alice.Db().Asks.CountAsync(a => a.ContactId == n.AnnAgain));
    }

    [Fact]
    public async Task Deleting_the_merge_for_good_keeps_the_survivor_with_everything_moved_onto_it()
    {
        var n = await NetworkAsync();
        var result = await MergerFor(Alice).MergeAsync(await RequestAsync(n.Ann, n.AnnAgain), None);

        Assert.True(await RestorerFor(Alice).DeleteForeverAsync(result.Receipt!.EntryId, None));

        await using var db = Unfiltered();
        Assert.False(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == n.AnnAgain));
        Assert.False(await db.ContactMerges.IgnoreQueryFilters().AnyAsync());
        Assert.Equal(3, await db.Asks.IgnoreQueryFilters().CountAsync(a => a.ContactId == n.Ann));
    }

    [Fact]
    public async Task A_merge_from_stale_values_is_refused_and_changes_nothing()
    {
        var n = await NetworkAsync();
        var request = await RequestAsync(n.Ann, n.AnnAgain);
        var form = ContactForm.From((await Alice.Contacts.GetAsync(n.AnnAgain, None))!);
        form.Title = "Edited in another tab";
        await Alice.Contacts.UpdateAsync(n.AnnAgain, form, None);

        var result = await MergerFor(Alice).MergeAsync(request, None);

        Assert.Equal(MergeStatus.Conflict, result.Status);
        Assert.Contains("changed elsewhere", result.Message, StringComparison.Ordinal);
        Assert.Equal(2, await Alice.Db().Asks.CountAsync(a => a.ContactId == n.AnnAgain));
        Assert.Empty(await RestorerFor(Alice).ListAsync(None));
    }

    [Fact]
    public async Task Undo_waits_while_the_survivor_is_in_the_trash()
    {
        var n = await NetworkAsync();
        var merge = await MergerFor(Alice).MergeAsync(await RequestAsync(n.Ann, n.AnnAgain), None);
        var trashed = await new TrashService(Alice.Factory, Clock).MoveToTrashAsync(TrashKind.Contact, n.Ann, None);

        var blocked = await RestorerFor(Alice).RestoreAsync(merge.Receipt!.EntryId, None);

        Assert.Equal(RestoreStatus.Blocked, blocked.Status);
        Assert.True((await RestorerFor(Alice).RestoreAsync(trashed!.EntryId, None)).Succeeded);
        Assert.True((await RestorerFor(Alice).RestoreAsync(merge.Receipt.EntryId, None)).Succeeded);
        Assert.Equal(2, await Alice.Db().Asks.CountAsync(a => a.ContactId == n.AnnAgain));
    }

    [Fact]
    public async Task Another_users_contact_can_be_neither_loaded_nor_merged_nor_merged_into()
    {
        var n = await NetworkAsync();
        var bobs = await Bob.AddContactAsync("Ann Lee");
        var request = await RequestAsync(n.Ann, n.AnnAgain);

        Assert.Null(await MergerFor(Bob).LoadAsync(bobs, n.Ann, None));
        Assert.Equal(MergeStatus.NotFound, (await MergerFor(Bob).MergeAsync(request, None)).Status);
        Assert.Equal(MergeStatus.NotFound, (await MergerFor(Bob).MergeAsync(request with { SurvivorId = bobs }, None)).Status);
        Assert.Equal(MergeStatus.NotFound, (await MergerFor(Alice).MergeAsync(request with { DuplicateId = bobs }, None)).Status);
        Assert.Equal(MergeStatus.NotFound, (await MergerFor(Alice).MergeAsync(request with { DuplicateId = n.Ann }, None)).Status);
        Assert.Equal(2, await Alice.Db().Asks.CountAsync(a => a.ContactId == n.AnnAgain));
        Assert.True(await Bob.Db().Contacts.AnyAsync(c => c.Id == bobs));
    }

    [Fact]
    public async Task The_finder_pairs_look_alikes_the_way_imports_match_plus_the_same_name()
    {
        var n = await NetworkAsync();
        var byEmail = await Alice.AddContactAsync(new ContactForm { Name = "A. Lee", Email = "ANN@example.com" });
        await Bob.AddContactAsync("Cid");

        var pairs = await new DuplicateFinder(Alice.Factory).ListAsync(None);

        Assert.Equal(
            [(n.Ann, n.AnnAgain, "same name"), (n.AnnAgain, byEmail, "email")],
            pairs.Select(p => (p.First.Id, p.Second.Id, p.MatchedOn)).ToList());
        Assert.Equal(1, await new DuplicateFinder(Alice.Factory).CountLookAlikesAsync([byEmail, n.Cid], None));
        Assert.Empty(await new DuplicateFinder(Bob.Factory).ListAsync(None));
    }

    /// <summary>Every row that hangs on a contact, as (what, id, contact ids, flags), plus the two Anns' fields.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = Alice.Db();
        var rows = new List<string>();
        rows.AddRange(await db.Contacts.OrderBy(c => c.Id).Select(c => $"contact {c.Id} {c.Name} {c.Email} {c.Phone} {c.Notes} {c.CompanyId}").ToListAsync());
        rows.AddRange(await db.Asks.OrderBy(a => a.Id).Select(a => $"ask {a.Id} {a.ContactId}").ToListAsync());
        rows.AddRange(await db.Referrals.OrderBy(r => r.Id).Select(r => $"referral {r.Id} {r.ReferrerId} {r.ReferredContactId}").ToListAsync());
        rows.AddRange(await db.JobLeads.OrderBy(l => l.Id).Select(l => $"lead {l.Id} {l.SourceContactId} {l.InterviewerContactId}").ToListAsync());
        rows.AddRange(await db.DailySuggestions.OrderBy(s => s.Id).Select(s => $"suggestion {s.Id} {s.ContactId}").ToListAsync());
        rows.AddRange(await db.ContactCircles.OrderBy(m => m.ContactId).ThenBy(m => m.CircleId).Select(m => $"member {m.ContactId} {m.CircleId} {m.IsPrimary}").ToListAsync());
        rows.AddRange(await db.ContactTags.OrderBy(t => t.ContactId).ThenBy(t => t.Name).Select(t => $"tag {t.ContactId} {t.Name}").ToListAsync());
        return string.Join('\n', rows);
    }
}
