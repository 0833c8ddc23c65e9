using Bunit;
using JobNetwork.Web.Features.Coaching;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>A coach's open client page re-reads the grant on its next read: revoked means "access ended", not stale data.</summary>
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

    private IRenderedComponent<CoachClientPage> RenderAsBob(int grantId)
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton(CoachingAs(Bob));
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        return context.Render<CoachClientPage>(p => p.Add(x => x.GrantId, grantId));
    }

    [Fact]
    public async Task Revoking_while_the_coach_has_the_page_open_ends_access_on_the_next_read()
    {
        await GiveAliceANetworkAsync();
        var grantId = await InviteBobAsync();
        var page = RenderAsBob(grantId);
        page.WaitForAssertion(() => Assert.Contains(AliceSecret + " circle", page.Markup, StringComparison.Ordinal), Patience);

        Assert.True(await SharingOf(Alice).RevokeAsync(grantId, None));
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
}
