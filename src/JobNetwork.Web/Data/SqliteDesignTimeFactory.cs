using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JobNetwork.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add Name --context AppDbContext -o Data/Migrations</c> build the SQLite model. Without
/// it the tools resolve <see cref="AppDbContext"/> through <c>PostgresDesignTimeFactory</c> (its context derives from
/// this one) and scaffold a PostgreSQL migration into the SQLite folder.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=jobnetwork-design.db")
            .UseApplicationServiceProvider(IdentityModel.Services)
            .Options;
        return new AppDbContext(options, new NobodySignedIn());
    }

    private sealed class NobodySignedIn : ICurrentUser
    {
        public string? UserId => null;
    }
}
