using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using JobNetwork.Tests.Features.Digest;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Account;

/// <summary>
/// With a mail server configured, the daily email needs a confirmed address: registering sends the confirmation mail
/// through that server, and its link (as a mail client shows it) confirms the address.
/// </summary>
public sealed partial class ConfirmationMailTests
{
    private const string StrongPassword = "Corr3ct-Horse!";

    [Fact]
    public async Task Registering_sends_a_confirmation_mail_whose_link_confirms_the_address()
    {
        var port = FakeSmtpServer.FreePort();
        await using var smtp = new FakeSmtpServer(port);
        await using var app = new JobNetworkAppFactory(("Smtp:Host", "localhost"), ("Smtp:Port", port.ToString(CultureInfo.InvariantCulture)),
            ("Smtp:Security", "None"), ("Smtp:From", "JobNetwork <digest@example.com>"));
        using var browser = app.CreateBrowser();

        using var registered = await browser.RegisterAsync("new@example.com", StrongPassword);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("new@example.com", mail.To.Mailboxes.Single().Address);
        // What a mail client follows: the href attribute, HTML-decoded once.
        var link = new Uri(WebUtility.HtmlDecode(Href().Match(mail.HtmlBody ?? "").Groups[1].Value));
        Assert.Equal("/Account/ConfirmEmail", link.AbsolutePath);
        Assert.Contains("code=", link.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("amp;", link.Query, StringComparison.Ordinal);

        using var confirmed = await browser.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("new@example.com");
        Assert.True(user!.EmailConfirmed);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_stop_the_registration()
    {
        // Nothing listens on this port.
        var port = FakeSmtpServer.FreePort();
        await using var app = new JobNetworkAppFactory(("Smtp:Host", "localhost"), ("Smtp:Port", port.ToString(CultureInfo.InvariantCulture)),
            ("Smtp:Security", "None"), ("Smtp:From", "JobNetwork <digest@example.com>"));
        using var browser = app.CreateBrowser();

        using var registered = await browser.RegisterAsync("new@example.com", StrongPassword);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/", registered.RedirectPath());
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
