using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Sharing a LinkedIn profile to the installed app opens /share the way the manifest's share_target does (GET with
/// title, text and url): the new-contact form comes up filled in, and the contact exists only after Save.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ShareAProfileFromThePhone(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task A_shared_linkedin_profile_opens_a_filled_in_contact_form_and_saves_on_confirm(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "share-profile", async session =>
        {
            var page = session.Page;
            var name = $"Rosa Shared {device}";
            var slug = $"rosa-shared-{device.ToString().ToLowerInvariant()}-4b1c2d9";
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);

            var text = Uri.EscapeDataString($"Check out {name}’s profile on LinkedIn https://www.linkedin.com/in/{slug}?utm_source=share&utm_medium=member_android");
            await session.GotoAsync($"share?title=&text={text}");
            await session.WaitForInteractiveAsync();

            var dialog = page.MudDialog("Add contact");
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog.Field("Name")).ToHaveValueAsync(name);
            await Expect(dialog.Field("LinkedIn profile")).ToHaveValueAsync($"https://www.linkedin.com/in/{slug}");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            await session.ScreenshotAsync("share-profile-form");
            Assert.Equal(0, await session.HorizontalOverflowAsync());

            await dialog.SubmitAsync("Save");
            await page.ExpectSnackbarAsync("Contact added.");
            await Expect(page.Heading(name, 1)).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/contacts/\\d+$"));
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            await session.ScreenshotAsync("share-profile-saved");
        });
    }

    [Fact]
    public async Task A_shared_job_posting_opens_a_filled_in_lead_form_and_nothing_is_saved_when_it_is_dismissed()
    {
        await PageSession.RunAsync(browser.Browser, app.Server, Device.Phone, "share-job", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);
            await session.GotoAsync("share?title=" + Uri.EscapeDataString("Globex hiring Payroll Specialist in Leeds | LinkedIn")
                + "&url=" + Uri.EscapeDataString("https://www.linkedin.com/jobs/view/4012345678/"));
            await session.WaitForInteractiveAsync();

            var dialog = page.MudDialog("Add job lead");
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog.Field("Job title")).ToHaveValueAsync("Payroll Specialist");
            await Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Company", Exact = true })).ToHaveValueAsync("Globex");
            await Expect(dialog.Field("Link")).ToHaveValueAsync("https://www.linkedin.com/jobs/view/4012345678/");
            await session.ScreenshotAsync("share-job-form");

            await dialog.Button("Cancel").ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(page.Heading("Shared to JobNetwork", 1)).ToBeVisibleAsync();
            await Expect(page.Button("Add as a job lead")).ToBeVisibleAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            await session.ScreenshotAsync("share-job-dismissed");

            await session.GotoAsync("leads");
            await Expect(page.GetByText("Payroll Specialist")).ToHaveCountAsync(0);
        });
    }
}
