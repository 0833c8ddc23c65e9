using System.Net;
using JobNetwork.Web.Components.Account;
using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobNetwork.Web.Features.Digest;

/// <summary>
/// Account emails (confirm your address, reset your password) through the same mail server as the daily email. The
/// daily email goes only to confirmed addresses, so with a mail server configured the confirmation has to arrive
/// through it; without one, nothing is sent (as before).
/// </summary>
/// <remarks>
/// Identity's contract: links arrive already HTML-encoded (its pages call <c>HtmlEncoder.Default.Encode</c>), so they are
/// placed as they are; encoding them again turned <c>&amp;code=</c> into a parameter named <c>amp;code</c>.
/// </remarks>
public sealed class SmtpAccountEmailSender(IDigestSender sender, IOptions<SmtpOptions> smtp, ILogger<SmtpAccountEmailSender> logger)
    : IEmailSender<ApplicationUser>
{
    private readonly IdentityNoOpEmailSender noMailServer = new();

    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your email address for JobNetwork",
            $"<p>Confirm this address to receive JobNetwork's daily email: <a href=\"{confirmationLink}\">confirm my address</a>.</p>",
            () => noMailServer.SendConfirmationLinkAsync(user, email, confirmationLink));

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your JobNetwork password",
            $"<p><a href=\"{resetLink}\">Choose a new password</a>. If you did not ask for this, ignore this email.</p>",
            () => noMailServer.SendPasswordResetLinkAsync(user, email, resetLink));

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(email, "Reset your JobNetwork password",
            $"<p>Your code to reset your password: {WebUtility.HtmlEncode(resetCode)}</p>",
            () => noMailServer.SendPasswordResetCodeAsync(user, email, resetCode));

    private async Task SendAsync(string to, string subject, string html, Func<Task> withoutMailServer)
    {
        if (!smtp.Value.IsConfigured)
        {
            await withoutMailServer();
            return;
        }

        var message = new MimeMessage { Subject = subject, Body = new TextPart("html") { Text = html } };
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(MailboxAddress.Parse(to));
        await sender.SendAsync(message, CancellationToken.None);
        // The link is a credential: never logged.
        logger.LogInformation("Sent an account email ({Subject}).", subject);
    }
}
