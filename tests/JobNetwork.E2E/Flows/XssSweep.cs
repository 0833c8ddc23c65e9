using System.Collections.Concurrent;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using JobNetwork.Tests.Security;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// The browser half of the XSS sweep: a network made of classic payloads (seeded through the services, imported from
/// CSV and vCard, and typed into a field of each form) is opened page by page in Chromium once each page is
/// interactive. No payload runs — no dialog, no console error (a CSP violation is one), no <c>window.__xss</c>, no
/// injected handler attribute, no javascript: link — and names show as literal text. The server-rendered half of
/// every page and payload is tests/JobNetwork.Tests/Security/XssRenderingTests.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class XssSweep(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    /// <summary>Live-DOM checks, run after each page is interactive: anything non-empty is a payload that became markup.</summary>
    private const string FindInjectedMarkup = """
        (bookmarklet) => {
          const found = [];
          if (window.__xss !== undefined) found.push('window.__xss = ' + window.__xss);
          for (const el of document.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              if (attr.name.startsWith('on') && attr.value.includes('__xss')) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
            }
            if (el.localName === 'script' && el.textContent.includes('__xss')) found.push('<script> ' + el.textContent);
          }
          for (const a of document.querySelectorAll('[href]')) {
            const href = a.getAttribute('href').trim();
            // The one javascript: link the app makes itself: the Share bookmarklet, exactly as generated.
            if (a.classList.contains('jn-bookmarklet') && href === bookmarklet) continue;
            if (/^[a-z][a-z0-9+.\-]*:/i.test(href) && !/^(https?|mailto|tel):/i.test(href)) found.push('href=' + href);
          }
          return found;
        }
        """;

    [Fact]
    public async Task No_payload_runs_on_any_page_and_names_show_literally()
    {
        await PageSession.RunAsync(browser.Browser, app.Server, Device.Desktop, "xss-sweep", async session =>
        {
            var page = session.Page;
            var dialogs = new ConcurrentQueue<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Enqueue($"{dialog.Type}: {dialog.Message} on {page.Url}");
                await dialog.DismissAsync();
            };

            var email = await session.SignInAsNewUserAsync("xss");
            var seeds = await SeedHostileNetworkAsync(app.Server, email);

            // Typed through the UI: a representative field of each form, including the URL fields.
            await TypeIntoFormsAsync(session, seeds[0]);

            var pages = new List<string> { "", "today", "circles", "contacts", "companies", "leads", "settings" };
            foreach (var seed in seeds)
            {
                pages.AddRange([$"circles/{seed.CircleId}", $"contacts/{seed.ContactId}", $"companies/{seed.CompanyId}", $"leads/{seed.LeadId}"]);
            }

            foreach (var path in pages)
            {
                await session.GotoAsync(path);
                await session.WaitForInteractiveAsync();
                await AssertNothingRanAsync(page, path, dialogs);
            }

            // Literal text: each payload is the visible heading of its contact's page.
            foreach (var seed in seeds)
            {
                await session.GotoAsync($"contacts/{seed.ContactId}");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(seed.Text);
            }

            // Interactive-only paths that echo a name: the Today page's snooze toast carries the contact's name.
            await session.OpenAsync("today", "Something to do today");
            var snooze = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Snooze until tomorrow: ") }).First;
            if (await snooze.CountAsync() > 0)
            {
                await snooze.ClickAsync();
                await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("snoozed until tomorrow");
                await AssertNothingRanAsync(page, "today after snooze", dialogs);
            }

            await session.GotoAsync($"contacts/{seeds[0].ContactId}");
            await session.ScreenshotAsync("xss-sweep-contact");
            Assert.True(dialogs.IsEmpty, "Dialogs opened: " + string.Join("; ", dialogs));
        });
    }

    private static async Task AssertNothingRanAsync(IPage page, string path, ConcurrentQueue<string> dialogs)
    {
        var bookmarklet = JobNetwork.Web.Features.Share.ShareBookmarklet.For(new Uri(page.Url).GetLeftPart(UriPartial.Authority) + "/");
        var injected = await page.EvaluateAsync<string[]>(FindInjectedMarkup, bookmarklet);
        Assert.True(injected.Length == 0, $"/{path}: " + string.Join("; ", injected));
        Assert.True(dialogs.IsEmpty, $"/{path}: dialogs opened: " + string.Join("; ", dialogs));
    }

    private static async Task TypeIntoFormsAsync(PageSession session, NetworkSeed seed)
    {
        var page = session.Page;
        var circleName = XssPayloads.SvgOnLoad + " ui";

        await session.OpenAsync("circles", "Circles");
        var circleDialog = await page.OpenDialogAsync(page.Button("New circle"), "New circle");
        await circleDialog.Field("Name").FillAsync(circleName);
        await circleDialog.SubmitAsync("Save");
        await page.ExpectSnackbarAsync("Circle plugged in.");

        // On a payload circle's page, add a contact: the toast names the circle, the grid lists the new contact.
        await session.OpenAsync($"circles/{seed.CircleId}", seed.Text);
        var contactDialog = await page.OpenDialogAsync(page.Button("Add contact to this circle"), "Add contact");
        await contactDialog.Field("Name").FillAsync(XssPayloads.DoubleQuoteBreaker + " ui");
        await contactDialog.Field("LinkedIn profile").FillAsync(XssPayloads.JavaScriptUrl);
        await contactDialog.Button("Save").ClickAsync();
        await Expect(contactDialog.GetByText("Enter a web address that starts with http:// or https://.")).ToBeVisibleAsync();
        await contactDialog.Field("LinkedIn profile").FillAsync("");
        await contactDialog.SubmitAsync("Save");
        await page.ExpectSnackbarAsync("Contact added to");
        await AssertNothingRanAsync(page, "circle after adding a contact", new());

        await session.OpenAsync("companies", "Companies");
        var companyDialog = await page.OpenDialogAsync(page.Button("Add company"), "Add company");
        await companyDialog.Field("Name").FillAsync(XssPayloads.ImgOnError + " ui");
        await companyDialog.Field("Website").FillAsync(XssPayloads.JavaScriptUrl);
        await companyDialog.Button("Save").ClickAsync();
        await Expect(companyDialog.GetByText("Enter a web address that starts with http:// or https://.")).ToBeVisibleAsync();
        await companyDialog.Field("Website").FillAsync("https://example.com/" + Uri.EscapeDataString(XssPayloads.AttributeInjection));
        await companyDialog.SubmitAsync("Save");
        await page.ExpectSnackbarAsync("Company added.");

        await session.OpenAsync($"contacts/{seed.ContactId}", seed.Text);
        var askDialog = await page.OpenDialogAsync(page.Button("Log an ask"), "Log an ask");
        await askDialog.Field("Notes").FillAsync(XssPayloads.ScriptTag);
        await askDialog.SubmitAsync("Save ask");
        await page.ExpectSnackbarAsync("Ask logged.");
        var referralDialog = await page.OpenDialogAsync(page.Button("Add referral"), "Who do they know?");
        await referralDialog.FillReferralAsync(XssPayloads.SingleQuoteBreaker + " ui", "Co " + XssPayloads.SingleAttributeInjection);
        await referralDialog.SubmitAsync("Save referral");
        await page.ExpectSnackbarAsync("Referral saved.");
        await AssertNothingRanAsync(page, "contact after ask and referral", new());

        await session.OpenAsync("leads", "Job leads");
        var leadDialog = await page.OpenDialogAsync(page.Button("Add job lead"), "Add job lead");
        await leadDialog.Field("Job title").FillAsync(XssPayloads.ScriptTag + " ui");
        await leadDialog.Field("Link").FillAsync(XssPayloads.JavaScriptUrl);
        await leadDialog.Button("Save lead").ClickAsync();
        await Expect(leadDialog.GetByText("Enter a web address that starts with http:// or https://.")).ToBeVisibleAsync();
        await leadDialog.Button("Cancel").ClickAsync();

        await session.OpenAsync("settings", "Settings");
        await page.GetByLabel("Webhook URL (optional)").FillAsync(XssPayloads.JavaScriptUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Enter a web address that starts with http:// or https://.")).ToBeVisibleAsync();
        await AssertNothingRanAsync(page, "settings", new());
    }

    /// <summary>Four payload networks through the services, plus every payload imported from a CSV and a vCard file.</summary>
    private static async Task<List<NetworkSeed>> SeedHostileNetworkAsync(AppServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException(email);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
        var seeds = new List<NetworkSeed>();
        foreach (var (text, url) in new[]
        {
            (XssPayloads.ScriptTag, XssPayloads.Urls[0]), (XssPayloads.ImgOnError, XssPayloads.Urls[1]),
            (XssPayloads.AttributeInjection, XssPayloads.Urls[2]), (XssPayloads.SingleAttributeInjection, XssPayloads.Urls[3]),
        })
        {
            seeds.Add(await NetworkSeed.CreateAsync(scope.ServiceProvider, text, url));
        }

        var import = new ImportService(scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>(), TimeProvider.System);
        await import.ImportAsync(XssPayloads.Csv(), "hostile.csv", new ImportOptions(), null, CancellationToken.None);
        await import.ImportAsync(XssPayloads.VCard(), "hostile.vcf", new ImportOptions(), null, CancellationToken.None);
        return seeds;
    }
}
