using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>
/// Contexts acting as a client, for <see cref="CoachAccessService"/> only and only after it has checked a live grant.
/// They go through the same owner filter as the client's own pages (no filter is ignored); the read-only one refuses
/// every save, so nothing a coach's page calls can change the client's data.
/// </summary>
public sealed class ClientContexts(DbContextOptions<AppDbContext> options)
{
    public IDbContextFactory<AppDbContext> ReadOnlyAs(string clientId) => new AppDbContextFactory(options, new ReadOnlyClient(clientId));

    /// <summary>For the two rows a coach adds to a client's account: the access history entry and a nudge.</summary>
    internal IDbContextFactory<AppDbContext> WriterAs(string clientId) => new AppDbContextFactory(options, new ActingUser(clientId));

    private sealed class ReadOnlyClient(string clientId) : ICurrentUser
    {
        public string? UserId => clientId;

        public bool IsReadOnly => true;
    }
}
