using JobNetwork.Web.Features.Scripts;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>Call, text and email in one tap: only where there is something to dial or write to, always safely encoded.</summary>
public sealed class OneTapLinksTests
{
    [Fact]
    public void A_phone_number_gives_call_and_text_links_with_the_digits_only()
    {
        var links = OneTapLinks.For("+1 (415) 555-0100", null, "Hi Dana");

        Assert.Equal("tel:+14155550100", links.Call);
        Assert.Equal("sms:+14155550100?&body=Hi%20Dana", links.Text);
        Assert.Null(links.Email);
        Assert.True(links.Any);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ask Dana")]
    [InlineData("12")]
    public void Without_a_dialable_number_there_is_no_call_or_text_link(string? phone)
    {
        var links = OneTapLinks.For(phone, null, "Hi");

        Assert.Null(links.Call);
        Assert.Null(links.Text);
        Assert.False(links.Any);
    }

    [Fact]
    public void Email_carries_the_script_as_its_body_and_nothing_can_break_out_of_the_link()
    {
        var links = OneTapLinks.For(null, "dana@example.com", "Hi Dana & co?\nWho do you know at \"Acme\"?");

        Assert.Equal(
            "mailto:dana@example.com?subject=Quick%20question&body=Hi%20Dana%20%26%20co%3F%0D%0AWho%20do%20you%20know%20at%20%22Acme%22%3F",
            links.Email);
    }

    [Fact]
    public void An_address_with_link_syntax_in_it_is_encoded_not_obeyed()
    {
        var links = OneTapLinks.For(null, "x@y.com?bcc=evil@z.com", null);

        Assert.Equal("mailto:x@y.com%3Fbcc%3Devil@z.com?subject=Quick%20question", links.Email);
    }
}
