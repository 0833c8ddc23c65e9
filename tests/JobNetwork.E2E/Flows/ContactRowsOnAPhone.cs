using System.Text;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 17: at 390 px each contact is one compact row (name, then company and circle, last asked on the right) instead
/// of a 400 px card; nothing scrolls sideways and the check boxes for the bulk actions stay in reach.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ContactRowsOnAPhone(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const int People = 20;

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Twenty_contacts_are_twenty_compact_rows_on_a_phone(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "contact-rows", async session =>
        {
            var page = session.Page;
            var email = await session.SignInAsNewUserAsync("contact-rows");
            await SeedContactsAsync(app.Server, email);

            await session.OpenAsync("contacts", "Contacts");
            var rows = page.Locator(".jn-contacts-grid tbody tr");
            await Expect(rows).ToHaveCountAsync(People);
            var first = rows.Filter(new() { Has = page.Link("Person 01 Aalto") });
            await Expect(first).ToContainTextAsync("Company 01");
            await Expect(first).ToContainTextAsync("Former coworkers");
            await Expect(first).ToContainTextAsync("Never");
            Assert.Equal(0, await session.HorizontalOverflowAsync());

            var rowHeights = await rows.EvaluateAllAsync<double[]>("rows => rows.map(r => r.getBoundingClientRect().height)");
            var gridHeight = await page.Locator(".jn-contacts-grid").EvaluateAsync<double>("g => g.getBoundingClientRect().height");
            if (device == Device.Phone)
            {
                // Name, and company · circle below it, all visible in the row; the desktop-only columns are not.
                await Expect(first.Locator(".jn-contact-subline")).ToHaveTextAsync("Company 01 · Former coworkers");
                await Expect(first.GetByRole(AriaRole.Cell).Filter(new() { HasText = "Know" }).First).ToBeHiddenAsync();
                Assert.True(rowHeights.Max() <= 80, $"A contact row is {rowHeights.Max()}px tall at 390 px; a compact row is at most 80 px.");
            }

            Console.WriteLine($"Contact rows at {device.Width()} px: tallest {rowHeights.Max():F0} px, {People} contacts take {gridHeight:F0} px with the pager.");
            await session.CheckpointAsync("contact-rows-1-list");

            // The check box stays in each row: the bulk actions are one tap away.
            await first.GetByRole(AriaRole.Checkbox).CheckAsync();
            await Expect(page.Button("Add to circle")).ToBeVisibleAsync();
            Assert.Equal(0, await session.HorizontalOverflowAsync());
            await session.CheckpointAsync("contact-rows-2-selected");
        });
    }

    private static async Task SeedContactsAsync(AppServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException(email);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
        var circle = await scope.ServiceProvider.GetRequiredService<CircleService>()
            .SaveAsync(null, new CircleForm { Name = "Former coworkers", Kind = CircleKind.FormerCoworkers }, CancellationToken.None);
        var csv = new StringBuilder("Name,Company,Title\n");
        for (var i = 1; i <= People; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Person {i:00} {(i == 1 ? "Aalto" : "Lindqvist-Okonkwo")},Company {i:00},Senior software engineer\n");
        }

        var imported = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(
            Encoding.UTF8.GetBytes(csv.ToString()), "people.csv", new ImportOptions(TargetCircleId: circle.Id), null, CancellationToken.None);
        var asks = scope.ServiceProvider.GetRequiredService<AskService>();
        foreach (var id in imported.ContactIds.Skip(1).Take(5))
        {
            await asks.LogAsync(id, new AskForm { AskedOn = DateTime.UtcNow.Date.AddDays(-3) }, CancellationToken.None);
        }
    }
}
