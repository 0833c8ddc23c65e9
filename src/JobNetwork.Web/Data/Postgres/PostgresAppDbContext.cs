using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Data.Postgres;

/// <summary>
/// The same model as <see cref="AppDbContext"/> on PostgreSQL. A context type of its own gives PostgreSQL its own
/// migration set (EF matches migrations to a context by type) generated from the same model; see
/// docs/decisions. It also holds the Data Protection key ring, so every instance behind the load balancer shares
/// one ring and a cookie issued by one instance is read by the others.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // timestamptz only accepts UTC DateTimes; every DateTime the app stores is UTC by convention (…Utc names),
        // but values read back from SQLite or a JSON export carry Kind=Unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
