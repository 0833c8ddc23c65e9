using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Configurations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Hostile tenants racing: parallel registrations on an empty instance (three administrators before the fix) and
/// parallel uses of one single-use invitation (two accounts before). Forms are loaded first and posted all at once.
/// On PostgreSQL when JOBNETWORK_TEST_PROVIDER=Postgres.
/// </summary>
[Trait("Database", "Any")]
public sealed class RegistrationRaceTests : IAsyncLifetime
{
    private const string Password = "Corr3ct-Horse!";
    private const int Racers = 6;

    private string? postgresDatabase;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (postgresDatabase is not null)
        {
            TestPostgres.DropDatabase(postgresDatabase);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Parallel_first_registrations_make_exactly_one_administrator()
    {
        await using var app = Start(("Registration:Mode", "Closed"));

        await RaceAsync(app, "/Account/Register", invitation: null);

        Assert.Equal(1, await app.CountUsersAsync());
        Assert.Equal(1, await CountAsync(app, db => db.UserRoles.CountAsync(r => r.RoleId == IdentityRoleConfiguration.AdministratorRoleId)));
    }

    [Fact]
    public async Task Parallel_uses_of_one_invitation_make_exactly_one_account()
    {
        await using var app = Start(("Registration:Mode", "InviteOnly"));
        using (var admin = app.CreateBrowser())
        {
            (await admin.RegisterAsync("admin@example.com", Password)).Dispose();
        }

        Invitation invitation;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            invitation = await scope.ServiceProvider.GetRequiredService<RegistrationPolicy>()
                .CreateInvitationAsync("one guest", TimeSpan.FromDays(1), CancellationToken.None);
        }

        await RaceAsync(app, $"/Account/Register?invitation={invitation.Token}", invitation.Token);

        Assert.Equal(2, await app.CountUsersAsync());
        Assert.Equal(1, await CountAsync(app, db => db.Invitations.CountAsync(i => i.UsedAtUtc != null)));
    }

    private static async Task RaceAsync(JobNetworkAppFactory app, string path, string? invitation)
    {
        var browsers = Enumerable.Range(0, Racers).Select(_ => app.CreateBrowser()).ToList();
        try
        {
            var tokens = await Task.WhenAll(browsers.Select(b => b.GetAntiforgeryTokenAsync(path)));
            var posts = browsers.Select((browser, i) =>
            {
                var fields = FormClient.RegisterFields($"racer{i}@example.com", Password).ToList();
                if (invitation is not null)
                {
                    fields.Add(("Input.Invitation", invitation));
                }

                return browser.PostFormAsync(path, "register", tokens[i], [.. fields]);
            });
            foreach (var response in await Task.WhenAll(posts))
            {
                Assert.True((int)response.StatusCode < 500, $"A racer got {response.StatusCode}.");
                response.Dispose();
            }
        }
        finally
        {
            browsers.ForEach(b => b.Dispose());
        }
    }

    private static async Task<int> CountAsync(JobNetworkAppFactory app, Func<AppDbContext, Task<int>> count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await count(db);
    }

    private JobNetworkAppFactory Start(params (string Key, string? Value)[] settings)
    {
        if (!TestPostgres.IsSelected)
        {
            return new JobNetworkAppFactory([.. settings, ("RateLimiting:SignInPermitsPerMinute", "1000")]);
        }

        postgresDatabase = TestPostgres.CreateDatabase();
        return new JobNetworkAppFactory([.. settings, ("RateLimiting:SignInPermitsPerMinute", "1000"),
            ("Database:Provider", "Postgres"), ("Database:ConnectionString", TestPostgres.ConnectionStringFor(postgresDatabase))]);
    }
}
