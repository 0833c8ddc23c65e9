using System.Buffers.Text;
using System.Security.Cryptography;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Push;

/// <summary>The instance's VAPID key pair (base64url), as browsers and push services expect them.</summary>
public sealed record VapidKeys(string PublicKey, string PrivateKey);

/// <summary>
/// Makes the instance's VAPID keys once and keeps them in the database (the one <see cref="InstanceSettings"/> row),
/// so every instance on a shared database signs with the same key: each may generate a pair, but only the first
/// conditional write (<c>WHERE VapidPublicKey IS NULL</c>) stores its pair, and everyone then reads the stored one.
/// </summary>
/// <remarks>A singleton (the keys never change once stored); the database is reached through a scope of its own.</remarks>
public sealed class VapidKeyStore(IServiceScopeFactory scopes)
{
    private VapidKeys? cached;

    public async Task<VapidKeys> GetAsync(CancellationToken cancellationToken)
    {
        if (cached is not null)
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await EnsureRowAsync(db, cancellationToken);
        var generated = Generate();
        await db.InstanceSettings
            .Where(s => s.Id == InstanceSettings.SingletonId && s.VapidPublicKey == null)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.VapidPublicKey, generated.PublicKey)
                .SetProperty(s => s.VapidPrivateKey, generated.PrivateKey), cancellationToken);
        var stored = await db.InstanceSettings.AsNoTracking()
            .Where(s => s.Id == InstanceSettings.SingletonId)
            .Select(s => new { s.VapidPublicKey, s.VapidPrivateKey })
            .SingleAsync(cancellationToken);
        return cached = new VapidKeys(stored.VapidPublicKey!, stored.VapidPrivateKey!);
    }

    /// <summary>A new P-256 pair: the uncompressed public point (0x04 ‖ X ‖ Y) and the private scalar D.</summary>
    public static VapidKeys Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        byte[] publicKey = [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];
        return new VapidKeys(Base64Url.EncodeToString(publicKey), Base64Url.EncodeToString(parameters.D!));
    }

    private static async Task EnsureRowAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.InstanceSettings.AnyAsync(s => s.Id == InstanceSettings.SingletonId, cancellationToken))
        {
            return;
        }

        try
        {
            db.InstanceSettings.Add(new InstanceSettings());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance made the row first; the conditional write decides whose keys are kept.
        }

        db.ChangeTracker.Clear();
    }
}

/// <summary>Makes (or reads) the VAPID keys at start, so they exist from the first start on.</summary>
public sealed class VapidKeyStartup(VapidKeyStore keys, ILogger<VapidKeyStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await keys.GetAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not fatal: the keys are made on first use instead (the Settings card or the daily send).
            logger.LogWarning(ex, "The Web Push keys could not be prepared at start; they will be made on first use.");
        }
    }
}
