using System.Text;
using System.Text.Encodings.Web;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Digest;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Account;

/// <summary>
/// Sends the "confirm your address" mail right after registration when a mail server is configured: the daily email
/// goes only to confirmed addresses, so without this a new user would have to find the resend page first. A mail server
/// that is down must not undo the registration: the failure is logged (never the link, which is a credential) and the
/// user can resend from the sign-in page.
/// </summary>
public sealed class ConfirmationMailer(
    UserManager<ApplicationUser> users,
    IEmailSender<ApplicationUser> sender,
    IOptions<SmtpOptions> smtp,
    ILogger<ConfirmationMailer> logger)
{
    public async Task<bool> SendAsync(ApplicationUser user, Uri confirmEmailPage, CancellationToken cancellationToken)
    {
        if (!smtp.Value.IsConfigured || string.IsNullOrEmpty(user.Email) || user.EmailConfirmed)
        {
            return false;
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
            var link = QueryHelpers.AddQueryString(confirmEmailPage.AbsoluteUri,
                new Dictionary<string, string?> { ["userId"] = user.Id, ["code"] = code });
            // IEmailSender<TUser> takes the link HTML-encoded, as Identity's own pages pass it.
            await sender.SendConfirmationLinkAsync(user, user.Email, HtmlEncoder.Default.Encode(link));
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("The confirmation email could not be sent ({Reason}); the user can resend it from the sign-in page.",
                exception.GetType().Name);
            return false;
        }
    }
}
