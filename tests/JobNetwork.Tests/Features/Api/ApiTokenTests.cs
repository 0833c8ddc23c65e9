using System.Net;
using JobNetwork.Tests.Security;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Api;

/// <summary>A personal access token's life: made, stored only as a hash, used, expired, revoked, rate-limited.</summary>
public sealed class ApiTokenTests
{
    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored_and_the_secret_opens_the_api()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var token = await app.A.CreateTokenAsync(ApiTokenScope.Read);

        var stored = await StoredAsync(app, token.Id);
        Assert.Equal(ApiTokenService.Hash(token.Secret), stored.SecretHash);
        foreach (var file in new[] { app.App.DatabaseFile, app.App.DatabaseFile + "-wal" }.Where(File.Exists))
        {
            Assert.DoesNotContain(token.Secret, System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }

        Assert.NotEqual(token.Secret, stored.SecretHash);
        Assert.True(token.Secret.Length >= 40, "A token carries at least 32 random bytes.");
        Assert.Null(stored.LastUsedAtUtc);

        using var response = await app.Client(token.Secret).GetAsync("/api/v1/contacts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await StoredAsync(app, token.Id)).LastUsedAtUtc);
        var listed = await app.A.RunAsync(s => s.GetRequiredService<ApiTokenService>().ListAsync(CancellationToken.None));
        Assert.NotNull(Assert.Single(listed).LastUsedAtUtc);
    }

    [Fact]
    public async Task No_token_a_wrong_token_or_a_cookie_sign_in_gets_401_problem()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var token = await app.A.CreateTokenAsync();

        foreach (var client in new[] { app.Client(null), app.Client(token.Secret + "x"), app.Client("jn_guessed"), app.A.Browser })
        {
            using var response = await client.GetAsync("/api/v1/contacts");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var token = await app.A.CreateTokenAsync();
        await app.App.ExecuteSqlAsync($"UPDATE ApiTokens SET ExpiresAtUtc = '2020-01-01 00:00:00' WHERE Id = {token.Id}");

        using var response = await app.Client(token.Secret).GetAsync("/api/v1/contacts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once_and_only_its_owner_can_revoke_it()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var token = await app.A.CreateTokenAsync();
        var client = app.Client(token.Secret);
        using (var before = await client.GetAsync("/api/v1/contacts"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        Assert.False(await app.B.RunAsync(s => s.GetRequiredService<ApiTokenService>().RevokeAsync(token.Id, CancellationToken.None)));
        Assert.True(await app.A.RunAsync(s => s.GetRequiredService<ApiTokenService>().RevokeAsync(token.Id, CancellationToken.None)));

        using var after = await client.GetAsync("/api/v1/contacts");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Each_token_has_its_own_rate_limit_and_a_refusal_says_when_to_retry()
    {
        await using var app = await TwoAccountApp.StartAsync(("Api:PermitsPerMinute", "3"));
        var busy = app.Client((await app.A.CreateTokenAsync()).Secret);
        var other = app.Client((await app.A.CreateTokenAsync()).Secret);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await busy.GetAsync("/api/v1/circles");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await busy.GetAsync("/api/v1/circles");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        using var otherToken = await other.GetAsync("/api/v1/circles");
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
    }

    [Fact]
    public async Task A_read_only_token_reads_but_gets_403_on_a_write()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var client = await app.A.ApiAsync(ApiTokenScope.Read);

        using var read = await client.GetAsync("/api/v1/circles");
        using var write = await client.PostJsonAsync("/api/v1/circles", new { name = "Choir" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await app.A.RunAsync(s => s.GetRequiredService<JobNetwork.Web.Features.Circles.CircleService>().ListAsync(CancellationToken.None)));
    }

    private static async Task<ApiToken> StoredAsync(TwoAccountApp app, int id)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.ApiTokens.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == id);
    }
}
