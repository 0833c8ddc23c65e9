using System.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Security;

/// <summary>Hostile tenant: a disabled or deleted account's private calendar feed stops answering at once.</summary>
public sealed class StoppedAccountFeedTests : IAsyncLifetime
{
    private readonly JobNetworkAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_feed_is_not_found_while_the_account_is_disabled_and_after_it_is_deleted()
    {
        var (userId, token) = await AccountWithFeedAsync("mallory@example.com");
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CalendarFeedEndpoint.PathFor(token))).StatusCode);

        await WithAdminAsync(admin => admin.SetDisabledAsync(userId, true, "someone-else", CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CalendarFeedEndpoint.PathFor(token))).StatusCode);

        await WithAdminAsync(admin => admin.SetDisabledAsync(userId, false, "someone-else", CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CalendarFeedEndpoint.PathFor(token))).StatusCode);

        await WithAdminAsync(admin => admin.DeleteUserAsync(userId, "someone-else", CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CalendarFeedEndpoint.PathFor(token))).StatusCode);
    }

    private async Task<(string UserId, string Token)> AccountWithFeedAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = email, Email = email };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
        return (user.Id, await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().RotateTokenAsync(CancellationToken.None));
    }

    private async Task WithAdminAsync(Func<AdminService, Task<AccountChange>> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(AccountChange.Done, await change(scope.ServiceProvider.GetRequiredService<AdminService>()));
    }
}
