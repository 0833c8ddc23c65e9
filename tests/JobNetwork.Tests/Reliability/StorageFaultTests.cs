using System.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Reliability;

/// <summary>
/// A full disk or read-only data folder under the running app: the failed write says why in words a user can act on,
/// reads and pages keep being served, <c>/healthz</c> answers 503 until a write succeeds again.
/// </summary>
public sealed class StorageFaultTests : IAsyncLifetime
{
    private const string Owner = "storage-fault-user";
    private readonly JobNetworkAppFactory baseApp = new();
    private readonly StorageFaultInjector injector = new();
    private WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        app = baseApp.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(injector))));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await baseApp.DisposeAsync();
    }

    [Theory]
    [InlineData(StorageFault.ReadOnly, "read-only")]
    [InlineData(StorageFault.DiskFull, "disk is full")]
    public async Task A_failed_write_says_why_reads_go_on_and_health_reports_unhealthy_until_writes_succeed(StorageFault fault, string reason)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await app.Services.AddAccountAsync(Owner);
        var contactId = await WriteContactAsync("Before the fault");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        injector.Fault = fault;
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => WriteContactAsync("During the fault", notes: new string('x', 20_000)));
        var message = StorageFailure.Describe(failure);

        Assert.NotNull(message);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Contains("Everything saved before is safe", message, StringComparison.Ordinal);
        using (var health = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        // Reads go on: the service still lists the contact saved before, and pages are still served.
        var names = await ReadContactNamesAsync();
        Assert.Contains("Before the fault", names);
        Assert.DoesNotContain("During the fault", names);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);

        injector.Fault = StorageFault.None;
        await WriteAskAsync(contactId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private async Task<int> WriteContactAsync(string name, string? notes = null)
    {
        await using var scope = ScopeForOwner();
        var result = await scope.ServiceProvider.GetRequiredService<ContactService>()
            .CreateAsync(new ContactForm { Name = name, Notes = notes, CompanyName = "Fault Ltd" }, CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
        return result.Id!.Value;
    }

    private async Task WriteAskAsync(int contactId)
    {
        await using var scope = ScopeForOwner();
        var result = await scope.ServiceProvider.GetRequiredService<AskService>().LogAsync(contactId, new AskForm(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
    }

    private async Task<List<string>> ReadContactNamesAsync()
    {
        await using var scope = ScopeForOwner();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Contacts.Select(c => c.Name).ToListAsync();
    }

    private AsyncServiceScope ScopeForOwner()
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(Owner);
        return scope;
    }
}
