using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using JobNetwork.Tests.Features.Digest;

namespace JobNetwork.Tests.Features.Push;

/// <summary>One request as the push service received it.</summary>
public sealed record ReceivedPush(string Path, string? ContentEncoding, string? Authorization, string? Ttl, byte[] Body);

/// <summary>
/// A browser's push service on this machine (reached because the test app allows 127.0.0.1 as a private host, as the
/// webhook tests do), and the browser's side of the subscription: a P-256 key pair and auth secret made in the test,
/// so the test can decrypt what the app sent (RFC 8291, aes128gcm).
/// </summary>
public sealed class FakePushService : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ECDiffieHellman browserKey = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] authSecret = RandomNumberGenerator.GetBytes(16);

    public FakePushService()
    {
        Port = FakeSmtpServer.FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/push/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>What the push service answers; 201 Created is what real ones say to an accepted message.</summary>
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.Created;

    public ConcurrentQueue<ReceivedPush> Received { get; } = new();

    public string Endpoint(string device) => $"http://127.0.0.1:{Port}/push/{device}";

    public string P256dh => Base64Url.EncodeToString(PublicPoint(browserKey));

    public string Auth => Base64Url.EncodeToString(authSecret);

    /// <summary>Decrypts an aes128gcm body (RFC 8188 framing, RFC 8291 keys) with the browser's private key.</summary>
    public string Decrypt(byte[] body)
    {
        var salt = body[..16];
        var recordSize = (body[16] << 24) | (body[17] << 16) | (body[18] << 8) | body[19];
        var keyIdLength = body[20];
        var serverPublic = body[21..(21 + keyIdLength)];
        var record = body[(21 + keyIdLength)..];
        Assert.True(record.Length <= recordSize, "one record expected");

        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverPublic[1..33], Y = serverPublic[33..65] },
        });
        var sharedSecret = browserKey.DeriveRawSecretAgreement(server.PublicKey);
        byte[] keyInfo = [.. "WebPush: info\0"u8, .. PublicPoint(browserKey), .. serverPublic];
        var inputKey = HKDF.Expand(HashAlgorithmName.SHA256, HKDF.Extract(HashAlgorithmName.SHA256, sharedSecret, authSecret), 32, keyInfo);
        var pseudoRandomKey = HKDF.Extract(HashAlgorithmName.SHA256, inputKey, salt);
        var contentKey = HKDF.Expand(HashAlgorithmName.SHA256, pseudoRandomKey, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, pseudoRandomKey, 12, "Content-Encoding: nonce\0"u8.ToArray());

        var plain = new byte[record.Length - 16];
        using var aes = new AesGcm(contentKey, 16);
        aes.Decrypt(nonce, record[..^16], record[^16..], plain);
        // The last record ends with the delimiter 0x02, then zero padding.
        var end = Array.FindLastIndex(plain, b => b != 0);
        Assert.Equal(2, plain[end]);
        return Encoding.UTF8.GetString(plain, 0, end);
    }

    private static byte[] PublicPoint(ECDiffieHellman key)
    {
        var q = key.ExportParameters(false).Q;
        return [0x04, .. q.X!, .. q.Y!];
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            try
            {
                var context = await listener.GetContextAsync();
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                Received.Enqueue(new ReceivedPush(context.Request.Url!.AbsolutePath, context.Request.Headers["Content-Encoding"],
                    context.Request.Headers["Authorization"], context.Request.Headers["TTL"], body.ToArray()));
                context.Response.StatusCode = (int)Answer;
                context.Response.Close();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        listener.Close();
        browserKey.Dispose();
    }
}
