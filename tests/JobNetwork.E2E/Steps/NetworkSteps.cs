using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Steps;

/// <summary>Building a network through the UI, step by step: the flows assert around these, and reuse them as setup.</summary>
public static class NetworkSteps
{
    /// <summary>The strings the onboarding card ticks, in the seed's order (Former coworkers is offered but not ticked).</summary>
    public static readonly string[] StarterStrings = ["Friends", "Acquaintances", "Coworkers (current)", "Met while job hunting", "Community group"];

    /// <summary>On a brand-new account's circles page: accepts the onboarding card's ticks.</summary>
    public static async Task PlugInStarterStringsAsync(this IPage page)
    {
        await page.Button($"Plug in {StarterStrings.Length} strings").ClickAsync();
        await Expect(page.Heading(StarterStrings[0], 2)).ToBeVisibleAsync();
    }

    /// <summary>From the circles page, opens one circle by its card's title link.</summary>
    public static async Task OpenCircleAsync(this IPage page, string circle)
    {
        await page.Link(circle).ClickAsync();
        await Expect(page.Heading(circle, 1)).ToBeVisibleAsync();
    }

    public static async Task FillContactAsync(this ILocator dialog, string name, string? company = null, string? phone = null)
    {
        await dialog.Field("Name").FillAsync(name);
        if (company is not null)
        {
            await dialog.TypeInComboboxAsync("Company", company);
        }

        if (phone is not null)
        {
            await dialog.Field("Phone").FillAsync(phone);
        }
    }

    /// <summary>On a circle's page: adds someone to it and returns the link to their page from the circle's grid.</summary>
    public static async Task<ILocator> AddContactToCircleAsync(this IPage page, string name, string? company = null, string? phone = null)
    {
        var dialog = await page.OpenDialogAsync(page.Button("Add contact to this circle"), "Add contact");
        await dialog.FillContactAsync(name, company, phone);
        await dialog.SubmitAsync("Save");
        await page.ExpectSnackbarAsync("Contact added to");
        var link = page.Link(name);
        await Expect(link).ToBeVisibleAsync();
        return link;
    }

    /// <summary>
    /// Setup for flows that need someone to work with: plugs in the starter strings and adds <paramref name="name"/> to
    /// Friends; ends on that contact's page. Returns the page's path.
    /// </summary>
    public static async Task<string> StartNetworkWithFriendAsync(this PageSession session, string name, string? company = null)
    {
        var page = session.Page;
        await session.OpenAsync("circles", "Circles");
        await page.PlugInStarterStringsAsync();
        await page.OpenCircleAsync("Friends");
        var link = await page.AddContactToCircleAsync(name, company);
        var path = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The contact link has no href.");
        await link.ClickAsync();
        await Expect(page.Heading(name, 1)).ToBeVisibleAsync();
        return path;
    }

    /// <summary>On a contact's page: "Log an ask" with the dialog's defaults (today, by phone, pending reply).</summary>
    public static async Task LogAskAsync(this IPage page)
    {
        var dialog = await page.OpenDialogAsync(page.Button("Log an ask"), "Log an ask");
        await dialog.SubmitAsync("Save ask");
        await page.ExpectSnackbarAsync("Ask logged.");
    }

    public static async Task FillReferralAsync(this ILocator dialog, string name, string company)
    {
        await dialog.Field("Their name").FillAsync(name);
        await dialog.TypeInComboboxAsync("At company", company);
    }

    /// <summary>On a contact's page: notes someone new they told you about, at <paramref name="company"/>.</summary>
    public static async Task AddReferralAsync(this IPage page, string name, string company)
    {
        var dialog = await page.OpenDialogAsync(page.Button("Add referral"), "Who do they know?");
        await dialog.FillReferralAsync(name, company);
        await dialog.SubmitAsync("Save referral");
        await page.ExpectSnackbarAsync("Referral saved.");
        await Expect(page.Link(name)).ToBeVisibleAsync();
    }

    /// <summary>On a contact's page with one referral: "Add lead" on it, titled <paramref name="title"/>.</summary>
    public static async Task AddLeadFromReferralAsync(this IPage page, string title)
    {
        var dialog = await page.OpenDialogAsync(page.Button("Add lead"), "Add job lead");
        await dialog.Field("Job title").FillAsync(title);
        await dialog.SubmitAsync("Save lead");
        await page.ExpectSnackbarAsync("Job lead saved.");
    }
}
