using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Account;

/// <param name="Errors">Identity's complaints (email taken, weak password); empty when the account was created.</param>
/// <param name="Verdict">The decision taken inside the transaction: it can differ from the one the form was shown with.</param>
public sealed record RegistrationOutcome(IReadOnlyList<IdentityError> Errors, RegistrationVerdict Verdict)
{
    public bool Succeeded => Errors.Count == 0 && Verdict is RegistrationVerdict.FirstUser or RegistrationVerdict.Allowed;
}

/// <summary>
/// Creates an account and claims what it needs — the administrator role for the very first account, or a single-use
/// invitation — in the same transaction. The transaction first writes the instance lock row, so parallel registrations
/// run one after another on PostgreSQL too; the invitation is then claimed by one conditional UPDATE ("still unused"),
/// and any failure rolls the account back. Four parallel first registrations make one administrator; five uses of one
/// invitation make one account.
/// </summary>
/// <remarks>Takes the scoped context itself: it is the one Identity's user store writes through, so both share the transaction.</remarks>
public sealed class AccountRegistrar(AppDbContext db, UserManager<ApplicationUser> users, RegistrationPolicy policy, TimeProvider clock)
{
    public async Task<RegistrationOutcome> RegisterAsync(ApplicationUser user, string password, string? invitationToken, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InstanceLock.TakeAsync(db, cancellationToken);
        var verdict = await db.Users.AnyAsync(cancellationToken)
            ? await policy.DecideAsync(invitationToken, cancellationToken)
            : RegistrationVerdict.FirstUser;
        if (verdict is not (RegistrationVerdict.FirstUser or RegistrationVerdict.Allowed))
        {
            return new RegistrationOutcome([], verdict);
        }

        if (verdict == RegistrationVerdict.Allowed && !string.IsNullOrWhiteSpace(invitationToken)
            && await policy.GetModeAsync(cancellationToken) == Domain.RegistrationMode.InviteOnly)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.Invitations
                .Where(i => i.Token == invitationToken && i.UsedAtUtc == null && i.ExpiresAtUtc > now)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.UsedAtUtc, now).SetProperty(i => i.UsedByUserId, user.Id), cancellationToken);
            if (claimed != 1)
            {
                return new RegistrationOutcome([], RegistrationVerdict.InvitationInvalid);
            }
        }

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new RegistrationOutcome(created.Errors.ToList(), verdict);
        }

        if (verdict == RegistrationVerdict.FirstUser)
        {
            var madeAdministrator = await policy.MakeAdministratorAsync(user, users);
            if (!madeAdministrator.Succeeded)
            {
                return new RegistrationOutcome(madeAdministrator.Errors.ToList(), verdict);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new RegistrationOutcome([], verdict);
    }
}
