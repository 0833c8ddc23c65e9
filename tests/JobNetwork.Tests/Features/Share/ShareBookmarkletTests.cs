using JobNetwork.Web.Features.Share;

namespace JobNetwork.Tests.Features.Share;

public sealed class ShareBookmarkletTests
{
    [Theory]
    [InlineData("https://jobnetwork.example.com/", "https://jobnetwork.example.com/share")]
    [InlineData("http://localhost:5080/", "http://localhost:5080/share")]
    public void The_bookmarklet_opens_this_instances_share_page_with_the_tabs_title_and_address(string baseUri, string share)
    {
        var bookmarklet = ShareBookmarklet.For(baseUri);

        Assert.StartsWith("javascript:", bookmarklet, StringComparison.Ordinal);
        Assert.Contains($"location.href='{share}?title='+encodeURIComponent(document.title)+'&url='+encodeURIComponent(location.href)", bookmarklet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_address_with_a_quote_cannot_break_out_of_the_script_string()
    {
        var bookmarklet = ShareBookmarklet.For("https://evil.example/'-alert(1)-'/");

        Assert.DoesNotContain("'-alert", bookmarklet, StringComparison.Ordinal);
    }
}
