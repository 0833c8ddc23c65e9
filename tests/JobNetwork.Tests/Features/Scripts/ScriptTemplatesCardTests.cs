using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Scripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>The template editor shows, as the user types, what the script will say to one of their real contacts.</summary>
[Trait("Database", "Any")]
public sealed class ScriptTemplatesCardTests : MudComponentTest
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private TestUser alice = null!;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        alice = new TestUser(database, "user-alice", clock);
        await alice.AddContactAsync(new ContactForm { Name = "Marcus <b>Lee</b>", CompanyName = "Acme" });
        Context.Services.AddSingleton(alice.Factory);
        Context.Services.AddSingleton<ProfileService>();
        Context.Services.AddSingleton<ScriptService>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private IRenderedComponent<ScriptTemplatesCard> Render()
    {
        Context.Render<MudPopoverProvider>();
        var card = Context.Render<ScriptTemplatesCard>();
        card.WaitForAssertion(() => Assert.Contains("Preview for Marcus <b>Lee</b>", card.Find("[data-testid=template-preview]").TextContent, StringComparison.Ordinal));
        return card;
    }

    [Fact]
    public void The_preview_opens_with_the_default_script_for_the_first_contact()
    {
        var card = Render();

        // The contact's name shows a render before the script text itself: wait for the text, as a person would.
        var preview = "";
        card.WaitForAssertion(() => preview = card.Find("[data-testid=template-preview] [data-testid=script-text]").TextContent);
        Assert.StartsWith("Hi Marcus, it's me", preview, StringComparison.Ordinal);
        Assert.Contains("Who do you know at Acme?", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_a_template_updates_the_preview_with_the_contacts_values_as_plain_text()
    {
        var card = Render();

        card.Find("textarea").Input("Hello {name}! Anyone hiring at {targets}? {pitch}");

        card.WaitForAssertion(() =>
        {
            var preview = card.Find("[data-testid=template-preview] [data-testid=script-text]");
            Assert.Equal("Hello Marcus <b>Lee</b>! Anyone hiring at Acme?", preview.TextContent);
            Assert.Empty(preview.QuerySelectorAll("b"));
        });
    }

    [Fact]
    public void A_misspelt_placeholder_is_pointed_out()
    {
        var card = Render();

        card.Find("textarea").Input("Hi {frist name}");

        card.WaitForAssertion(() => Assert.Contains("Not a placeholder we know: {frist name}", card.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saving_keeps_the_users_wording_for_that_situation()
    {
        var card = Render();
        card.Find("textarea").Input("Hey {first name}, who's hiring at {targets}?");

        await card.InvokeAsync(() => card.FindAll("button").First(b => b.TextContent.Contains("Save script", StringComparison.Ordinal)).Click());

        var profiles = new ProfileService(alice.Factory);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        IReadOnlyDictionary<ScriptSituation, string> templates;
        while ((templates = await profiles.TemplatesAsync(CancellationToken.None)).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal("Hey {first name}, who's hiring at {targets}?", templates[ScriptSituation.Friend]);
    }
}
