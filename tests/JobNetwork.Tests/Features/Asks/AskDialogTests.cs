using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Settings;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Features.Asks;

/// <summary>Logging an ask takes two clicks: the dialog opens with today and Phone filled in, and Save logs it.</summary>
[Trait("Database", "Any")]
public sealed class AskDialogTests : MudComponentTest
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private TestUser alice = null!;
    private int danaId;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        alice = new TestUser(database, "user-alice", clock);
        danaId = await alice.AddContactAsync("Dana");
        Context.Services.AddSingleton(alice.Factory);
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton<SettingsService>();
        Context.Services.AddSingleton<UserClock>();
        Context.Services.AddSingleton<AskService>();
        Context.Services.AddSingleton<AskEditing>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<(IRenderedComponent<IComponent> Providers, IDialogReference Dialog)> OpenAsync(AskChannel? channel = null, string? question = null)
    {
        var providers = Context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });
        var parameters = new DialogParameters<AskDialog> { { d => d.ContactId, danaId }, { d => d.ContactName, "Dana" } };
        if (channel is not null)
        {
            parameters.Add(d => d.Channel, channel);
        }

        if (question is not null)
        {
            parameters.Add(d => d.Question, question);
        }

        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var dialog = await providers.InvokeAsync(() => dialogs.ShowAsync<AskDialog>("Log an ask", parameters));
        providers.WaitForElement("form#ask-form");
        return (providers, dialog);
    }

    [Fact]
    public async Task Saving_straight_away_logs_a_phone_ask_for_today()
    {
        var (providers, dialog) = await OpenAsync();

        await providers.Find("form#ask-form").SubmitAsync();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);
        await using var db = alice.Db();
        var ask = await db.Asks.SingleAsync();
        Assert.Equal(danaId, ask.ContactId);
        Assert.Equal(AskChannel.Phone, ask.Channel);
        Assert.Equal(new DateOnly(2026, 6, 15), ask.AskedOn);
        Assert.Equal(AskOutcome.PendingReply, ask.Outcome);
        Assert.Equal("Who do you know at …?", ask.Question);
    }

    [Fact]
    public async Task A_suggestion_prefills_the_channel_and_what_to_ask()
    {
        var (providers, dialog) = await OpenAsync(AskChannel.InPerson, "Ask who they know at Acme.");

        await providers.Find("form#ask-form").SubmitAsync();
        await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));

        await using var db = alice.Db();
        var ask = await db.Asks.SingleAsync();
        Assert.Equal(AskChannel.InPerson, ask.Channel);
        Assert.Equal("Ask who they know at Acme.", ask.Question);
    }

    [Fact]
    public async Task A_blank_question_is_refused_on_the_form_and_nothing_is_saved()
    {
        var (providers, dialog) = await OpenAsync(question: "");

        await providers.Find("form#ask-form").SubmitAsync();

        providers.WaitForAssertion(() => Assert.Contains("Say what you asked", providers.Find("form#ask-form").TextContent, StringComparison.Ordinal));
        Assert.False(dialog.Result.IsCompleted);
        await using var db = alice.Db();
        Assert.False(await db.Asks.AnyAsync());
    }

    [Fact]
    public async Task The_quick_questions_are_offered_as_chips()
    {
        var (providers, _) = await OpenAsync();

        var chips = providers.FindAll(".mud-chip").Select(c => c.TextContent.Trim()).ToList();

        Assert.Equal(AskForm.QuickQuestions, chips);
    }
}
