using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Steps;

/// <summary>How a person works the app's MudBlazor widgets: dialogs, comboboxes, menus and snackbars, found by role and name.</summary>
public static class MudUi
{
    /// <summary>A MudDialog is a role=dialog named by its title (its close button adds " Close" to the name).</summary>
    public static ILocator MudDialog(this IPage page, string title) =>
        page.GetByRole(AriaRole.Dialog, new() { Name = title });

    public static ILocator Button(this ILocator scope, string name) =>
        scope.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Button(this IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Link(this IPage page, string name) =>
        page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static ILocator Heading(this IPage page, string name, int level) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Level = level, Exact = true });

    public static ILocator Field(this ILocator dialog, string label) =>
        dialog.GetByLabel(label, new() { Exact = true });

    /// <summary>Opens a dialog with <paramref name="opener"/> and waits for it to show.</summary>
    public static async Task<ILocator> OpenDialogAsync(this IPage page, ILocator opener, string title)
    {
        var dialog = page.MudDialog(title);
        await StepTimer.TimeAsync("dialog open", async () =>
        {
            await opener.ClickAsync();
            await Expect(dialog).ToBeVisibleAsync();
        });
        return dialog;
    }

    /// <summary>
    /// Types into a MudAutocomplete that accepts new values (CoerceValue): the text is taken when the field loses focus,
    /// so Tab away rather than Escape, which would close the whole dialog.
    /// </summary>
    public static async Task TypeInComboboxAsync(this ILocator dialog, string label, string text)
    {
        var box = dialog.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await StepTimer.TimeAsync("combobox", async () =>
        {
            await box.FillAsync(text);
            await box.PressAsync("Tab");
            await Expect(box).ToHaveValueAsync(text);
        });
    }

    /// <summary>Clicks the dialog's submit button and waits for the dialog to close.</summary>
    public static async Task SubmitAsync(this ILocator dialog, string button)
    {
        await StepTimer.TimeAsync("dialog submit", async () =>
        {
            await dialog.Button(button).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
        });
    }

    /// <summary>Picks an item from a MudMenu opened by the button named <paramref name="menu"/>.</summary>
    public static async Task ChooseFromMenuAsync(this IPage page, string menu, string item)
    {
        await page.Button(menu).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = item, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Snackbars are role=alert toasts at the bottom left. Once read, close them so they cannot cover a button or a
    /// screenshot; the fade-out is not waited for here (Playwright retries a click that a fading toast intercepts).
    /// </summary>
    public static async Task ExpectSnackbarAsync(this IPage page, string text)
    {
        var snackbar = page.Locator(".mud-snackbar").Filter(new() { HasText = text });
        await Expect(snackbar).ToBeVisibleAsync();
        await CloseSnackbarAsync(snackbar.GetByRole(AriaRole.Button, new() { Name = "Close" }), timeoutMs: 3_000);
    }

    /// <summary>Clicks a toast's Close button unless the toast goes, or starts going, by itself first.</summary>
    private static async Task CloseSnackbarAsync(ILocator close, float timeoutMs)
    {
        try
        {
            await close.ClickAsync(new() { Timeout = timeoutMs });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // It timed out and went by itself in the meantime.
        }
    }

    /// <summary>A full load of an app page, ready for clicks once its circuit is live and its heading is shown.</summary>
    public static async Task OpenAsync(this PageSession session, string path, string heading)
    {
        await session.GotoAsync(path);
        await Expect(session.Page.Heading(heading, 1)).ToBeVisibleAsync();
        await session.WaitForInteractiveAsync();
    }

    /// <summary>A screenshot once the toasts are gone, then axe on the page as it is: what every key step leaves behind.</summary>
    public static async Task CheckpointAsync(this PageSession session, string screenshot)
    {
        await session.Page.Mouse.MoveAsync(0, 0);
        // Close what is left, as a reader would, instead of waiting out each toast's timer (up to 10 s for an Undo).
        await StepTimer.TimeAsync("snackbars gone", async () =>
        {
            foreach (var close in await session.Page.Locator(".mud-snackbar").GetByRole(AriaRole.Button, new() { Name = "Close" }).AllAsync())
            {
                await CloseSnackbarAsync(close, timeoutMs: 1_000);
            }

            await Expect(session.Page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        });
        await session.ScreenshotAsync(screenshot);
        await session.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
