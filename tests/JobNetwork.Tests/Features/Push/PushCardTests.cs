using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Push;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Features.Push;

/// <summary>Settings → Push notifications: says plainly what this browser can do, subscribes it, lists and removes devices.</summary>
[Trait("Database", "Any")]
public sealed class PushCardTests : MudComponentTest
{
    private const string Module = "./Features/Push/PushCard.razor.js";
    private const string Endpoint = "https://8.8.8.8/fcm/send/this-browser";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private TestUser alice = null!;
    private BunitJSModuleInterop module = null!;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        alice = new TestUser(database, "user-alice", clock);
        Context.Services.AddSingleton(alice.Factory);
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton(new SettingsService(alice.Factory));
        Context.Services.AddSingleton<VapidKeyStore>();
        Context.Services.AddSingleton(sp => new PushSender(new HttpClient(), sp.GetRequiredService<VapidKeyStore>(), new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton(sp => new PushSubscriptionService(alice.Factory, sp.GetRequiredService<PushSender>(), new OutboundAddressPolicy([]), clock));
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        module = Context.JSInterop.SetupModule(Module);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private IRenderedComponent<PushCard> Render(string permission, string? endpoint = null)
    {
        module.Setup<BrowserPushState>("state").SetResult(new BrowserPushState(permission, endpoint));
        Context.Render<MudSnackbarProvider>();
        return Context.Render<PushCard>();
    }

    [Fact]
    public void A_browser_without_push_is_told_so_and_offered_no_button()
    {
        var card = Render("unsupported");

        card.WaitForAssertion(() => Assert.Contains("cannot receive push notifications", card.Find("[data-testid=push-unsupported]").TextContent, StringComparison.Ordinal));
        Assert.Empty(card.FindAll("[data-testid=push-subscribe]"));
    }

    [Fact]
    public void Blocked_notifications_are_explained_with_what_to_do_and_no_button()
    {
        var card = Render("denied");

        card.WaitForAssertion(() => Assert.Contains("Allow them in the browser's site settings", card.Find("[data-testid=push-denied]").TextContent, StringComparison.Ordinal));
        Assert.Empty(card.FindAll("[data-testid=push-subscribe]"));
    }

    [Fact]
    public async Task Subscribing_sends_the_servers_key_to_the_browser_and_lists_this_device()
    {
        var card = Render("default");
        module.Setup<BrowserSubscribeResult>("subscribe", _ => true).SetResult(new BrowserSubscribeResult(
            new PushSubscriptionForm { Endpoint = Endpoint, P256dh = "BKEY", Auth = "SECRET", UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile/15E148 Safari/604.1" },
            null, "granted"));
        card.WaitForAssertion(() => Assert.Contains("No devices yet", card.Markup, StringComparison.Ordinal));

        card.Find("[data-testid=push-subscribe]").Click();

        card.WaitForAssertion(() => Assert.Contains("This device gets the daily prompt.", card.Markup, StringComparison.Ordinal));
        var row = card.Find("[data-testid=push-device-row]");
        Assert.Contains("Safari on iPhone (this device)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("added 15 Jun 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("nothing delivered yet", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("[data-testid=push-subscribe]"));
        var vapidKey = (await Context.Services.GetRequiredService<VapidKeyStore>().GetAsync(CancellationToken.None)).PublicKey;
        Assert.Equal(vapidKey, Assert.Single(module.Invocations, i => i.Identifier == "subscribe").Arguments[0]);
    }

    [Fact]
    public void A_refusal_in_the_browser_prompt_is_shown_next_to_the_card_and_nothing_is_stored()
    {
        var card = Render("default");
        module.Setup<BrowserSubscribeResult>("subscribe", _ => true).SetResult(new BrowserSubscribeResult(null, "Notifications are blocked for this site.", "denied"));
        card.WaitForAssertion(() => card.Find("[data-testid=push-subscribe]"));

        card.Find("[data-testid=push-subscribe]").Click();

        card.WaitForAssertion(() =>
        {
            Assert.Contains("Allow them in the browser's site settings", card.Find("[data-testid=push-denied]").TextContent, StringComparison.Ordinal);
            Assert.Contains("Notifications are blocked for this site.", card.Find("[data-testid=push-problem]").TextContent, StringComparison.Ordinal);
            Assert.Contains("No devices yet", card.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Removing_a_device_offers_undo()
    {
        await Context.Services.GetRequiredService<PushSubscriptionService>().SaveAsync(
            new PushSubscriptionForm { Endpoint = Endpoint, P256dh = "BKEY", Auth = "SECRET", UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" }, CancellationToken.None);
        var snackbars = Context.Render<MudSnackbarProvider>();
        module.Setup<BrowserPushState>("state").SetResult(new BrowserPushState("granted", null));
        var card = Context.Render<PushCard>();
        card.WaitForAssertion(() => card.Find("[data-testid=push-device-row]"));

        card.Find("[aria-label='Remove Firefox on Linux']").Click();

        card.WaitForAssertion(() => Assert.Contains("No devices yet", card.Markup, StringComparison.Ordinal));
        snackbars.WaitForAssertion(() => Assert.Contains("Firefox on Linux no longer gets the daily prompt.", snackbars.Markup, StringComparison.Ordinal));
        snackbars.Find(".mud-snackbar-action-button").Click();
        card.WaitForAssertion(() => Assert.Contains("Firefox on Linux", card.Find("[data-testid=push-device-row]").TextContent, StringComparison.Ordinal));
    }
}
