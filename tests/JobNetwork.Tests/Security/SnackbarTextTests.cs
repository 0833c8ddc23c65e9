using Bunit;
using JobNetwork.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Toasts echo user text ("Contact added to “{circle}”", "{name} snoozed until tomorrow"). MudBlazor once rendered a
/// string message as HTML (MudBlazor issue 8146); this pins that the version in use renders it as text.
/// </summary>
public sealed class SnackbarTextTests : MudComponentTest
{
    [Theory]
    [InlineData(XssPayloads.ImgOnError)]
    [InlineData(XssPayloads.SvgOnLoad)]
    [InlineData(XssPayloads.DoubleQuoteBreaker)]
    public void A_toast_shows_a_payload_name_as_text(string name)
    {
        var provider = Context.Render<MudSnackbarProvider>();

        provider.InvokeAsync(() => Context.Services.GetRequiredService<ISnackbar>().Add($"{name} snoozed until tomorrow.", Severity.Info));

        provider.WaitForAssertion(() => Assert.Contains("snoozed until tomorrow", provider.Markup, StringComparison.Ordinal));
        Assert.Empty(provider.FindAll("img, svg[onload]"));
        Assert.Contains($"{name} snoozed until tomorrow.", provider.Find(".mud-snackbar-content-message").TextContent, StringComparison.Ordinal);
    }
}
