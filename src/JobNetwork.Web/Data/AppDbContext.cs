using System.Linq.Expressions;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Import;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace JobNetwork.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<ApplicationUser>(options)
{
    // Read by the global query filters; EF parameterises it per query, so one model serves every user.
    private string? CurrentUserId => currentUser.UserId;

    // For a coach's caseload: the clients this context reads at once (decision 0033); an array so EF binds it as a
    // parameterised IN list.
    private readonly string[] clientIds = currentUser.ClientIds?.ToArray() ?? [];

    private string[] ClientIdsForFilter => clientIds;

    /// <summary>True for a coach's caseload context: its model filters by <c>OwnerId IN (clients)</c>, not by one user.</summary>
    internal bool ReadsForSeveralClients => currentUser.ClientIds is not null;

    public DbSet<JobSearchSettings> JobSearchSettings => Set<JobSearchSettings>();

    public DbSet<Circle> Circles => Set<Circle>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactCircle> ContactCircles => Set<ContactCircle>();

    public DbSet<ContactTag> ContactTags => Set<ContactTag>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Ask> Asks => Set<Ask>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralStatusChange> ReferralStatusChanges => Set<ReferralStatusChange>();

    public DbSet<JobLead> JobLeads => Set<JobLead>();

    public DbSet<JobLeadStatusChange> JobLeadStatusChanges => Set<JobLeadStatusChange>();

    public DbSet<DailySuggestion> DailySuggestions => Set<DailySuggestion>();

    public DbSet<SavedColumnMapping> SavedColumnMappings => Set<SavedColumnMapping>();

    public DbSet<InstanceSettings> InstanceSettings => Set<InstanceSettings>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<TrashEntry> TrashEntries => Set<TrashEntry>();

    public DbSet<ContactMerge> ContactMerges => Set<ContactMerge>();

    /// <summary>The query filter that hides other accounts' rows. Never ignored except by whole-instance jobs.</summary>
    public const string OwnerFilterName = "Owner";

    /// <summary>The query filter that hides trashed rows; the Trash itself ignores only this one (see docs/decisions).</summary>
    public const string TrashFilterName = "Trash";

    /// <summary>Everything but the Trash filter: for reading and restoring the current user's trashed rows.</summary>
    public static readonly IReadOnlyCollection<string> TrashOnly = [TrashFilterName];

    public DbSet<JobSearchProfile> JobSearchProfiles => Set<JobSearchProfile>();

    public DbSet<ScriptTemplate> ScriptTemplates => Set<ScriptTemplate>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<CoachGrant> CoachGrants => Set<CoachGrant>();

    public DbSet<CoachAccessEntry> CoachAccessEntries => Set<CoachAccessEntry>();

    public DbSet<CoachNudge> CoachNudges => Set<CoachNudge>();

    public DbSet<PushSubscription> PushSubscriptions => Set<PushSubscription>();

    public DbSet<ThankYou> ThankYous => Set<ThankYou>();

    public DbSet<JobSearch> JobSearches => Set<JobSearch>();

    /// <summary>The account this context reads for, e.g. to find when it was created (the first search's fallback start).</summary>
    internal string? SignedInUserId => CurrentUserId;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.Extensions.Any(e => e.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal)))
        {
            optionsBuilder.AddInterceptors(SqliteConnectionSetup.Instance);
        }

        // One model per owner scope: one user (everyone) or several clients (a coach's caseload).
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, OwnerScopeModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(IOwned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            builder.Entity(entityType.ClrType).HasQueryFilter(
                OwnerFilterName, ReadsForSeveralClients ? ClientsFilter(entityType.ClrType) : OwnerFilter(entityType.ClrType));
            if (typeof(ITrashable).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(TrashFilterName, NotTrashedFilter(entityType.ClrType));
            }

            // Also a concurrency token, so every UPDATE and DELETE carries "AND OwnerId = @original": a forged
            // detached entity claiming to be the current user's cannot overwrite or delete another user's row.
            builder.Entity(entityType.ClrType).Property(nameof(IOwned.OwnerId)).HasMaxLength(450).IsRequired().IsConcurrencyToken();
            builder.Entity(entityType.ClrType).HasIndex(nameof(IOwned.OwnerId));

            // The database itself refuses a row whose owner does not exist, and deleting an account takes its rows with
            // it even if a path other than AccountDeleter removes the user (decision 0030).
            builder.Entity(entityType.ClrType).HasOne(typeof(ApplicationUser)).WithMany()
                .HasForeignKey(nameof(IOwned.OwnerId)).OnDelete(DeleteBehavior.Cascade);
            if (typeof(OwnedEntity).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType).Property(nameof(OwnedEntity.Version)).IsConcurrencyToken();
            }
        }
    }

    private static readonly System.Reflection.PropertyInfo CurrentUserIdProperty =
        typeof(AppDbContext).GetProperty(nameof(CurrentUserId), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private LambdaExpression OwnerFilter(Type entityType)
    {
        // e => e.OwnerId == this.CurrentUserId
        var entity = Expression.Parameter(entityType, "e");
        var ownerId = Expression.Property(entity, nameof(IOwned.OwnerId));
        var currentUserId = Expression.Property(Expression.Constant(this), CurrentUserIdProperty);
        return Expression.Lambda(Expression.Equal(ownerId, currentUserId), entity);
    }

    private static readonly System.Reflection.PropertyInfo ClientIdsProperty =
        typeof(AppDbContext).GetProperty(nameof(ClientIdsForFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private static readonly System.Reflection.MethodInfo StringContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(string));

    private LambdaExpression ClientsFilter(Type entityType)
    {
        // e => this.ClientIdsForFilter.Contains(e.OwnerId): the same filter, for each of the checked clients at once.
        var entity = Expression.Parameter(entityType, "e");
        var ownerId = Expression.Property(entity, nameof(IOwned.OwnerId));
        var clients = Expression.Property(Expression.Constant(this), ClientIdsProperty);
        return Expression.Lambda(Expression.Call(StringContains, clients, ownerId), entity);
    }

    private static LambdaExpression NotTrashedFilter(Type entityType)
    {
        // e => e.TrashedAtUtc == null
        var entity = Expression.Parameter(entityType, "e");
        var trashedAt = Expression.Property(entity, nameof(ITrashable.TrashedAtUtc));
        return Expression.Lambda(Expression.Equal(trashedAt, Expression.Constant(null, typeof(DateTime?))), entity);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampOwnershipAndVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampOwnershipAndVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampOwnershipAndVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (currentUser.IsReadOnly)
            {
                // A coach's view of a client (docs/decisions, coach grants): reads as the client, never writes.
                throw new OwnershipViolationException("This view of another account is read-only.");
            }

            if (ReadsForSeveralClients)
            {
                StampForSeveralClients(entry);
                continue;
            }

            var userId = CurrentUserId
                ?? throw new OwnershipViolationException("Nobody is signed in, so no owned record can be saved.");

            if (entry.State == EntityState.Added)
            {
                entry.Entity.OwnerId = userId;
            }
            else
            {
                var originalOwner = (string?)entry.OriginalValues[nameof(IOwned.OwnerId)];
                if (originalOwner != userId || entry.Entity.OwnerId != userId)
                {
                    throw new OwnershipViolationException("A record that belongs to another account cannot be changed.");
                }
            }

            if (entry.Entity is OwnedEntity versioned && entry.State == EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }

    /// <summary>
    /// A context writing for several clients (a coach's batch of access-history entries): nothing is stamped, each row
    /// names its own client, who must be one of the checked clients, and no row moves from one client to another.
    /// </summary>
    private void StampForSeveralClients(EntityEntry<IOwned> entry)
    {
        var originalOwner = entry.State == EntityState.Added ? entry.Entity.OwnerId : (string?)entry.OriginalValues[nameof(IOwned.OwnerId)];
        if (!clientIds.Contains(entry.Entity.OwnerId) || originalOwner != entry.Entity.OwnerId)
        {
            throw new OwnershipViolationException("A record that belongs to another account cannot be changed.");
        }

        if (entry.Entity is OwnedEntity versioned && entry.State == EntityState.Modified)
        {
            versioned.Version = Guid.NewGuid();
        }
    }
}
