using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>
/// Contexts acting as a client, for <see cref="CoachAccessService"/> only and only after it has checked a live grant.
/// They go through the same owner filter as the client's own pages (no filter is ignored); the read-only ones refuse
/// every save, so nothing a coach's page calls can change the client's data.
/// </summary>
public sealed class ClientContexts(DbContextOptions<AppDbContext> options)
{
    public IDbContextFactory<AppDbContext> ReadOnlyAs(string clientId) => new AppDbContextFactory(options, new ReadOnlyClient(clientId));

    /// <summary>
    /// For the caseload: one read-only context over every checked client at once, whose owner filter is
    /// <c>OwnerId IN (clients)</c> (decision 0033), so each figure is one query grouped by client.
    /// </summary>
    public IDbContextFactory<AppDbContext> ReadOnlyAsClients(IReadOnlyCollection<string> clientIds) =>
        new AppDbContextFactory(options, new SeveralClients([.. clientIds], readOnly: true));

    /// <summary>For the two rows a coach adds to a client's account: the access history entry and a nudge.</summary>
    internal IDbContextFactory<AppDbContext> WriterAs(string clientId) => new AppDbContextFactory(options, new ActingUser(clientId));

    /// <summary>For a caseload's access-history entries, one per client, saved in one batch; each row names its client.</summary>
    internal IDbContextFactory<AppDbContext> WriterAsClients(IReadOnlyCollection<string> clientIds) =>
        new AppDbContextFactory(options, new SeveralClients([.. clientIds], readOnly: false));

    private sealed class ReadOnlyClient(string clientId) : ICurrentUser
    {
        public string? UserId => clientId;

        public bool IsReadOnly => true;
    }

    private sealed class SeveralClients(string[] clientIds, bool readOnly) : ICurrentUser
    {
        // Nobody in particular: a row is seen only through ClientIds, and nothing is stamped with a single owner.
        public string? UserId => null;

        public bool IsReadOnly => readOnly;

        public IReadOnlyList<string>? ClientIds => clientIds;
    }
}
