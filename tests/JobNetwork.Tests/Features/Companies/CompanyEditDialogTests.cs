using AngleSharp.Dom;
using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Companies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Features.Companies;

/// <summary>A company edit made from a stale page says "changed elsewhere", keeps what was typed, and Reload shows the saved version.</summary>
[Trait("Database", "Any")]
public sealed class CompanyEditDialogTests : MudComponentTest
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
        Context.Services.AddSingleton<CompanyService>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<(IRenderedComponent<IComponent> Providers, IDialogReference Dialog)> OpenAsync(int companyId, CompanyForm initial)
    {
        var providers = Context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<CompanyEditDialog> { { d => d.CompanyId, companyId }, { d => d.Initial, initial } };
        var dialog = await providers.InvokeAsync(() => dialogs.ShowAsync<CompanyEditDialog>("Edit company", parameters));
        providers.WaitForElement("form#company-form");
        return (providers, dialog);
    }

    private static IElement Input(IRenderedComponent<IComponent> providers, string label) =>
        providers.FindAll(".mud-input-control")
            .First(control => control.QuerySelector("label")?.TextContent.Trim() == label)
            .QuerySelector("input")!;

    [Fact]
    public async Task A_stale_edit_keeps_what_was_typed_and_reload_shows_the_saved_version_which_then_saves()
    {
        var id = await alice.AddCompanyAsync("Acme");
        var (providers, dialog) = await OpenAsync(id, CompanyForm.From((await alice.Companies.GetAsync(id, CancellationToken.None))!));
        // Someone renames the company in another tab after this dialog opened.
        var elsewhere = CompanyForm.From((await alice.Companies.GetAsync(id, CancellationToken.None))!);
        elsewhere.Industry = "Rockets";
        Assert.True((await alice.Companies.SaveAsync(id, elsewhere, CancellationToken.None)).Succeeded);

        await Input(providers, "Location").ChangeAsync(new ChangeEventArgs { Value = "Springfield" });
        await providers.Find("form#company-form").SubmitAsync();

        providers.WaitForAssertion(() => Assert.Contains("changed this record", providers.Find("form#company-form").TextContent, StringComparison.Ordinal));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("Springfield", Input(providers, "Location").GetAttribute("value"));
        Assert.Null((await alice.Companies.GetAsync(id, CancellationToken.None))!.Location);

        await providers.FindAll("button").First(b => b.TextContent.Trim() == "Reload").ClickAsync(new());
        providers.WaitForAssertion(() => Assert.Equal("Rockets", Input(providers, "Industry").GetAttribute("value")));
        Assert.DoesNotContain("changed this record", providers.Find("form#company-form").TextContent, StringComparison.Ordinal);

        await Input(providers, "Location").ChangeAsync(new ChangeEventArgs { Value = "Springfield" });
        await providers.Find("form#company-form").SubmitAsync();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        var saved = (await alice.Companies.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(("Rockets", "Springfield"), (saved.Industry, saved.Location));
    }
}
