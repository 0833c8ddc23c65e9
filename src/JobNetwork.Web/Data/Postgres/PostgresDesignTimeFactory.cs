using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JobNetwork.Web.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add Name --context PostgresAppDbContext -o Data/Postgres/Migrations</c> build the
/// PostgreSQL model without a server (adding a migration never connects).
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=jobnetwork_design")
            .UseApplicationServiceProvider(IdentityModel.Services)
            .Options;
        return new PostgresAppDbContext(options, new NobodySignedIn());
    }

    private sealed class NobodySignedIn : ICurrentUser
    {
        public string? UserId => null;
    }
}
