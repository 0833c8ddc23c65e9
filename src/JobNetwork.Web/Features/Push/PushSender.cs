using System.Net;
using System.Text.Json;
using JobNetwork.Web.Infrastructure;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using WebPushSubscription = Lib.Net.Http.WebPush.PushSubscription;

namespace JobNetwork.Web.Features.Push;

/// <summary>What the service worker shows: a title, a body and the page a tap opens.</summary>
public sealed record PushNotification(string Title, string Body, string Url = "/today");

public enum PushOutcome
{
    Delivered,

    /// <summary>The push service says the subscription no longer exists (404/410): drop it.</summary>
    Gone,

    Failed,
}

/// <param name="Reason">For a failure, a plain reason ("HTTP 500", "timed out"); never the endpoint or an exception's text.</param>
public sealed record PushResult(PushOutcome Outcome, string? Reason = null);

/// <summary>
/// Encrypts a notification for one browser (RFC 8291, aes128gcm) and hands it to the browser's push service, signed
/// with the instance's VAPID key. The HTTP client is a guarded one (<see cref="GuardedHttpClient"/>): an endpoint that
/// points inward is refused at connection time, redirects are not followed, and nothing logs the URL.
/// </summary>
public sealed class PushSender(HttpClient http, VapidKeyStore keys, IConfiguration configuration)
{
    /// <summary>A prompt not delivered within half a day is stale: the push service may drop it.</summary>
    public static readonly int TimeToLiveSeconds = (int)TimeSpan.FromHours(12).TotalSeconds;

    public async Task<PushResult> SendAsync(Domain.PushSubscription device, PushNotification notification, CancellationToken cancellationToken)
    {
        // Endpoints are checked to be https when saved; here, as for webhooks, only the scheme family is checked and
        // the guarded client decides where a connection may go.
        if (!Uri.TryCreate(device.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new PushResult(PushOutcome.Failed, OutboundFailure.InvalidUrl);
        }

        var vapid = await keys.GetAsync(cancellationToken);
        var client = new PushServiceClient(http)
        {
            // A push service's Retry-After must not hold the daily run; the claim is released and retried instead.
            AutoRetryAfter = false,
            DefaultAuthentication = new VapidAuthentication(vapid.PublicKey, vapid.PrivateKey) { Subject = Subject() },
            DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid,
        };
        var subscription = new WebPushSubscription { Endpoint = device.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, device.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, device.Auth);
        var message = new PushMessage(JsonSerializer.Serialize(notification, JsonSerializerOptions.Web))
        {
            Topic = "daily-prompt",
            TimeToLive = TimeToLiveSeconds,
            Urgency = PushMessageUrgency.Normal,
        };
        try
        {
            await client.RequestPushMessageDeliveryAsync(subscription, message, cancellationToken);
            return new PushResult(PushOutcome.Delivered);
        }
        catch (PushServiceClientException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return new PushResult(PushOutcome.Gone, OutboundFailure.Status(exception.StatusCode));
        }
        catch (PushServiceClientException exception)
        {
            return new PushResult(PushOutcome.Failed, OutboundFailure.Status(exception.StatusCode));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            // Keys the browser sent that are not valid base64url P-256 keys: this subscription can never work.
            return new PushResult(PushOutcome.Gone, "invalid keys");
        }
        catch (Exception exception) when (OutboundFailure.Describe(exception, cancellationToken) is { } reason)
        {
            return new PushResult(PushOutcome.Failed, reason);
        }
    }

    /// <summary>Who push services can contact about this sender: the instance's address, or a mailto of its mail sender.</summary>
    private string Subject() =>
        configuration["BaseUrl"] is { } baseUrl && baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? baseUrl
            : "mailto:jobnetwork@localhost";
}
