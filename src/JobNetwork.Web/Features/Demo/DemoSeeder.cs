using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Demo;

/// <summary>Writes a generated network into one account, creating the account if needed. Never runs unless asked for.</summary>
public sealed class DemoSeeder(UserManager<ApplicationUser> users, DbContextOptions<AppDbContext> options, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task<string> SeedAsync(string email, string password, DemoNetworkSize size, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        var network = new DemoNetworkGenerator().Generate(size, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await using var db = AppDbContextFactory.Create(options, new ActingUser(user.Id));
        await network.SaveAsync(db, cancellationToken);
        logger.LogInformation("Seeded a demo network for {Email}: {Contacts} contacts, {Asks} asks, {Leads} leads.", email, size.Contacts, size.Asks, size.Leads);
        return user.Id;
    }
}
