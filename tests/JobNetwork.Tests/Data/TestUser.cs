using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Tests.Data;

/// <summary>The app's services as one signed-in user sees them, over a shared test database and fake clock.</summary>
public sealed class TestUser(TestDatabase database, string userId, FakeTimeProvider clock)
{
    public static readonly CancellationToken None = CancellationToken.None;

    public string Id { get; } = userId;

    public IDbContextFactory<AppDbContext> Factory { get; } = database.FactoryFor(userId);

    public SettingsService Settings => new(Factory);

    public UserClock UserClock => new(Settings, clock);

    public CircleService Circles => new(Factory, Settings, clock);

    public ContactService Contacts => new(Factory, clock);

    public CompanyService Companies => new(Factory, clock);

    public AskService Asks => new(Factory, UserClock, clock);

    public ReferralService Referrals => new(Factory, UserClock, clock);

    public JobLeadService Leads => new(Factory, clock);

    public CoverageService Coverage => new(Factory, Settings, new CoverageCalculator(clock), clock);

    public NetworkMapService NetworkMap => new(Factory);

    public TrashService Trash => new(Factory, clock);

    public JobNetwork.Web.Features.Searches.JobSearchService Searches => new(Factory, Settings, clock);

    public AppDbContext Db() => database.ContextFor(Id);

    public async Task UseTimeZoneAsync(string timeZoneId)
    {
        var outcome = await Settings.SaveAsync(new SettingsForm { TimeZoneId = timeZoneId }, None);
        Assert.Equal(SaveOutcome.Saved, outcome);
    }

    public async Task<int> AddCircleAsync(string name, CircleKind kind = CircleKind.Friends)
    {
        var result = await Circles.SaveAsync(null, new CircleForm { Name = name, Kind = kind }, None);
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }

    public async Task<int> AddContactAsync(string name, params int[] circleIds) =>
        await AddContactAsync(new ContactForm { Name = name, CircleIds = [.. circleIds] });

    public async Task<int> AddContactAsync(ContactForm form)
    {
        var result = await Contacts.CreateAsync(form, None);
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }

    public async Task<int> AddCompanyAsync(string name, bool isTarget = false, string? industry = null)
    {
        var result = await Companies.SaveAsync(null, new CompanyForm { Name = name, IsTarget = isTarget, Industry = industry }, None);
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }

    public async Task<int> LogAskAsync(int contactId, DateOnly askedOn, AskOutcome outcome = AskOutcome.PendingReply)
    {
        var result = await Asks.LogAsync(contactId, new AskForm { AskedOn = askedOn.ToDateTime(TimeOnly.MinValue), Outcome = outcome }, None);
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }

    public async Task<int> AddReferralAsync(int referrerId, ReferralForm form)
    {
        var result = await Referrals.CreateAsync(referrerId, form, None);
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }

    public async Task<int> AddLeadAsync(JobLeadForm form)
    {
        var result = await Leads.CreateAsync(form, None);
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }
}

/// <summary>A fresh migrated database per test, with two users (Alice and Bob) and a fake clock.</summary>
public abstract class TwoUserTestBase : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    protected TestDatabase Database { get; private set; } = null!;

    protected TestUser Alice { get; private set; } = null!;

    protected TestUser Bob { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateMigratedAsync();
        Alice = new TestUser(Database, "user-alice", Clock);
        Bob = new TestUser(Database, "user-bob", Clock);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>A context that sees every user's rows, for checking what is really stored.</summary>
    protected AppDbContext Unfiltered() => Database.ContextFor(null);
}
