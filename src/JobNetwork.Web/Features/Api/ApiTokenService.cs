using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Api;

public sealed record ApiTokenRow(int Id, string Name, string Prefix, ApiTokenScope Scope, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? LastUsedAtUtc);

/// <summary>The secret of a token just made: shown once, never stored.</summary>
public sealed record NewApiToken(int Id, string Secret);

/// <summary>Who a bearer secret acts for, when it is known and not expired.</summary>
public sealed record ApiTokenOwner(int TokenId, string OwnerId, ApiTokenScope Scope);

/// <summary>
/// Personal access tokens: made, listed and revoked by their owner in Settings; looked up by the hash of the secret
/// when a request presents one. The secret itself is never stored or logged.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public const string SecretPrefix = "jn_";

    /// <summary>How long a token's "last used" may lag behind: one write per token per minute, not one per request.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<NewApiToken> CreateAsync(ApiTokenForm form, CancellationToken cancellationToken)
    {
        var secret = SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            Name = form.Name.Trim(),
            SecretHash = Hash(secret),
            Prefix = secret[..10],
            Scope = form.Scope,
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(form.ExpiresInDays),
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new NewApiToken(token.Id, secret);
    }

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking()
            .OrderByDescending(t => t.CreatedAtUtc).ThenByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.Scope, t.CreatedAtUtc, t.ExpiresAtUtc, t.LastUsedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Deletes the token: the next request that presents it is refused.</summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return false;
        }

        db.ApiTokens.Remove(token);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The deliberate look across accounts: whose token this secret is. Unknown, malformed and expired secrets all
    /// give null. Records the use (at most once a minute per token).
    /// </summary>
    public async Task<ApiTokenOwner?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.SecretHash == hash)
            .Select(t => new { t.Id, t.OwnerId, t.Scope, t.ExpiresAtUtc, t.LastUsedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (token is null || token.ExpiresAtUtc <= now)
        {
            return null;
        }

        if (token.LastUsedAtUtc is not { } last || now - last >= LastUsedResolution)
        {
            // Set-based, by id: there is no signed-in user in this scope yet for the save-time ownership stamp.
            await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAtUtc, now), cancellationToken);
        }

        return new ApiTokenOwner(token.Id, token.OwnerId, token.Scope);
    }

    public static string Hash(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();
}
