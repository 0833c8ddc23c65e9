using Bunit;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Tests.Infrastructure;

namespace JobNetwork.Tests.Features.Circles;

public sealed class CircleCardTests : MudComponentTest
{
    private static CircleSummary Summary(string name = "Temple Beth El", CircleKind kind = CircleKind.CommunityGroup, bool pluggedIn = true, int contacts = 3) =>
        new(12, name, kind, "Friday night crowd", "Finance, insurance", new DateOnly(2026, 3, 1), pluggedIn, 14, contacts);

    private IRenderedComponent<CircleCard> RenderCard(CircleSummary circle, Action<CircleSummary>? onTogglePlug = null) =>
        Context.Render<CircleCard>(p => p
            .Add(c => c.Circle, circle)
            .Add(c => c.OnTogglePlug, (CircleSummary s) => onTogglePlug?.Invoke(s)));

    [Fact]
    public void The_card_shows_the_name_kind_focus_description_and_a_link_to_the_circle()
    {
        var cut = RenderCard(Summary());

        var link = cut.Find("h2 a");
        Assert.Equal("Temple Beth El", link.TextContent.Trim());
        Assert.Equal("/circles/12", link.GetAttribute("href"));
        Assert.Contains("Community group", cut.Markup);
        Assert.Contains("Focus: Finance, insurance", cut.Markup);
        Assert.Contains("Friday night crowd", cut.Markup);
        Assert.Contains("Plugged in", cut.Find(".mud-chip").TextContent);
    }

    [Fact]
    public void The_kind_is_not_repeated_when_the_name_is_the_kinds_own_label()
    {
        var cut = RenderCard(Summary(name: "Friends", kind: CircleKind.Friends));

        Assert.Empty(cut.FindAll(".mud-typography-overline"));
    }

    [Theory]
    [InlineData(0, "0 contacts")]
    [InlineData(1, "1 contact")]
    [InlineData(3, "3 contacts")]
    public void The_contact_count_is_singular_only_for_one(int count, string expected)
    {
        var cut = RenderCard(Summary(contacts: count));

        var text = cut.FindAll("p").Select(p => string.Join(' ', p.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains(expected, text);
    }

    [Fact]
    public void A_plugged_in_circle_offers_to_unplug()
    {
        var cut = RenderCard(Summary(pluggedIn: true));

        Assert.Contains(cut.FindAll("button"), b => b.TextContent.Trim() == "Unplug");
        Assert.DoesNotContain("jn-unplugged", cut.Find(".mud-card").ClassName);
    }

    [Fact]
    public void An_unplugged_circle_shows_the_unplugged_chip_and_a_plug_back_in_button_that_raises_the_toggle()
    {
        CircleSummary? toggled = null;
        var circle = Summary(pluggedIn: false);
        var cut = RenderCard(circle, s => toggled = s);

        Assert.Equal("Unplugged", cut.Find(".mud-chip").TextContent.Trim());
        Assert.Contains("jn-unplugged", cut.Find(".mud-card").ClassName);
        var plugBackIn = cut.FindAll("button").Single(b => b.TextContent.Trim() == "Plug back in");
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Unplug");

        plugBackIn.Click();

        Assert.Same(circle, toggled);
    }

    [Fact]
    public void Html_in_the_name_and_description_is_shown_as_text_not_markup()
    {
        const string name = "<b>Bold</b> & <script>alert('x')</script>";
        var circle = Summary(name: name) with { Description = "<img src=x onerror=alert(1)>" };

        var cut = RenderCard(circle);

        Assert.Equal(name, cut.Find("h2 a").TextContent.Trim());
        Assert.Empty(cut.FindAll("h2 b"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;", cut.Markup);
    }
}
