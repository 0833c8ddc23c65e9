using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Components.Shared;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Reliability;

/// <summary>
/// What the user sees when a save hits a read-only data folder: the page and the open dialog stay (with what was
/// typed), a banner says why and what to do, and the circuit lives on.
/// </summary>
public sealed class StorageErrorBoundaryTests : MudComponentTest
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
    private readonly StorageFaultInjector injector = new();
    private TestDatabase database = null!;
    private int danaId;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        danaId = await new TestUser(database, "user-alice", clock).AddContactAsync("Dana");
        var options = new DbContextOptionsBuilder<AppDbContext>(database.Options).AddInterceptors(injector).Options;
        Context.Services.AddSingleton<IDbContextFactory<AppDbContext>>(new AppDbContextFactory(options, new FakeCurrentUser("user-alice")));
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton<SettingsService>();
        Context.Services.AddSingleton<UserClock>();
        Context.Services.AddSingleton<AskService>();
        Context.Services.AddSingleton<AskEditing>();
    }

    /// <summary>A component whose button hits a full disk, as a write that no form catches would.</summary>
    private sealed class ThrowsOnClick : Microsoft.AspNetCore.Components.ComponentBase
    {
        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "id", "throws");
            builder.AddAttribute(2, "onclick", Microsoft.AspNetCore.Components.EventCallback.Factory.Create(this, Throw));
            builder.AddContent(3, "Save");
            builder.CloseElement();
        }

        private static void Throw() =>
            throw new DbUpdateException("An error occurred while saving.", new Microsoft.Data.Sqlite.SqliteException("SQLite Error 13: 'database or disk is full'.", 13));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_storage_failure_escaping_a_component_keeps_the_page_alive_with_a_banner_saying_why()
    {
        var page = Context.Render<StorageErrorBoundary>(parameters => parameters.AddChildContent<ThrowsOnClick>());

        await page.Find("button#throws").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("the server's disk is full", page.Find(".jn-storage-error").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("button#throws"));
        Assert.Empty(page.FindAll(".jn-page-error"));
    }

    [Fact]
    public async Task A_save_on_a_read_only_data_folder_shows_why_and_keeps_the_dialog_and_its_text()
    {
        var page = Context.Render<StorageErrorBoundary>(parameters => parameters.AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        }));
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        await page.InvokeAsync(() => dialogs.ShowAsync<AskDialog>("Log an ask",
            new DialogParameters<AskDialog> { { d => d.ContactId, danaId }, { d => d.ContactName, "Dana" }, { d => d.Question, "Who do you know at Acme?" } }));
        injector.Fault = StorageFault.ReadOnly;

        await page.Find("form#ask-form").SubmitAsync();

        // The dialog stays open with the text typed and says why, next to the form.
        page.WaitForAssertion(() => Assert.Contains("data folder is read-only", page.Find("form#ask-form [role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Everything saved before is safe", page.Find("form#ask-form [role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".jn-page-error"));

        // The same dialog saves what was typed once the folder is writable again: nothing lost, the button works.
        injector.Fault = StorageFault.None;
        await page.Find("form#ask-form").SubmitAsync();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("form#ask-form")));
        await using var db = database.ContextFor("user-alice");
        Assert.Equal(1, await db.Asks.CountAsync(a => a.Question == "Who do you know at Acme?"));
    }
}
