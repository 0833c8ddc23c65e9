using JobNetwork.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Data;

/// <summary>
/// Creates the context for the configured provider: <see cref="AppDbContext"/> on SQLite,
/// <see cref="PostgresAppDbContext"/> on PostgreSQL. Everything else asks for <see cref="AppDbContext"/>.
/// </summary>
public sealed class AppDbContextFactory(DbContextOptions<AppDbContext> options, ICurrentUser currentUser)
    : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => Create(options, currentUser);

    public static AppDbContext Create(DbContextOptions<AppDbContext> options, ICurrentUser currentUser) =>
        IsPostgres(options) ? new PostgresAppDbContext(options, currentUser) : new AppDbContext(options, currentUser);

    public static bool IsPostgres(DbContextOptions options) =>
        options.Extensions.Any(extension => extension.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal));
}
