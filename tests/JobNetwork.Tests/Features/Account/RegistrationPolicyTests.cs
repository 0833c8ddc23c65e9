using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Account;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Account;

[Trait("Database", "Any")]
public sealed class RegistrationPolicyTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Nobody_having_an_account_makes_the_next_person_the_first_user()
    {
        var policy = CreatePolicy(RegistrationMode.Closed);

        Assert.Equal(RegistrationVerdict.FirstUser, await policy.DecideAsync(null, CancellationToken.None));
    }

    [Theory]
    [InlineData(RegistrationMode.Closed, RegistrationVerdict.Closed)]
    [InlineData(RegistrationMode.Open, RegistrationVerdict.Allowed)]
    [InlineData(RegistrationMode.InviteOnly, RegistrationVerdict.InvitationRequired)]
    public async Task After_the_first_account_the_configured_mode_decides(RegistrationMode mode, RegistrationVerdict expected)
    {
        await AddUserAsync();

        Assert.Equal(expected, await CreatePolicy(mode).DecideAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task The_mode_chosen_by_the_administrator_overrides_the_configured_one()
    {
        await AddUserAsync();
        var policy = CreatePolicy(RegistrationMode.Closed);

        await policy.SetModeAsync(RegistrationMode.Open, CancellationToken.None);

        Assert.Equal(RegistrationMode.Open, await policy.GetModeAsync(CancellationToken.None));
        Assert.Equal(RegistrationVerdict.Allowed, await policy.DecideAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_fresh_invitation_lets_someone_register_while_registration_is_invite_only()
    {
        await AddUserAsync();
        var policy = CreatePolicy(RegistrationMode.InviteOnly);

        var invitation = await policy.CreateInvitationAsync("for Sam", TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Equal(48, invitation.Token.Length);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddDays(7), invitation.ExpiresAtUtc);
        Assert.Equal(RegistrationVerdict.Allowed, await policy.DecideAsync(invitation.Token, CancellationToken.None));
        Assert.Equal(RegistrationVerdict.InvitationInvalid, await policy.DecideAsync("not-a-real-token", CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_invitation_is_refused()
    {
        await AddUserAsync();
        var policy = CreatePolicy(RegistrationMode.InviteOnly);
        var invitation = await policy.CreateInvitationAsync(null, TimeSpan.FromDays(7), CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(7));

        Assert.Equal(RegistrationVerdict.InvitationInvalid, await policy.DecideAsync(invitation.Token, CancellationToken.None));
    }

    [Fact]
    public async Task A_redeemed_invitation_cannot_be_used_again()
    {
        var userId = await AddUserAsync();
        var policy = CreatePolicy(RegistrationMode.InviteOnly);
        var invitation = await policy.CreateInvitationAsync(null, TimeSpan.FromDays(7), CancellationToken.None);

        await policy.RedeemInvitationAsync(invitation.Token, userId, CancellationToken.None);

        Assert.Equal(RegistrationVerdict.InvitationInvalid, await policy.DecideAsync(invitation.Token, CancellationToken.None));
        await using var db = database.ContextFor(null);
        var stored = db.Invitations.Single();
        Assert.Equal((userId, clock.GetUtcNow().UtcDateTime), (stored.UsedByUserId, stored.UsedAtUtc));
    }

    private RegistrationPolicy CreatePolicy(RegistrationMode configuredMode) =>
        new(database.FactoryFor(null), Options.Create(new RegistrationOptions { Mode = configuredMode }), clock);

    private async Task<string> AddUserAsync()
    {
        await using var db = database.ContextFor(null);
        var user = new ApplicationUser { UserName = "admin@example.com", Email = "admin@example.com" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }
}
