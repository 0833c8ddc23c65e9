using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Dashboard;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>A client's dashboard as their coach may see it; names are already removed when the grant is progress only.</summary>
public sealed record CoachClientView(int GrantId, string Client, CoachScope Scope, DashboardView View, CaseloadRow Summary);

/// <summary>
/// The coach's side: the one way a coach reaches a client's data. Every call re-reads the grant from the database
/// (no cache, so a revocation on any instance ends access on the next read), then reads through a read-only context
/// acting as the client (or, for the caseload, as exactly the clients just checked), and records the read in each
/// client's access history (docs/decisions, coach grants and 0033).
/// </summary>
public sealed class CoachAccessService(
    IDbContextFactory<AppDbContext> contextFactory, ICurrentUser currentUser, ClientContexts clients, CoverageCalculator calculator, TimeProvider clock,
    InstanceDefaults? defaults = null)
{
    public const string ClaimPrefix = "/coaching/accept/";

    /// <summary>Reads of the same kind by the same coach within this window are one entry in the client's history.</summary>
    public static readonly TimeSpan SameReadWindow = TimeSpan.FromMinutes(1);

    public static string ClaimPath(string secret) => ClaimPrefix + secret;

    private sealed record LiveGrant(int Id, string ClientId, string Client, CoachScope Scope);

    /// <summary>
    /// Attaches the signed-in account to an unclaimed, unexpired, unrevoked link: one conditional UPDATE, so two
    /// people opening the same link at once cannot both become the coach. False for anything else.
    /// </summary>
    public async Task<bool> ClaimAsync(string secret, CancellationToken cancellationToken)
    {
        var coachId = currentUser.UserId;
        if (coachId is null || secret.Length is < 20 or > 100)
        {
            return false;
        }

        var hash = CoachingService.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The deliberate look across accounts: whose link this secret is. Set-based, the grant is the client's row.
        var claimed = await db.CoachGrants.IgnoreQueryFilters()
            .Where(g => g.InviteTokenHash == hash && g.CoachUserId == null && g.RevokedAtUtc == null && g.InviteExpiresAtUtc > now && g.OwnerId != coachId)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.CoachUserId, coachId).SetProperty(g => g.ClaimedAtUtc, now), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Does the signed-in account coach anyone? Decides whether the menu shows the caseload.</summary>
    public async Task<bool> IsCoachAsync(CancellationToken cancellationToken)
    {
        var coachId = currentUser.UserId;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return coachId is not null && await db.CoachGrants.IgnoreQueryFilters().AnyAsync(g => g.CoachUserId == coachId && g.RevokedAtUtc == null, cancellationToken);
    }

    /// <summary>One row per client with a live grant, stalled first. Each client's read is recorded in their history.</summary>
    public Task<IReadOnlyList<CaseloadRow>> CaseloadAsync(CancellationToken cancellationToken) => CaseloadAsync("Caseload", cancellationToken);

    /// <summary>
    /// Every client at once: a few queries grouped by client (<see cref="CaseloadQueries"/>) and one batch of
    /// access-history entries, so the cost hardly grows with the number of clients.
    /// </summary>
    /// <param name="what">How the read shows in each client's access history ("Caseload", "Weekly summary").</param>
    public async Task<IReadOnlyList<CaseloadRow>> CaseloadAsync(string what, CancellationToken cancellationToken)
    {
        var grants = await LiveGrantsAsync(null, cancellationToken);
        if (grants.Count == 0)
        {
            return [];
        }

        var rows = await RowsAsync(grants, cancellationToken);
        await RecordAsync(grants, what, cancellationToken);
        return CaseloadRules.Order(rows);
    }

    /// <summary>The client's dashboard for the period, or null when the grant is gone (revoked, never this coach's).</summary>
    public async Task<CoachClientView?> ClientAsync(int grantId, CoveragePeriodKind period, CancellationToken cancellationToken)
    {
        var grant = (await LiveGrantsAsync(grantId, cancellationToken)).SingleOrDefault();
        if (grant is null)
        {
            return null;
        }

        var summary = (await RowsAsync([grant], cancellationToken)).Single();
        var view = await ReadClientAsync(grant, period, cancellationToken);
        await RecordAsync([grant], "Dashboard", cancellationToken);
        return new CoachClientView(grant.Id, grant.Client, grant.Scope, view, summary);
    }

    /// <summary>Is the grant still this coach's and live? A lookup only: not a read of client data, so not recorded.</summary>
    public async Task<bool> IsLiveAsync(int grantId, CancellationToken cancellationToken) =>
        (await LiveGrantsAsync(grantId, cancellationToken)).Count == 1;

    /// <summary>Leaves a note on the client's Today page. False when the grant is gone or the text is empty or too long.</summary>
    public async Task<bool> LeaveNudgeAsync(int grantId, string text, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > CoachNudge.TextMaxLength)
        {
            return false;
        }

        var grant = (await LiveGrantsAsync(grantId, cancellationToken)).SingleOrDefault();
        if (grant is null)
        {
            return false;
        }

        string coachLabel;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            coachLabel = await db.Users.Where(u => u.Id == currentUser.UserId).Select(u => u.Email ?? u.UserName ?? "Your coach").SingleAsync(cancellationToken);
        }

        await using var client = await clients.WriterAs(grant.ClientId).CreateDbContextAsync(cancellationToken);
        client.CoachNudges.Add(new CoachNudge
        {
            GrantId = grant.Id,
            CoachUserId = currentUser.UserId!,
            CoachLabel = coachLabel,
            Text = trimmed,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await client.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The signed-in coach's live grants (one, when an id is given), with the client's email; read fresh every time.</summary>
    private async Task<IReadOnlyList<LiveGrant>> LiveGrantsAsync(int? grantId, CancellationToken cancellationToken)
    {
        var coachId = currentUser.UserId;
        if (coachId is null)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The grant is the client's row; this is the one place a coach looks it up, by their own id.
        var grants = db.CoachGrants.IgnoreQueryFilters().Where(g => g.CoachUserId == coachId && g.RevokedAtUtc == null);
        if (grantId is { } id)
        {
            grants = grants.Where(g => g.Id == id);
        }

        var now = DateTimeOffset.UtcNow;
        var live = await grants
            .Join(db.Users, g => g.OwnerId, u => u.Id, (g, u) => new { g.Id, g.OwnerId, g.Scope, u.Email, u.UserName, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return live.Where(g => g.LockoutEnd is null || g.LockoutEnd <= now)
            .Select(g => new LiveGrant(g.Id, g.OwnerId, g.Email ?? g.UserName ?? "A client", g.Scope)).ToList();
    }

    /// <summary>The caseload rows of these grants, read through one read-only context over exactly their clients.</summary>
    private async Task<IReadOnlyList<CaseloadRow>> RowsAsync(IReadOnlyList<LiveGrant> grants, CancellationToken cancellationToken)
    {
        var clientIds = grants.Select(g => g.ClientId).Distinct().ToList();
        await using var db = await clients.ReadOnlyAsClients(clientIds).CreateDbContextAsync(cancellationToken);
        var figures = await CaseloadQueries.ReadAsync(db, clientIds, defaults ?? InstanceDefaults.Utc, clock, cancellationToken);
        return grants.Select(g => CaseloadRules.Row(g.Id, g.Client, figures[g.ClientId])).ToList();
    }

    /// <summary>The client's dashboard, through a read-only context acting as the client; without names for progress only.</summary>
    private async Task<DashboardView> ReadClientAsync(LiveGrant grant, CoveragePeriodKind period, CancellationToken cancellationToken)
    {
        var factory = clients.ReadOnlyAs(grant.ClientId);
        var dashboard = await new CoverageService(factory, new SettingsService(factory, defaults), calculator, clock).GetAsync(period, cancellationToken);
        if (grant.Scope == CoachScope.ProgressAndNames)
        {
            var map = new NetworkMapService(factory);
            return DashboardView.Of(dashboard, await map.BulbsAsync(cancellationToken), await map.TargetCompaniesAsync(cancellationToken));
        }

        return CoachView.WithoutNames(dashboard);
    }

    /// <summary>
    /// One access-history entry per client read, all in one batch and one transaction, through a context that writes
    /// only for these grants' clients. A page is read twice per visit (prerendered, then live): the same read within
    /// <see cref="SameReadWindow"/> is one entry.
    /// </summary>
    private async Task RecordAsync(IReadOnlyList<LiveGrant> grants, string what, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var coachId = currentUser.UserId!;
        var recently = now - SameReadWindow;
        var grantIds = grants.Select(g => g.Id).ToList();
        await using var client = await clients.WriterAsClients([.. grants.Select(g => g.ClientId).Distinct()]).CreateDbContextAsync(cancellationToken);
        await using var transaction = await client.Database.BeginTransactionAsync(cancellationToken);
        var recorded = (await client.CoachAccessEntries
            .Where(e => grantIds.Contains(e.GrantId) && e.CoachUserId == coachId && e.What == what && e.AtUtc > recently)
            .Select(e => e.GrantId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        client.CoachAccessEntries.AddRange(grants.Where(g => !recorded.Contains(g.Id)).Select(g => new CoachAccessEntry
        {
            OwnerId = g.ClientId, GrantId = g.Id, CoachUserId = coachId, AtUtc = now, What = what,
        }));
        await client.SaveChangesAsync(cancellationToken);
        await client.CoachGrants.Where(g => grantIds.Contains(g.Id)).ExecuteUpdateAsync(u => u.SetProperty(g => g.LastUsedAtUtc, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
