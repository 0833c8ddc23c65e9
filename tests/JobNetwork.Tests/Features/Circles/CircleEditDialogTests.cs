using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Features.Circles;

/// <summary>A circle edit made from a stale page says "changed elsewhere", keeps what was typed, and Reload shows the saved version.</summary>
[Trait("Database", "Any")]
public sealed class CircleEditDialogTests : MudComponentTest
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
        Context.Services.AddSingleton(alice.Settings);
        Context.Services.AddSingleton<CircleService>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<(IRenderedComponent<IComponent> Providers, IDialogReference Dialog)> OpenAsync(int circleId, CircleForm initial)
    {
        var providers = Context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<CircleEditDialog> { { d => d.CircleId, circleId }, { d => d.Initial, initial } };
        var dialog = await providers.InvokeAsync(() => dialogs.ShowAsync<CircleEditDialog>("Edit circle", parameters));
        providers.WaitForElement("form#circle-form");
        return (providers, dialog);
    }

    private static IElement Input(IRenderedComponent<IComponent> providers, string label) =>
        providers.FindAll(".mud-input-control")
            .First(control => control.QuerySelector("label")?.TextContent.Trim() == label)
            .QuerySelector("input")!;

    [Fact]
    public async Task The_plugged_in_date_reads_like_dates_elsewhere_in_the_app()
    {
        var id = await alice.AddCircleAsync("Friends");
        var (providers, _) = await OpenAsync(id, CircleForm.From((await alice.Circles.GetAsync(id, CancellationToken.None))!));

        Assert.Equal(new DateOnly(2026, 6, 15).ToString(DateDisplay.Format, CultureInfo.CurrentCulture), Input(providers, "Plugged in on").GetAttribute("value"));
        Assert.Equal("15 Jun 2026", new DateOnly(2026, 6, 15).ToString(DateDisplay.Format, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_stale_edit_keeps_what_was_typed_and_reload_shows_the_saved_version_which_then_saves()
    {
        var id = await alice.AddCircleAsync("Friends");
        var (providers, dialog) = await OpenAsync(id, CircleForm.From((await alice.Circles.GetAsync(id, CancellationToken.None))!));
        // Someone sets the focus in another tab after this dialog opened.
        var elsewhere = CircleForm.From((await alice.Circles.GetAsync(id, CancellationToken.None))!);
        elsewhere.Focus = "Banking";
        Assert.True((await alice.Circles.SaveAsync(id, elsewhere, CancellationToken.None)).Succeeded);

        await Input(providers, "Name").ChangeAsync(new ChangeEventArgs { Value = "Close friends" });
        await providers.Find("form#circle-form").SubmitAsync();

        providers.WaitForAssertion(() => Assert.Contains("changed this record", providers.Find("form#circle-form").TextContent, StringComparison.Ordinal));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("Close friends", Input(providers, "Name").GetAttribute("value"));
        Assert.Equal("Friends", (await alice.Circles.GetAsync(id, CancellationToken.None))!.Name);

        await providers.FindAll("button").First(b => b.TextContent.Trim() == "Reload").ClickAsync(new());
        providers.WaitForAssertion(() => Assert.Equal("Banking", Input(providers, "Focus").GetAttribute("value")));
        Assert.Equal("Friends", Input(providers, "Name").GetAttribute("value"));

        await Input(providers, "Name").ChangeAsync(new ChangeEventArgs { Value = "Close friends" });
        await providers.Find("form#circle-form").SubmitAsync();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        var saved = (await alice.Circles.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(("Close friends", "Banking"), (saved.Name, saved.Focus));
    }
}
