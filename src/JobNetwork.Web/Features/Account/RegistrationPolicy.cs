using System.Security.Cryptography;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Account;

public enum RegistrationVerdict
{
    /// <summary>Nobody has an account yet: this person becomes the administrator.</summary>
    FirstUser,
    Allowed,
    Closed,
    InvitationRequired,
    InvitationInvalid,
}

/// <summary>Decides who may register on a self-hosted instance: the first account, then whatever the administrator allows.</summary>
public sealed class RegistrationPolicy(
    IDbContextFactory<AppDbContext> contextFactory,
    IOptions<RegistrationOptions> options,
    TimeProvider timeProvider)
{
    public const string AdministratorRole = "Administrator";

    public async Task<RegistrationMode> GetModeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.InstanceSettings.AsNoTracking()
            .Where(s => s.Id == InstanceSettings.SingletonId)
            .Select(s => s.RegistrationMode)
            .FirstOrDefaultAsync(cancellationToken);
        return stored ?? options.Value.Mode;
    }

    public async Task SetModeAsync(RegistrationMode mode, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.InstanceSettings.FindAsync([InstanceSettings.SingletonId], cancellationToken);
        if (settings is null)
        {
            settings = new InstanceSettings();
            db.InstanceSettings.Add(settings);
        }

        settings.RegistrationMode = mode;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<RegistrationVerdict> DecideAsync(string? invitationToken, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            return RegistrationVerdict.FirstUser;
        }

        return await GetModeAsync(cancellationToken) switch
        {
            RegistrationMode.Open => RegistrationVerdict.Allowed,
            RegistrationMode.InviteOnly when string.IsNullOrWhiteSpace(invitationToken) => RegistrationVerdict.InvitationRequired,
            RegistrationMode.InviteOnly => await FindUsableInvitationAsync(db, invitationToken!, cancellationToken) is null
                ? RegistrationVerdict.InvitationInvalid
                : RegistrationVerdict.Allowed,
            _ => RegistrationVerdict.Closed,
        };
    }

    /// <summary>The role row itself is seeded by a migration (see <c>IdentityRoleConfiguration</c>).</summary>
    public Task<IdentityResult> MakeAdministratorAsync(ApplicationUser user, UserManager<ApplicationUser> userManager) =>
        userManager.AddToRoleAsync(user, AdministratorRole);

    public async Task<Invitation> CreateInvitationAsync(string? note, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            Token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant(),
            Note = note,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + validFor,
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return invitation;
    }

    /// <summary>Marks the invitation used; called once the account exists so a failed registration keeps its link usable.</summary>
    public async Task RedeemInvitationAsync(string? invitationToken, string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(invitationToken))
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await FindUsableInvitationAsync(db, invitationToken, cancellationToken);
        if (invitation is null)
        {
            return;
        }

        invitation.UsedAtUtc = timeProvider.GetUtcNow().UtcDateTime;
        invitation.UsedByUserId = userId;
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<Invitation?> FindUsableInvitationAsync(AppDbContext db, string token, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return db.Invitations.FirstOrDefaultAsync(
            i => i.Token == token && i.UsedAtUtc == null && i.ExpiresAtUtc > now, cancellationToken);
    }
}
