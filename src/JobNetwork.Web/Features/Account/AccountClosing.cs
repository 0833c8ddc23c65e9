using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Account;

public enum AccountClosingOutcome
{
    Closed,
    /// <summary>The account is the instance's only administrator: closing it would leave nobody to run the instance.</summary>
    LastAdministrator,
}

/// <summary>
/// A user closing their own account (Manage → Personal data). The same deletion the administrator uses: every owned
/// row and the Identity user, in one transaction — never the Identity user alone.
/// </summary>
public sealed class AccountClosing(IDbContextFactory<AppDbContext> contextFactory)
{
    public async Task<AccountClosingOutcome> CloseAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await AccountDeleter.DeleteAsync(db, userId, keepLastAdministrator: true, cancellationToken)
            ? AccountClosingOutcome.Closed
            : AccountClosingOutcome.LastAdministrator;
    }
}
