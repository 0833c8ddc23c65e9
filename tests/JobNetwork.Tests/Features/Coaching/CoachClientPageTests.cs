using Bunit;
using JobNetwork.Web.Features.Coaching;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>
/// A coach's open client page ends at once when the job seeker stops sharing: on this instance by the announcement,
/// from another instance by the page's recheck; and any later read through the page is refused too.
/// </summary>
[Trait("Database", "Any")]
public sealed class CoachClientPageTests : CoachingTestBase, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly BunitContext context = new();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await context.DisposeAsync();
        await DisposeAsync();
    }

    private IRenderedComponent<CoachClientPage> RenderAsBob(int grantId, bool interactive = true, CoachGrantWatch? watch = null)
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton(CoachingAs(Bob));
        context.Services.AddSingleton(watch ?? Watch);
        context.Renderer.SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        return context.Render<CoachClientPage>(p => p.Add(x => x.GrantId, grantId));
    }

    private async Task<int> AccessEntriesAsync()
    {
        await using var db = Alice.Db();
        return await db.CoachAccessEntries.CountAsync();
    }

    [Fact]
    public async Task Stopping_sharing_ends_the_coachs_open_page_at_once_without_any_click()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();
        var page = RenderAsBob(grantId);
        page.WaitForAssertion(() => Assert.Contains(AliceSecret + " circle", page.Markup, StringComparison.Ordinal), Patience);

        Assert.True(await SharingOf(Alice).RevokeAsync(grantId, None));

        page.WaitForAssertion(() => Assert.Contains("Access ended", page.Markup, StringComparison.Ordinal), Patience);
        Assert.DoesNotContain(AliceSecret, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_sharing_on_another_instance_reaches_the_open_page_by_its_recheck()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();
        var page = RenderAsBob(grantId, watch: new CoachGrantWatch { RecheckEvery = TimeSpan.FromMilliseconds(200) });
        page.WaitForAssertion(() => Assert.Contains(AliceSecret + " circle", page.Markup, StringComparison.Ordinal), Patience);

        Assert.True(await SharingOnAnotherInstance(Alice).RevokeAsync(grantId, None));

        page.WaitForAssertion(() => Assert.Contains("Access ended", page.Markup, StringComparison.Ordinal), Patience);
        Assert.DoesNotContain(AliceSecret, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nudge_sent_after_the_grant_ended_is_refused_and_the_page_says_access_ended()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();
        // This page rechecks hourly: the nudge is its first read after the revocation on the other instance.
        var page = RenderAsBob(grantId);
        page.WaitForAssertion(() => Assert.Contains(AliceSecret + " circle", page.Markup, StringComparison.Ordinal), Patience);

        Assert.True(await SharingOnAnotherInstance(Alice).RevokeAsync(grantId, None));
        page.Find("textarea").Change("Call your friends this week");
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Contains("Send nudge", StringComparison.Ordinal)).Click());

        page.WaitForAssertion(() => Assert.Contains("Access ended", page.Markup, StringComparison.Ordinal), Patience);
        Assert.DoesNotContain(AliceSecret, page.Markup, StringComparison.Ordinal);
        Assert.Empty(await SharingOf(Alice).OpenNudgesAsync(None));
    }

    [Fact]
    public async Task A_page_opened_after_the_revoke_shows_access_ended_and_no_data()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();
        Assert.True(await SharingOf(Alice).RevokeAsync(grantId, None));

        var page = RenderAsBob(grantId);

        page.WaitForAssertion(() => Assert.Contains("Access ended", page.Markup, StringComparison.Ordinal), Patience);
        Assert.DoesNotContain(AliceSecret, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_prerendered_then_live_is_one_entry_in_the_clients_access_history()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();

        var prerendered = RenderAsBob(grantId, interactive: false);
        prerendered.WaitForAssertion(() => Assert.Contains(AliceSecret + " circle", prerendered.Markup, StringComparison.Ordinal), Patience);
        Assert.Equal(1, await AccessEntriesAsync());

        context.Renderer.SetRendererInfo(new RendererInfo("Server", true));
        var live = context.Render<CoachClientPage>(p => p.Add(x => x.GrantId, grantId));
        live.WaitForAssertion(() => Assert.Contains(AliceSecret + " circle", live.Markup, StringComparison.Ordinal), Patience);
        Assert.Equal(1, await AccessEntriesAsync());

        Clock.Advance(CoachAccessService.SameReadWindow + TimeSpan.FromSeconds(1));
        var later = context.Render<CoachClientPage>(p => p.Add(x => x.GrantId, grantId));
        later.WaitForAssertion(() => Assert.Contains(AliceSecret + " circle", later.Markup, StringComparison.Ordinal), Patience);
        Assert.Equal(2, await AccessEntriesAsync());
    }
}
