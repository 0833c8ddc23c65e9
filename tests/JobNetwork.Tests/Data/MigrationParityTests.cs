using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Data;

/// <summary>
/// Both migration sets are generated from the one model: a model change without a migration for either provider
/// fails here (neither check needs a server).
/// </summary>
public sealed class MigrationParityTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new AppDbContext(Options(b => b.UseSqlite("Data Source=:memory:")), new FakeCurrentUser());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration: dotnet ef migrations add <Name> --context AppDbContext -o Data/Migrations");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresAppDbContext(Options(b => b.UseNpgsql("Host=localhost;Database=parity")), new FakeCurrentUser());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: dotnet ef migrations add <Name> --context PostgresAppDbContext -o Data/Postgres/Migrations");
    }

    [Fact]
    public void Both_sets_have_the_same_tables()
    {
        using var sqlite = new AppDbContext(Options(b => b.UseSqlite("Data Source=:memory:")), new FakeCurrentUser());
        using var postgres = new PostgresAppDbContext(Options(b => b.UseNpgsql("Host=localhost;Database=parity")), new FakeCurrentUser());
        var sqliteTables = sqlite.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet();
        var postgresTables = postgres.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet();

        // The key ring lives in the database only where several instances share it.
        postgresTables.Remove("DataProtectionKeys");
        Assert.Equal(sqliteTables.Order(StringComparer.Ordinal), postgresTables.Order(StringComparer.Ordinal));
    }

    private static DbContextOptions<AppDbContext> Options(Action<DbContextOptionsBuilder<AppDbContext>> provider)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>().UseApplicationServiceProvider(IdentityModel.Services);
        provider(builder);
        return builder.Options;
    }
}
