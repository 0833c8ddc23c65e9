using Bunit;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Coverage;

namespace JobNetwork.Tests.Features.Coverage;

public sealed class StringOfLightsTests : MudComponentTest
{
    private IRenderedComponent<StringOfLights> Render(IReadOnlyList<Bulb> bulbs, int? max = null, string name = "Friends", int circleId = 7) =>
        Context.Render<StringOfLights>(p =>
        {
            p.Add(c => c.CircleId, circleId).Add(c => c.Name, name).Add(c => c.Bulbs, bulbs);
            if (max is { } m)
            {
                p.Add(c => c.Max, m);
            }
        });

    [Theory]
    [InlineData(BulbState.Lit, "jn-bulb--lit", "Ann: lit — gave a referral or a job lead", "★")]
    [InlineData(BulbState.Glowing, "jn-bulb--glowing", "Ann: glowing — asked, waiting for a reply", "…")]
    [InlineData(BulbState.Asked, "jn-bulb--asked", "Ann: asked — nothing yet", "✓")]
    [InlineData(BulbState.Dark, "jn-bulb--dark", "Ann: dark — never asked", "")]
    public void Each_bulb_state_has_its_class_title_mark_and_link(BulbState state, string cssClass, string label, string mark)
    {
        var cut = Render([new Bulb(42, "Ann", state)]);

        var bulb = cut.Find("a.jn-bulb");
        Assert.Equal(["jn-bulb", cssClass], bulb.ClassList);
        // The title is the tooltip and, with the mark hidden, the link's accessible name (one copy of the name, not two).
        Assert.Equal(label, bulb.GetAttribute("title"));
        Assert.Null(bulb.GetAttribute("aria-label"));
        Assert.Equal("/contacts/42", bulb.GetAttribute("href"));
        Assert.Null(bulb.GetAttribute("role")); // A real link (to the contact) inside a real list item.
        Assert.Equal("LI", bulb.ParentElement!.TagName);
        var markSpan = bulb.QuerySelector("span")!;
        Assert.Equal(mark, markSpan.TextContent);
        Assert.Equal("true", markSpan.GetAttribute("aria-hidden")); // The state is read from the label, not the symbol.
    }

    [Fact]
    public void The_string_is_a_list_named_after_the_circle_with_its_number_of_contacts()
    {
        var cut = Render([new Bulb(1, "Ann", BulbState.Lit), new Bulb(2, "Ben", BulbState.Dark)]);

        var list = cut.Find(".jn-string");
        Assert.Equal("UL", list.TagName);
        Assert.Equal(2, list.Children.Count(c => c.TagName == "LI"));
        Assert.Equal("Friends: 2 contacts", list.GetAttribute("aria-label"));
        Assert.Equal(["/contacts/1", "/contacts/2"], cut.FindAll("a.jn-bulb").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindAll(".jn-bulb-more"));
        Assert.Empty(cut.FindAll(".jn-string-empty"));
    }

    [Fact]
    public void Bulbs_over_the_maximum_are_summed_up_as_more_with_a_link_to_the_circle()
    {
        var bulbs = Enumerable.Range(1, 8).Select(i => new Bulb(i, $"Person {i}", BulbState.Asked)).ToList();

        var cut = Render(bulbs, max: 5);

        Assert.Equal(5, cut.FindAll("a.jn-bulb").Count);
        Assert.Equal(["/contacts/1", "/contacts/2", "/contacts/3", "/contacts/4", "/contacts/5"], cut.FindAll("a.jn-bulb").Select(a => a.GetAttribute("href")));
        var more = cut.Find("a.jn-bulb-more");
        Assert.Equal("+3 more", more.TextContent.Trim());
        Assert.Equal("/circles/7", more.GetAttribute("href"));
        Assert.Equal("Friends: 8 contacts", cut.Find(".jn-string").GetAttribute("aria-label"));
    }

    [Fact]
    public void Exactly_the_maximum_shows_every_bulb_and_no_more_link()
    {
        var bulbs = Enumerable.Range(1, 5).Select(i => new Bulb(i, $"Person {i}", BulbState.Dark)).ToList();

        var cut = Render(bulbs, max: 5);

        Assert.Equal(5, cut.FindAll("a.jn-bulb").Count);
        Assert.Empty(cut.FindAll(".jn-bulb-more"));
    }

    [Fact]
    public void The_default_maximum_is_the_services_bulbs_per_string()
    {
        var bulbs = Enumerable.Range(1, NetworkMapService.BulbsPerString + 2).Select(i => new Bulb(i, $"P{i}", BulbState.Dark)).ToList();

        var cut = Render(bulbs);

        Assert.Equal(NetworkMapService.BulbsPerString, cut.FindAll("a.jn-bulb").Count);
        Assert.Equal("+2 more", cut.Find(".jn-bulb-more").TextContent.Trim());
    }

    [Fact]
    public void Given_only_the_first_bulbs_the_string_counts_everyone_on_it()
    {
        var firstFew = Enumerable.Range(1, 3).Select(i => new Bulb(i, $"P{i}", BulbState.Dark)).ToList();

        var cut = Context.Render<StringOfLights>(p => p.Add(c => c.CircleId, 7).Add(c => c.Name, "Friends")
            .Add(c => c.Bulbs, firstFew).Add(c => c.Max, 3).Add(c => c.Total, 250));

        Assert.Equal("Friends: 250 contacts", cut.Find("ul.jn-string").GetAttribute("aria-label"));
        Assert.Equal(3, cut.FindAll("a.jn-bulb").Count);
        Assert.Equal("+247 more", cut.Find(".jn-bulb-more").TextContent.Trim());
    }

    [Fact]
    public void A_string_with_no_bulbs_says_so_and_links_to_the_circle_to_add_people()
    {
        var cut = Render([], circleId: 12);

        Assert.Empty(cut.FindAll("a.jn-bulb"));
        var empty = cut.Find(".jn-string-empty");
        Assert.Equal("LI", empty.TagName);
        Assert.Equal("No bulbs yet: add people to this string.", empty.TextContent.Trim());
        Assert.Equal("/circles/12", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Friends: 0 contacts", cut.Find(".jn-string").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_name_with_html_is_shown_as_text_not_markup()
    {
        const string name = "<img src=x onerror=alert(1)>\"Bob\" & <b>Co</b>";

        var cut = Render([new Bulb(3, name, BulbState.Lit)], name: "<script>alert(2)</script>");

        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Empty(cut.FindAll("script"));
        var bulb = cut.Find("a.jn-bulb");
        Assert.Equal($"{name}: lit — gave a referral or a job lead", bulb.GetAttribute("title"));
        // The quote in the name did not end the attribute: no attribute was smuggled in.
        Assert.Equal(["href", "class", "title"], bulb.Attributes.Select(a => a.Name));
        Assert.Empty(cut.FindAll("[onerror]"));
        Assert.StartsWith("<script>alert(2)</script>: ", cut.Find(".jn-string").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_label_uses_the_singular_for_one_contact()
    {
        var cut = Render([new Bulb(1, "Ann", BulbState.Lit)]);

        Assert.Equal("Friends: 1 contact", cut.Find(".jn-string").GetAttribute("aria-label"));
    }
}
