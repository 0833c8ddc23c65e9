using Bunit;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Common;
using MudBlazor;

namespace JobNetwork.Tests.Features.Common;

/// <summary>The copy button beside invitation and calendar-feed links: copies through app.js and says whether it worked.</summary>
public sealed class CopyButtonTests : MudComponentTest
{
    private const string Link = "https://jobs.example/calendar/abc.ics";

    [Fact]
    public void Copying_sends_the_link_to_app_js_and_says_so()
    {
        Context.JSInterop.Setup<bool>("jobNetwork.copyText", Link).SetResult(true);
        var snackbars = Context.Render<MudSnackbarProvider>();
        var cut = Context.Render<CopyButton>(p => p.Add(c => c.Text, Link).Add(c => c.CopiedMessage, "Calendar feed link copied."));

        cut.Find("button").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Calendar feed link copied.", snackbars.Markup, StringComparison.Ordinal));
        Assert.Single(Context.JSInterop.VerifyInvoke("jobNetwork.copyText").Arguments, Link);
    }

    [Fact]
    public void A_browser_that_refuses_gets_told_to_copy_the_link_by_hand()
    {
        Context.JSInterop.Setup<bool>("jobNetwork.copyText", Link).SetResult(false);
        var snackbars = Context.Render<MudSnackbarProvider>();
        var cut = Context.Render<CopyButton>(p => p.Add(c => c.Text, Link));

        cut.Find("button").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Select the link and copy it yourself", snackbars.Markup, StringComparison.Ordinal));
    }
}
