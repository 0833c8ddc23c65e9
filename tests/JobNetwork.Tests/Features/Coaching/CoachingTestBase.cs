using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coaching;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>Alice is the job seeker, Bob her coach, Carol a coach Alice never invited. All three have accounts.</summary>
public abstract class CoachingTestBase : TwoUserTestBase, IAsyncLifetime
{
    protected const string AliceSecret = "ALICE-SECRET-STRING";

    protected TestUser Carol { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Carol = new TestUser(Database, "user-carol", Clock);
        await using var db = Unfiltered();
        foreach (var (id, email) in new[] { (Alice.Id, "alice@example.com"), (Bob.Id, "bob@example.com"), (Carol.Id, "carol@example.com") })
        {
            db.Users.Add(new ApplicationUser
            {
                Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString(), CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// This instance's watch: a coach page rendered with it hears revocations made through <see cref="SharingOf"/> at
    /// once. Its recheck is slow on purpose, so a test that passes with it proves the announcement did the work.
    /// </summary>
    protected CoachGrantWatch Watch { get; } = new() { RecheckEvery = TimeSpan.FromHours(1) };

    protected CoachingService SharingOf(TestUser user) => new(user.Factory, new ActingUser(user.Id), Watch, Clock);

    /// <summary>The job seeker's side on another instance: its revocations reach this instance's pages only by their recheck.</summary>
    protected CoachingService SharingOnAnotherInstance(TestUser user) => new(user.Factory, new ActingUser(user.Id), new CoachGrantWatch(), Clock);

    protected CoachAccessService CoachingAs(TestUser coach) =>
        new(coach.Factory, new ActingUser(coach.Id), new ClientContexts(Database.Options), new CoverageCalculator(Clock), Clock);

    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>A lit string (asked, and a lead from it this month) named with a secret, a contact and a target company.</summary>
    protected async Task GiveAliceANetworkAsync()
    {
        var circle = await Alice.AddCircleAsync(AliceSecret + " circle");
        await Alice.AddCircleAsync("Old coworkers", CircleKind.FormerCoworkers);
        var contact = await Alice.AddContactAsync(AliceSecret + " contact", circle);
        await Alice.AddCompanyAsync(AliceSecret + " company", isTarget: true);
        await Alice.LogAskAsync(contact, Today.AddDays(-1));
        await Alice.LogAskAsync(contact, Today);
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = AliceSecret + " company", SourceContactId = contact });
    }

    protected async Task<int> InviteBobAsync(CoachScope scope = CoachScope.ProgressAndNames)
    {
        Assert.Equal(InviteOutcome.Invited, await SharingOf(Alice).InviteByEmailAsync("Bob@Example.com ", scope, None));
        return Assert.Single(await SharingOf(Alice).ListAsync(None)).Id;
    }
}
