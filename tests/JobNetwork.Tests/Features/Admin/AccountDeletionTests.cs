using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Admin;

[Trait("Database", "Any")]
public sealed class AccountDeletionTests : TwoUserTestBase
{
    private const string AdminId = "user-admin";

    [Fact]
    public async Task Deleting_an_account_removes_all_its_data_and_none_of_anyone_elses()
    {
        await AddAccountAsync(Alice.Id, "alice@example.com");
        await AddAccountAsync(Bob.Id, "bob@example.com");
        await BuildANetworkAsync(Alice);
        await BuildANetworkAsync(Bob);
        var bobBefore = await CountOwnedRowsAsync(Bob.Id);
        Assert.All(await CountOwnedRowsAsync(Alice.Id), table => Assert.True(table.Value > 0, $"The test gives Alice no {table.Key} to delete."));

        var outcome = await Admin().DeleteUserAsync(Alice.Id, AdminId, None);

        Assert.Equal(AccountChange.Done, outcome);
        Assert.All(await CountOwnedRowsAsync(Alice.Id), table => Assert.Equal(0, table.Value));
        Assert.Equal(bobBefore, await CountOwnedRowsAsync(Bob.Id));
        await using var db = Unfiltered();
        Assert.False(await db.Users.AnyAsync(u => u.Id == Alice.Id));
        Assert.True(await db.Users.AnyAsync(u => u.Id == Bob.Id));
    }

    [Fact]
    public async Task The_administrator_cannot_delete_or_disable_their_own_account()
    {
        await AddAccountAsync(AdminId, "admin@example.com");

        Assert.Equal(AccountChange.IsYourself, await Admin().DeleteUserAsync(AdminId, AdminId, None));
        Assert.Equal(AccountChange.IsYourself, await Admin().SetDisabledAsync(AdminId, true, AdminId, None));
        await using var db = Unfiltered();
        Assert.True(await db.Users.AnyAsync(u => u.Id == AdminId));
    }

    [Fact]
    public async Task Disabling_locks_the_account_for_good_and_renews_its_security_stamp_and_enabling_undoes_it()
    {
        await AddAccountAsync(Alice.Id, "alice@example.com");
        string? stampBefore;
        await using (var db = Unfiltered())
        {
            stampBefore = (await db.Users.SingleAsync(u => u.Id == Alice.Id)).SecurityStamp;
        }

        Assert.Equal(AccountChange.Done, await Admin().SetDisabledAsync(Alice.Id, true, AdminId, None));
        var listed = (await Admin().SearchUsersAsync(new UserQuery("alice"), None)).Items.Single();
        Assert.True(listed.IsDisabled);
        await using (var db = Unfiltered())
        {
            var alice = await db.Users.SingleAsync(u => u.Id == Alice.Id);
            Assert.Equal(DateTimeOffset.MaxValue, alice.LockoutEnd);
            Assert.True(alice.LockoutEnabled);
            Assert.NotEqual(stampBefore, alice.SecurityStamp);
        }

        Assert.Equal(AccountChange.Done, await Admin().SetDisabledAsync(Alice.Id, false, AdminId, None));
        Assert.False((await Admin().SearchUsersAsync(new UserQuery("alice"), None)).Items.Single().IsDisabled);
    }

    [Fact]
    public async Task The_account_list_searches_sorts_and_pages()
    {
        for (var i = 1; i <= 5; i++)
        {
            await AddAccountAsync($"user-{i}", $"person{i}@example.com", Clock.GetUtcNow().UtcDateTime.AddDays(i));
        }

        var page = await Admin().SearchUsersAsync(new UserQuery(Sort: UserSort.Email, Descending: true, Page: 1, PageSize: 2), None);
        var found = await Admin().SearchUsersAsync(new UserQuery("PERSON3"), None);

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["person3@example.com", "person2@example.com"], page.Items.Select(u => u.Email));
        Assert.Equal(["person3@example.com"], found.Items.Select(u => u.Email));
    }

    private AdminService Admin() => new(Database.FactoryFor(null), new DataDirectory(Database.Folder), new DatabaseOptions { Provider = TestDatabase.Provider }, Clock);

    private async Task AddAccountAsync(string id, string email, DateTime? createdAtUtc = null)
    {
        await using var db = Unfiltered();
        db.Users.Add(new ApplicationUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAtUtc = createdAtUtc ?? DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A row in every owned table: circles, contacts, tags, companies, asks, referrals, leads and settings.</summary>
    internal static async Task BuildANetworkAsync(TestUser user)
    {
        await user.UseTimeZoneAsync("Europe/Berlin");
        var friends = await user.AddCircleAsync("Friends");
        var ann = await user.AddContactAsync(new Web.Features.Contacts.ContactForm { Name = "Ann", CircleIds = [friends], Tags = ["mentor"] });
        await user.AddCompanyAsync("Acme", isTarget: true);
        await user.LogAskAsync(ann, new DateOnly(2026, 6, 1));
        var referral = await user.AddReferralAsync(ann, new ReferralForm { NewContactName = "Ben", CircleId = friends, CompanyName = "Acme" });
        var lead = await user.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = referral });
        var version = (await user.Leads.GetAsync(lead, None))!.Version;
        await user.Leads.MoveAsync(lead, JobLeadStatus.Applied, version, None);
        // An interview from the introduction owes Ann a thank-you (close the loop).
        await user.Leads.MoveAsync(lead, JobLeadStatus.Interviewing, (await user.Leads.GetAsync(lead, None))!.Version, None);
        await using var db = user.Db();
        db.DailySuggestions.Add(new DailySuggestion { ContactId = ann, Day = new DateOnly(2026, 6, 15) });
        db.SavedColumnMappings.Add(new Web.Features.Import.SavedColumnMapping { HeaderSignature = "name-email", MappingJson = "{}" });
        db.JobSearchProfiles.Add(new JobSearchProfile { RolesSought = "controls engineer", Pitch = "I make factory lines run themselves." });
        db.ScriptTemplates.Add(new ScriptTemplate { Situation = ScriptSituation.Friend, Text = "Hi {first name}, who do you know at {targets}?" });
        db.JobSearches.Add(new JobSearch { Name = "Spring 2026", StartsOn = new DateOnly(2026, 3, 1) });
        db.TrashEntries.Add(new TrashEntry { BatchId = Guid.NewGuid(), Kind = TrashKind.Contact, Label = "Old contact", TrashedAtUtc = new DateTime(2026, 6, 20) });
        db.ContactMerges.Add(new ContactMerge { BatchId = Guid.NewGuid(), SurvivorId = ann, DuplicateId = ann + 1000, SurvivorBefore = "{}", Moved = "{}" });
        db.ApiTokens.Add(new ApiToken { Name = "Shortcut", SecretHash = Web.Features.Api.ApiTokenService.Hash(user.Id), Prefix = "jn_aaaaaaa", ExpiresAtUtc = new DateTime(2027, 1, 1) });
        db.CoachGrants.Add(new CoachGrant { InviteTokenHash = Web.Features.Coaching.CoachingService.Hash("coach-" + user.Id), InviteExpiresAtUtc = new DateTime(2027, 1, 1) });
        db.CoachAccessEntries.Add(new CoachAccessEntry { CoachUserId = "a-coach", What = "Dashboard", AtUtc = new DateTime(2026, 6, 20) });
        db.CoachNudges.Add(new CoachNudge { CoachUserId = "a-coach", CoachLabel = "coach@example.com", Text = "Call your friends" });
        db.PushSubscriptions.Add(new PushSubscription
        {
            Endpoint = "https://push.example.com/send/" + user.Id, P256dh = "key", Auth = "auth", Device = "Chrome on Android", CreatedAtUtc = new DateTime(2026, 6, 20),
        });
        await db.SaveChangesAsync();
    }

    private Task<Dictionary<string, int>> CountOwnedRowsAsync(string ownerId) => CountOwnedRowsAsync(Database, ownerId);

    /// <summary>Rows per owned table (every table with an owner column, read from the model) that belong to <paramref name="ownerId"/>.</summary>
    internal static async Task<Dictionary<string, int>> CountOwnedRowsAsync(TestDatabase database, string ownerId)
    {
        await using var db = database.ContextFor(null);
        var counts = new Dictionary<string, int>();
        foreach (var type in AccountDeleter.DependentsFirst(db.Model))
        {
            var table = type.GetTableName()!;
            // Table names come from the model, not from input.
            var sql = "SELECT count(*) AS \"Value\" FROM \"" + table + "\" WHERE \"OwnerId\" = {0}";
            var count = await db.Database.SqlQueryRaw<int>(sql, ownerId).SingleAsync();
            counts[table] = count;
        }

        return counts;
    }
}
