using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Push;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Push;

/// <summary>A user's push devices: subscribe, list, re-subscribe, remove with Undo, and never another user's.</summary>
[Trait("Database", "Any")]
public sealed class PushSubscriptionServiceTests : TwoUserTestBase
{
    // A public address literal: no DNS lookup, and the address rule lets it through.
    private const string PhoneEndpoint = "https://8.8.8.8/fcm/send/alice-phone";
    private const string LaptopEndpoint = "https://8.8.4.4/push/v2/alice-laptop";
    private const string AndroidChrome = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

    private PushSubscriptionService ServiceFor(TestUser user)
    {
        var services = new ServiceCollection();
        services.AddSingleton(user.Factory);
        var keys = new VapidKeyStore(services.BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());
        var sender = new PushSender(new HttpClient(), keys, new ConfigurationBuilder().Build());
        return new PushSubscriptionService(user.Factory, sender, new OutboundAddressPolicy([]), Clock);
    }

    private static PushSubscriptionForm Form(string endpoint, string p256dh = "BPUBLICKEY", string? userAgent = AndroidChrome) =>
        new() { Endpoint = endpoint, P256dh = p256dh, Auth = "AUTHSECRET", UserAgent = userAgent };

    [Fact]
    public async Task A_subscribed_device_is_listed_with_its_browser_and_the_date_it_was_added()
    {
        var alice = ServiceFor(Alice);

        var saved = await alice.SaveAsync(Form(PhoneEndpoint), None);

        Assert.Null(saved.Error);
        var row = Assert.Single(await alice.ListAsync(None));
        Assert.Equal("Chrome on Android", row.Device);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, row.CreatedAtUtc);
        Assert.Null(row.LastDeliveredAtUtc);
        Assert.Equal(saved.Id, await alice.FindIdAsync(PhoneEndpoint, None));
    }

    [Fact]
    public async Task Subscribing_the_same_browser_again_updates_its_keys_instead_of_adding_a_device()
    {
        var alice = ServiceFor(Alice);
        var first = await alice.SaveAsync(Form(PhoneEndpoint, "OLDKEY"), None);
        await alice.SaveAsync(Form(LaptopEndpoint, userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"), None);

        var again = await alice.SaveAsync(Form(PhoneEndpoint, "NEWKEY"), None);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(["Firefox on Windows", "Chrome on Android"], (await alice.ListAsync(None)).Select(d => d.Device).Order().Reverse());
        await using var db = Unfiltered();
        Assert.Equal("NEWKEY", (await db.PushSubscriptions.IgnoreQueryFilters().SingleAsync(s => s.Endpoint == PhoneEndpoint)).P256dh);
    }

    [Fact]
    public async Task Subscribing_makes_the_settings_row_the_daily_send_is_claimed_on()
    {
        await ServiceFor(Alice).SaveAsync(Form(PhoneEndpoint), None);

        await using var db = Unfiltered();
        Assert.Equal(1, await db.JobSearchSettings.IgnoreQueryFilters().CountAsync(s => s.OwnerId == Alice.Id));
    }

    [Fact]
    public async Task A_removed_device_comes_back_with_undo()
    {
        var alice = ServiceFor(Alice);
        var saved = await alice.SaveAsync(Form(PhoneEndpoint), None);

        var removed = await alice.RemoveAsync(saved.Id!.Value, None);

        Assert.NotNull(removed);
        Assert.Empty(await alice.ListAsync(None));
        Assert.Null((await alice.RestoreAsync(removed, None)).Error);
        var row = Assert.Single(await alice.ListAsync(None));
        Assert.Equal("Chrome on Android", row.Device);
    }

    [Fact]
    public async Task Another_users_device_is_invisible_and_cannot_be_removed_or_sent_to()
    {
        var saved = await ServiceFor(Alice).SaveAsync(Form(PhoneEndpoint), None);
        var bob = ServiceFor(Bob);

        Assert.Empty(await bob.ListAsync(None));
        Assert.Null(await bob.FindIdAsync(PhoneEndpoint, None));
        Assert.Null(await bob.RemoveAsync(saved.Id!.Value, None));
        Assert.Equal("This device is no longer subscribed.", await bob.SendTestAsync(saved.Id!.Value, None));
        Assert.Single(await ServiceFor(Alice).ListAsync(None));
    }

    [Fact]
    public async Task The_same_browser_subscribed_by_two_accounts_is_a_device_of_each()
    {
        var alices = await ServiceFor(Alice).SaveAsync(Form(PhoneEndpoint), None);
        var bobs = await ServiceFor(Bob).SaveAsync(Form(PhoneEndpoint), None);

        Assert.Null(bobs.Error);
        Assert.NotEqual(alices.Id, bobs.Id);
        Assert.Single(await ServiceFor(Bob).ListAsync(None));
    }

    [Theory]
    [InlineData("http://8.8.8.8/push/abc", PushEndpointRule.NotHttps)]
    [InlineData("javascript:alert(1)", PushEndpointRule.NotHttps)]
    [InlineData("https://127.0.0.1/push/abc", PushEndpointRule.Inward)]
    [InlineData("https://localhost:5006/push/abc", PushEndpointRule.Inward)]
    [InlineData("https://169.254.169.254/latest/meta-data", PushEndpointRule.Inward)]
    [InlineData("https://10.1.2.3/push/abc", PushEndpointRule.Inward)]
    [InlineData("https://[::1]/push/abc", PushEndpointRule.Inward)]
    [InlineData("https://[::ffff:192.168.1.1]/push/abc", PushEndpointRule.Inward)]
    public async Task An_endpoint_that_is_not_https_or_points_inward_is_refused_with_a_clear_message(string endpoint, string message)
    {
        var alice = ServiceFor(Alice);

        var result = await alice.SaveAsync(Form(endpoint), None);

        Assert.Equal(message, result.Error);
        Assert.Empty(await alice.ListAsync(None));
    }

    [Fact]
    public async Task A_subscription_without_keys_is_refused()
    {
        var result = await ServiceFor(Alice).SaveAsync(new PushSubscriptionForm { Endpoint = PhoneEndpoint }, None);

        Assert.NotNull(result.Error);
        Assert.Empty(await ServiceFor(Alice).ListAsync(None));
    }
}
