using System.Net;
using Ical.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Calendar;

/// <summary>The private calendar feed over HTTP: a valid iCalendar, only with the secret, only the owner's data, and rotation kills the old URL.</summary>
public sealed class CalendarFeedTests : IAsyncLifetime
{
    private readonly JobNetworkAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<T> AsUserAsync<T>(string userId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        return await work(scope.ServiceProvider);
    }

    private Task<string> TokenForAsync(string userId, string contactName, DateOnly followUp) => AsUserAsync(userId, async services =>
    {
        // The feed answers only for an account that exists (and is not disabled).
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is null)
        {
            Assert.True((await users.CreateAsync(new ApplicationUser { Id = userId, UserName = userId + "@example.com", Email = userId + "@example.com" })).Succeeded);
        }

        await services.GetRequiredService<ContactService>().CreateAsync(
            new ContactForm { Name = contactName, NextFollowUpOn = followUp.ToDateTime(TimeOnly.MinValue) }, CancellationToken.None);
        return await services.GetRequiredService<CalendarFeedService>().RotateTokenAsync(CancellationToken.None);
    });

    [Fact]
    public async Task A_thank_you_due_today_is_an_event_of_its_own_naming_the_chain()
    {
        var client = app.CreateClient();
        var token = await TokenForAsync("alice-id", "Dana Levi", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3));
        await Digest.WebhookTests.OweDanaAThankYouAsync(app.Services, "alice-id");

        var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync(CalendarFeedEndpoint.PathFor(token)))!;

        var thanks = Assert.Single(calendar.Events, e => e.Summary == "Thank Dana — you talked to Grace");
        Assert.Contains("isn't counted as an ask", thanks.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_is_valid_icalendar_with_the_owners_follow_ups_and_the_daily_prompt()
    {
        var client = app.CreateClient();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var aliceToken = await TokenForAsync("alice-id", "Dana Levi", tomorrow);
        await TokenForAsync("bob-id", "Bob's secret friend", tomorrow);

        var response = await client.GetAsync(CalendarFeedEndpoint.PathFor(aliceToken));
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(calendar.Events, e => e.Summary == "Follow up with Dana Levi");
        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("Something to do today", StringComparison.Ordinal));
        Assert.DoesNotContain("Bob's secret friend", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotating_the_secret_makes_the_old_url_not_found()
    {
        var client = app.CreateClient();
        var oldToken = await TokenForAsync("carol-id", "Dana", DateOnly.FromDateTime(DateTime.UtcNow));
        var newToken = await AsUserAsync("carol-id", s => s.GetRequiredService<CalendarFeedService>().RotateTokenAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CalendarFeedEndpoint.PathFor(oldToken))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CalendarFeedEndpoint.PathFor(newToken))).StatusCode);
    }

    [Theory]
    [InlineData("/calendar/0000000000000000000000000000000000000000000000000000000000000000.ics")]
    [InlineData("/calendar/not-a-token.ics")]
    [InlineData("/calendar/.ics")]
    public async Task Without_the_secret_nothing_is_served(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Turning_the_feed_off_stops_it()
    {
        var token = await TokenForAsync("dave-id", "Dana", DateOnly.FromDateTime(DateTime.UtcNow));
        await AsUserAsync("dave-id", async s =>
        {
            await s.GetRequiredService<CalendarFeedService>().TurnOffAsync(CancellationToken.None);
            return 0;
        });

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(CalendarFeedEndpoint.PathFor(token))).StatusCode);
    }
}
