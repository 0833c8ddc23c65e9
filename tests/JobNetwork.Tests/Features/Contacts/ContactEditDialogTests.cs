using AngleSharp.Dom;
using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Settings;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Features.Contacts;

[Trait("Database", "Any")]
public sealed class ContactEditDialogTests : MudComponentTest
{
    private TestDatabase database = null!;
    private TestUser alice = null!;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        alice = new TestUser(database, "user-alice", clock);
        Context.Services.AddSingleton(alice.Factory);
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton<SettingsService>();
        Context.Services.AddSingleton<ContactService>();
        Context.Services.AddSingleton<CompanyService>();
        Context.Services.AddSingleton<CircleService>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<(IRenderedComponent<IComponent> Providers, IDialogReference Dialog)> OpenAsync()
    {
        var providers = Context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var dialog = await providers.InvokeAsync(() => dialogs.ShowAsync<ContactEditDialog>("Add a contact"));
        providers.WaitForElement("form#contact-form");
        return (providers, dialog);
    }

    private static IElement Input(IRenderedComponent<IComponent> providers, string label) =>
        providers.FindAll(".mud-input-control")
            .First(control => control.QuerySelector("label")?.TextContent.Trim() == label)
            .QuerySelector("input")!;

    [Fact]
    public async Task Submitting_an_empty_form_shows_enter_the_persons_name_and_saves_nothing()
    {
        var (providers, dialog) = await OpenAsync();

        await providers.Find("form#contact-form").SubmitAsync();

        providers.WaitForAssertion(() => Assert.Contains("Enter the person's name.", providers.Find("form#contact-form").TextContent));
        Assert.False(dialog.Result.IsCompleted);
        await using var db = alice.Db();
        Assert.False(await db.Contacts.AnyAsync());
    }

    [Fact]
    public async Task Submitting_a_name_saves_the_contact_and_closes_the_dialog_with_its_id()
    {
        var (providers, dialog) = await OpenAsync();

        await Input(providers, "Name").ChangeAsync(new ChangeEventArgs { Value = "Ann Lee" });
        await providers.Find("form#contact-form").SubmitAsync();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        var contact = await alice.Contacts.GetAsync((int)result.Data!, CancellationToken.None);
        Assert.Equal("Ann Lee", contact?.Name);
    }

    [Fact]
    public async Task An_email_typed_and_then_cleared_does_not_block_saving()
    {
        var (providers, dialog) = await OpenAsync();

        await Input(providers, "Name").ChangeAsync(new ChangeEventArgs { Value = "Ben" });
        await Input(providers, "Email").ChangeAsync(new ChangeEventArgs { Value = "ben@" });
        await Input(providers, "Email").ChangeAsync(new ChangeEventArgs { Value = "" });
        await providers.Find("form#contact-form").SubmitAsync();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null((await alice.Contacts.GetAsync((int)result!.Data!, CancellationToken.None))?.Email);
    }
}
