using System.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Backups;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Admin;

public sealed class AdminAccessTests : IAsyncLifetime
{
    private const string Password = "Corr3ct-Horse!";
    private readonly JobNetworkAppFactory app = new(("Registration:Mode", "Open"));
    private HttpClient admin = null!;
    private HttpClient member = null!;
    private string downloadUrl = "";

    public async Task InitializeAsync()
    {
        admin = app.CreateBrowser();
        member = app.CreateBrowser();
        (await admin.RegisterAsync("admin@example.com", Password)).Dispose();
        (await member.RegisterAsync("member@example.com", Password)).Dispose();
        var backup = await app.Services.GetRequiredService<BackupService>().CreateAsync("manual", CancellationToken.None);
        downloadUrl = "/admin/backups/" + Uri.EscapeDataString(backup.Name);
    }

    public async Task DisposeAsync()
    {
        admin.Dispose();
        member.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_administrator_sees_the_admin_page_with_accounts_backups_and_the_instance()
    {
        using var response = await admin.GetAsync("/admin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accounts", html, StringComparison.Ordinal);
        Assert.Contains("Backups", html, StringComparison.Ordinal);
        Assert.Contains("Database size", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_normal_user_gets_403_on_the_admin_page()
    {
        using var response = await member.GetAsync("/admin");

        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(html.Contains("This page is not available to your account", StringComparison.Ordinal), html);
        Assert.DoesNotContain("Database size", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_backup_is_downloadable_through_the_web_not_even_by_the_administrator()
    {
        // Decision 0013: a backup is every account's data; it leaves the server only by the operator's own tools.
        using var asAdmin = await admin.GetAsync(downloadUrl);
        using var asMember = await member.GetAsync(downloadUrl);
        using var page = await admin.GetAsync("/admin");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asMember.StatusCode);
        Assert.Contains("not downloadable here", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/backups/", html, StringComparison.Ordinal);
    }
}
