using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace JobNetwork.Web.Data;

/// <summary>
/// Keeps two models of <see cref="AppDbContext"/>: the ordinary one, whose owner filter is <c>OwnerId = @user</c>, and
/// the one for a coach's caseload (<see cref="ICurrentUser.ClientIds"/> set), whose owner filter is
/// <c>OwnerId IN (@clients)</c>. A context's filter is fixed when its model is built, so the two need their own model;
/// every other query keeps exactly the SQL it had (docs/decisions/0033-caseload-set-based.md).
/// </summary>
internal sealed class OwnerScopeModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is AppDbContext { ReadsForSeveralClients: true }, designTime);
}
