using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Export;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Security;

/// <summary>
/// The service-level half of the IDOR sweep, for what the per-feature isolation tests (circles, companies, contacts,
/// import) and Data/OwnershipTests don't reach: asks, referrals, leads and exports, and every write that names
/// another record by id (a contact, a circle, a referral) — Bob naming Alice's ids is refused and changes nothing.
/// </summary>
[Trait("Database", "Any")]
public sealed class CrossUserServiceSweepTests : TwoUserTestBase
{
    private const string Marker = "ALICE-PRIVATE-9c1e";

    private int aliceCircle;
    private int aliceContact;
    private int aliceAsk;
    private int aliceReferral;
    private int aliceLead;
    private int bobContact;

    [Fact]
    public async Task Bob_cannot_read_asks_referrals_or_leads_by_alices_ids()
    {
        await SeedAsync();

        Assert.Empty(await Bob.Asks.ForContactAsync(aliceContact, None));
        var next = await Bob.Asks.NextToTryAsync(aliceContact, None);
        Assert.True(next is null || !next.Name.Contains(Marker, StringComparison.Ordinal));
        Assert.Null(await Bob.Referrals.GetAsync(aliceReferral, None));
        var (given, received) = await Bob.Referrals.ForContactAsync(aliceContact, None);
        Assert.Empty(given);
        Assert.Empty(received);
        Assert.Empty(await Bob.Referrals.ChainAsync(aliceContact, None));
        Assert.Null(await Bob.Leads.GetAsync(aliceLead, None));
        Assert.Empty((await Bob.Leads.SearchAsync(new JobLeadQuery(), None)).Items);
    }

    [Fact]
    public async Task Bob_cannot_change_or_delete_alices_asks_referrals_or_leads()
    {
        await SeedAsync();
        var before = await SnapshotAsync();

        Assert.False(await Bob.Asks.SetOutcomeAsync(aliceAsk, AskOutcome.Declined, None));
        var referral = await Alice.Referrals.GetAsync(aliceReferral, None);
        Assert.Equal(SaveStatus.NotFound, (await Bob.Referrals.MoveAsync(aliceReferral, ReferralStatus.IntroRequested, referral!.Version, None)).Status);
        var lead = await Alice.Leads.GetAsync(aliceLead, None);
        Assert.NotEqual(SaveStatus.Saved, (await Bob.Leads.MoveAsync(aliceLead, JobLeadStatus.Applied, lead!.Version, None)).Status);
        Assert.False((await Bob.Leads.AddInterviewerAsync(aliceLead, "Bob's plant", DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), None)).Succeeded);
        Assert.Null(await Bob.Trash.MoveToTrashAsync(TrashKind.JobLead, aliceLead, None));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Bob_cannot_attach_his_records_to_alices_contacts_circles_or_referrals()
    {
        await SeedAsync();
        var before = await SnapshotAsync();

        Assert.False((await Bob.Asks.LogAsync(aliceContact, new AskForm { AskedOn = Clock.GetUtcNow().UtcDateTime }, None)).Succeeded);
        Assert.False((await Bob.Referrals.CreateAsync(aliceContact, new ReferralForm { NewContactName = "Someone" }, None)).Succeeded);
        Assert.False((await Bob.Referrals.CreateAsync(bobContact, new ReferralForm { ExistingContactId = aliceContact }, None)).Succeeded);
        var viaAlicesCircle = await Bob.Referrals.CreateAsync(bobContact, new ReferralForm { NewContactName = "Into her circle", CircleId = aliceCircle }, None);
        Assert.False((await Bob.Leads.CreateAsync(new JobLeadForm { Title = "Hers", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = aliceContact }, None)).Succeeded);
        Assert.False((await Bob.Leads.CreateAsync(new JobLeadForm { Title = "Hers", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = aliceReferral }, None)).Succeeded);
        var contactInHerCircle = await Bob.Contacts.CreateAsync(new ContactForm { Name = "Sneaky", CircleIds = [aliceCircle] }, None);

        Assert.Equal(before, await SnapshotAsync());
        await using var db = Unfiltered();
        // Whatever Bob's writes that were accepted did, none of his rows points at one of Alice's.
        Assert.Empty(await db.ContactCircles.IgnoreQueryFilters().Where(m => m.OwnerId == Bob.Id && m.CircleId == aliceCircle).ToListAsync());
        Assert.Empty(await db.Asks.IgnoreQueryFilters().Where(a => a.OwnerId == Bob.Id && a.ContactId == aliceContact).ToListAsync());
        Assert.Empty(await db.Referrals.IgnoreQueryFilters().Where(r => r.OwnerId == Bob.Id && (r.ReferrerId == aliceContact || r.ReferredContactId == aliceContact)).ToListAsync());
        Assert.Empty(await db.JobLeads.IgnoreQueryFilters().Where(l => l.OwnerId == Bob.Id && (l.SourceContactId == aliceContact || l.ReferralId == aliceReferral)).ToListAsync());
        _ = (viaAlicesCircle, contactInHerCircle);
    }

    [Fact]
    public async Task Bobs_exports_hold_none_of_alices_data()
    {
        await SeedAsync();

        foreach (var kind in Enum.GetValues<CsvExportKind>())
        {
            var csv = System.Text.Encoding.UTF8.GetString(await new CsvExportService(Bob.Factory).ExportAsync(kind, None));
            Assert.DoesNotContain(Marker, csv, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Marker, await new VCardExportService(Bob.Factory).ExportAsync(null, None), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, await new VCardExportService(Bob.Factory).ExportAsync([aliceContact], None), StringComparison.Ordinal);
        using var json = new MemoryStream();
        await new JsonExportService(Bob.Factory, Clock).WriteAsync(json, includeDailySuggestions: true, None);
        Assert.DoesNotContain(Marker, System.Text.Encoding.UTF8.GetString(json.ToArray()), StringComparison.Ordinal);
    }

    private async Task SeedAsync()
    {
        aliceCircle = await Alice.AddCircleAsync(Marker + " circle");
        aliceContact = await Alice.AddContactAsync(Marker + " contact", aliceCircle);
        aliceAsk = await Alice.LogAskAsync(aliceContact, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime));
        aliceReferral = await Alice.AddReferralAsync(aliceContact, new ReferralForm { NewContactName = Marker + " referred", CircleId = aliceCircle, Notes = Marker });
        aliceLead = await Alice.AddLeadAsync(new JobLeadForm { Title = Marker + " lead", CompanyName = Marker + " Co", Source = LeadSource.Referral, ReferralId = aliceReferral, Notes = Marker });
        var bobCircle = await Bob.AddCircleAsync("Bob circle");
        bobContact = await Bob.AddContactAsync("Bob contact", bobCircle);
    }

    /// <summary>Alice's rows as stored, including versions: equal snapshots mean nothing of hers changed.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = Unfiltered();
        var parts = new List<string>();
        parts.AddRange((await db.Contacts.IgnoreQueryFilters().AsNoTracking().Where(c => c.OwnerId == Alice.Id).OrderBy(c => c.Id).ToListAsync()).Select(c => $"c{c.Id}|{c.Name}|{c.Version}"));
        parts.AddRange((await db.ContactCircles.IgnoreQueryFilters().AsNoTracking().Where(m => m.CircleId == aliceCircle).OrderBy(m => m.ContactId).ToListAsync()).Select(m => $"m{m.ContactId}|{m.OwnerId}"));
        parts.AddRange((await db.Asks.IgnoreQueryFilters().AsNoTracking().Where(a => a.OwnerId == Alice.Id || a.ContactId == aliceContact).OrderBy(a => a.Id).ToListAsync()).Select(a => $"a{a.Id}|{a.OwnerId}|{a.Outcome}|{a.Version}"));
        parts.AddRange((await db.Referrals.IgnoreQueryFilters().AsNoTracking().Where(r => r.OwnerId == Alice.Id || r.ReferrerId == aliceContact).OrderBy(r => r.Id).ToListAsync()).Select(r => $"r{r.Id}|{r.OwnerId}|{r.Status}|{r.Version}"));
        parts.AddRange((await db.JobLeads.IgnoreQueryFilters().AsNoTracking().Where(l => l.OwnerId == Alice.Id || l.SourceContactId == aliceContact).OrderBy(l => l.Id).ToListAsync()).Select(l => $"l{l.Id}|{l.OwnerId}|{l.Status}|{l.InterviewerContactId}|{l.Version}"));
        return string.Join('\n', parts);
    }
}
