using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JobNetwork.Web.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add Name --context PostgresAppDbContext -o Data/Postgres/Migrations</c> build the
/// PostgreSQL model without a server (adding a migration never connects).
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    // Identity shapes its tables from IdentityOptions (passkeys need schema version 3), as the app configures them.
    private static readonly IServiceProvider IdentityAwareServices = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    public PostgresAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=jobnetwork_design")
            .UseApplicationServiceProvider(IdentityAwareServices)
            .Options;
        return new PostgresAppDbContext(options, new NobodySignedIn());
    }

    private sealed class NobodySignedIn : ICurrentUser
    {
        public string? UserId => null;
    }
}
