using System.Net;
using JobNetwork.Tests.Features.Api;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Features.Coaching;
using JobNetwork.Web.Features.Trash;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Every route that takes a value in its path, found from the app's own endpoint table (so a new route fails this
/// test until it is swept): Bob asking for Alice's ids gets not-found and never sees a word of Alice's data.
/// </summary>
[Trait(Slow.Trait, Slow.Value)]
public sealed class IdorSweepTests
{
    private const string AliceMarker = "ALICE-PRIVATE-7f3a";

    /// <summary>How to point each id-taking route at one of Alice's records. A route missing here fails the sweep.</summary>
    private static readonly Dictionary<string, Func<AliceRecords, string[]>> OwnedRoutes = new(StringComparer.Ordinal)
    {
        ["/contacts/{Id:int}"] = a => [$"/contacts/{a.Seed.ContactId}", $"/contacts/{a.Seed.ReferredContactId}"],
        ["/contacts/{Id:int}/what-to-ask"] = a => [$"/contacts/{a.Seed.ContactId}/what-to-ask", $"/contacts/{a.Seed.ReferredContactId}/what-to-ask"],
        ["/companies/{Id:int}"] = a => [$"/companies/{a.Seed.CompanyId}"],
        ["/circles/{Id:int}"] = a => [$"/circles/{a.Seed.CircleId}"],
        ["/leads/{Id:int}"] = a => [$"/leads/{a.Seed.LeadId}"],
        ["/contacts/merge/{SurvivorId:int}/{DuplicateId:int}"] = a => [$"/contacts/merge/{a.Seed.ContactId}/{a.Seed.ReferredContactId}"],
        ["/Account/Manage/RenamePasskey/{Id}"] = a => [$"/Account/Manage/RenamePasskey/{a.PasskeyId}"],
    };

    /// <summary>The REST API's id-taking routes (every method on each), swept with Bob's read-and-write token.</summary>
    private static readonly Dictionary<string, Func<AliceRecords, int>> ApiOwnedRoutes = new(StringComparer.Ordinal)
    {
        ["/api/v1/contacts/{id:int}"] = a => a.Seed.ContactId,
        ["/api/v1/contacts/{id:int}/asks"] = a => a.Seed.ContactId,
        ["/api/v1/contacts/{id:int}/referrals"] = a => a.Seed.ContactId,
        ["/api/v1/asks/{id:int}"] = a => a.Seed.AskId,
        ["/api/v1/asks/{id:int}/outcome"] = a => a.Seed.AskId,
        ["/api/v1/trash/{id:int}/restore"] = a => a.TrashEntryId,
        ["/api/v1/referrals/{id:int}"] = a => a.Seed.ReferralId,
        ["/api/v1/referrals/{id:int}/status"] = a => a.Seed.ReferralId,
        ["/api/v1/circles/{id:int}"] = a => a.Seed.CircleId,
        ["/api/v1/companies/{id:int}"] = a => a.Seed.CompanyId,
        ["/api/v1/leads/{id:int}"] = a => a.Seed.LeadId,
        ["/api/v1/leads/{id:int}/moves"] = a => a.Seed.LeadId,
        ["/api/v1/today/{id:int}/done"] = a => a.SuggestionId,
        ["/api/v1/today/{id:int}/snooze"] = a => a.SuggestionId,
        ["/api/v1/today/{id:int}/skip"] = a => a.SuggestionId,
        ["/api/v1/today/thank-yous/{id:int}/done"] = a => a.ThankYouId,
        ["/api/v1/today/thank-yous/{id:int}/snooze"] = a => a.ThankYouId,
        ["/api/v1/today/thank-yous/{id:int}/skip"] = a => a.ThankYouId,
    };

    /// <summary>A coach's routes: an id of a grant Alice gave Bob. Swept with Bob, Carol (never invited), Alice and Bob after the revoke.</summary>
    private static readonly Dictionary<string, Func<int, string>> CoachRoutes = new(StringComparer.Ordinal)
    {
        ["/coaching/clients/{GrantId:int}"] = grantId => $"/coaching/clients/{grantId}",
    };

    /// <summary>Routes with a path value that is not an owned record's id, and why they are safe.</summary>
    private static readonly Dictionary<string, string> RoutesWithoutOwnedIds = new(StringComparer.Ordinal)
    {
        ["/calendar/{token}.ics"] = "the 64-hex secret is the credential; covered by The_calendar_feed_never_opens_with_a_guessed_or_rotated_token",
        ["/preferences/theme/{mode}"] = "light/dark/system, no data",
        ["/export/download/{table}.csv"] = "names a table, not a record; only the signed-in user's rows are read (ExportEndpointTests)",
        ["/openapi/{documentName}.json"] = "the API's description, no user data (ApiDocumentTests)",
        ["/scalar/{documentName?}"] = "the API reference page for signed-in users, no user data",
        ["/coaching/accept/{Token}"] = "the one-time link's secret is the credential; shows no data; claimed on a click (CoachGrantTests)",
    };

    [Fact]
    public async Task Every_route_that_takes_a_path_value_is_in_the_sweep()
    {
        await using var app = await TwoAccountApp.StartAsync();

        var unswept = ParameterizedRoutes(app)
            .Where(r => !OwnedRoutes.ContainsKey(r) && !ApiOwnedRoutes.ContainsKey(r) && !CoachRoutes.ContainsKey(r) && !RoutesWithoutOwnedIds.ContainsKey(r)).ToList();

        Assert.True(unswept.Count == 0, "Routes taking a path value that the IDOR sweep doesn't cover — add them to OwnedRoutes: " + string.Join(", ", unswept));
        Assert.All(OwnedRoutes.Keys.Concat(ApiOwnedRoutes.Keys).Concat(CoachRoutes.Keys), r => Assert.Contains(r, ParameterizedRoutes(app)));
    }

    [Fact]
    public async Task Bobs_token_gets_not_found_from_every_api_route_for_alices_ids_and_changes_nothing()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var seed = await app.A.SeedAsync(AliceMarker);
        await app.B.SeedAsync("Bob own record");
        var aliceApi = await app.A.ApiAsync();
        var bobApi = await app.B.ApiAsync();
        using var today = await aliceApi.GetAsync("/api/v1/today");
        using var trashed = await aliceApi.PostJsonAsync("/api/v1/contacts", new { name = AliceMarker + " trashed" });
        using var receipt = await aliceApi.DeleteAsync($"/api/v1/contacts/{(await trashed.JsonAsync()).GetProperty("id").GetInt32()}");
        var alice = new AliceRecords(seed, "", (await today.JsonAsync()).GetProperty("suggestions")[0].GetProperty("id").GetInt32(),
            (await receipt.JsonAsync()).GetProperty("entryId").GetInt32(), await AliceOwesAThankYouAsync(app, seed));

        // Deletes last, so every other route still has Alice's record to (not) reach.
        foreach (var (method, pattern) in ApiRouteSweepTests.ApiRoutes(app).Where(r => r.Pattern.Contains('{', StringComparison.Ordinal)).OrderBy(r => r.Method == "DELETE"))
        {
            Assert.True(ApiOwnedRoutes.ContainsKey(pattern), $"{pattern} is not in ApiOwnedRoutes.");
            var url = ApiRouteSweepTests.Url(pattern, ApiOwnedRoutes[pattern](alice));
            if (method == "GET")
            {
                using var own = await aliceApi.GetAsync(url);
                Assert.True(own.StatusCode == HttpStatusCode.OK && (await own.Content.ReadAsStringAsync()).Contains(AliceMarker, StringComparison.Ordinal),
                    $"Alice can't read her own {url} ({(int)own.StatusCode}).");
            }

            using var response = await bobApi.SendAsync(ApiRouteSweepTests.Request(method, url));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"Bob's {method} {url} returned {(int)response.StatusCode}: {body}");
            Assert.DoesNotContain(AliceMarker, body, StringComparison.Ordinal);
        }

        using var stillThere = await aliceApi.GetAsync($"/api/v1/contacts/{seed.ContactId}");
        Assert.Contains(AliceMarker, await stillThere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var bobsList = await bobApi.GetAsync("/api/v1/contacts?pageSize=100");
        Assert.DoesNotContain(AliceMarker, await bobsList.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bob_gets_not_found_for_every_one_of_alices_ids_and_never_sees_her_data()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var alice = new AliceRecords(await app.A.SeedAsync(AliceMarker), await app.AddPasskeyAsync(app.A, AliceMarker));
        await app.B.SeedAsync("Bob own record");
        await app.AddPasskeyAsync(app.B, "Bob own passkey");

        foreach (var route in ParameterizedRoutes(app).Where(OwnedRoutes.ContainsKey))
        {
            foreach (var url in OwnedRoutes[route](alice))
            {
                // Positive control: Alice sees her record at this address, so the marker would be caught if it leaked.
                using var own = await app.A.Browser.GetAsync(url);
                var ownHtml = await own.Content.ReadAsStringAsync();
                Assert.True(own.StatusCode == HttpStatusCode.OK && ownHtml.Contains(AliceMarker, StringComparison.Ordinal),
                    $"Alice can't see her own {url} ({(int)own.StatusCode}).");

                using var response = await app.B.Browser.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                var refusedToPasskeys = response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/Account/Manage/Passkeys";
                Assert.True(
                    response.StatusCode == HttpStatusCode.NotFound || refusedToPasskeys || html.Contains("not found", StringComparison.OrdinalIgnoreCase),
                    $"Bob's GET {url} returned {(int)response.StatusCode} without a not-found page.");
                Assert.DoesNotContain(AliceMarker, html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Coach_routes_show_alices_progress_only_to_the_coach_she_invited_and_only_until_she_revokes()
    {
        await using var app = await TwoAccountApp.StartAsync();
        await app.A.SeedAsync(AliceMarker);
        var carol = await app.CreateAccountAsync("carol@example.com");
        var grantId = await app.A.RunAsync(async s =>
        {
            var sharing = s.GetRequiredService<CoachingService>();
            Assert.Equal(InviteOutcome.Invited, await sharing.InviteByEmailAsync(app.B.Email, CoachScope.ProgressAndNames, CancellationToken.None));
            return (await sharing.ListAsync(CancellationToken.None)).Single().Id;
        });

        foreach (var url in CoachRoutes.Values.Select(route => route(grantId)))
        {
            // Positive control: the coach Alice invited sees her data here, so a leak to anyone else would be caught.
            using var granted = await app.B.Browser.GetAsync(url);
            Assert.True(granted.StatusCode == HttpStatusCode.OK && (await granted.Content.ReadAsStringAsync()).Contains(AliceMarker, StringComparison.Ordinal),
                $"Bob, Alice's coach, can't see {url} ({(int)granted.StatusCode}).");

            foreach (var (who, browser) in new[] { ("Carol", carol.Browser), ("Alice", app.A.Browser) })
            {
                using var response = await browser.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK && html.Contains("not found", StringComparison.OrdinalIgnoreCase), $"{who}'s GET {url} returned {(int)response.StatusCode} without a not-found message.");
                Assert.DoesNotContain(AliceMarker, html, StringComparison.Ordinal);
            }
        }

        await app.A.RunAsync(s => s.GetRequiredService<CoachingService>().RevokeAsync(grantId, CancellationToken.None));
        foreach (var url in CoachRoutes.Values.Select(route => route(grantId)))
        {
            using var revoked = await app.B.Browser.GetAsync(url);
            var html = await revoked.Content.ReadAsStringAsync();
            Assert.Contains("Access ended", html, StringComparison.Ordinal);
            Assert.DoesNotContain(AliceMarker, html, StringComparison.Ordinal);
        }

        using var caseload = await app.B.Browser.GetAsync("/coaching");
        Assert.DoesNotContain(AliceMarker, await caseload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task None_of_bobs_pages_shows_alices_data()
    {
        await using var app = await TwoAccountApp.StartAsync();
        await app.A.SeedAsync(AliceMarker);
        await app.B.SeedAsync("Bob own record");
        var pages = PagesWithoutParameters(app);
        Assert.Contains("/contacts", pages);

        foreach (var page in pages)
        {
            using var response = await app.B.Browser.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"GET {page} failed with {(int)response.StatusCode}.");
            Assert.DoesNotContain(AliceMarker, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bobs_trash_page_never_lists_what_alice_deleted()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var alice = await app.A.SeedAsync(AliceMarker);
        await app.B.SeedAsync("Bob own record");
        await app.A.RunAsync(s => s.GetRequiredService<TrashService>().MoveToTrashAsync(TrashKind.Contact, alice.ContactId, CancellationToken.None));

        using var own = await app.A.Browser.GetAsync("/trash");
        Assert.Contains(AliceMarker, await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var response = await app.B.Browser.GetAsync("/trash");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(AliceMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_feed_never_opens_with_a_guessed_or_rotated_token()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var alice = await app.A.SeedAsync(AliceMarker);
        var bob = await app.B.SeedAsync("Bob own record");

        using var bobsFeed = await app.B.Browser.GetAsync(CalendarFeedEndpoint.PathFor(bob.CalendarToken));
        Assert.Equal(HttpStatusCode.OK, bobsFeed.StatusCode);
        Assert.DoesNotContain(AliceMarker, await bobsFeed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var rotated = await app.A.RunAsync(s => s.GetRequiredService<CalendarFeedService>().RotateTokenAsync(CancellationToken.None));
        Assert.NotEqual(alice.CalendarToken, rotated);
        var refused = new[]
        {
            alice.CalendarToken,                                  // rotated away
            new string('0', 64),                                  // guessed
            alice.CalendarToken.ToUpperInvariant(),               // case variant of a real secret
            rotated[..63],                                        // prefix of the live one
            "..%2F..%2Fjobnetwork.db",
        };
        foreach (var token in refused)
        {
            using var response = await app.B.Browser.GetAsync($"/calendar/{token}.ics");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(AliceMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bob_cannot_rename_alices_passkey_by_posting_to_its_address()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var passkeyId = await app.AddPasskeyAsync(app.A, AliceMarker);
        var url = $"/Account/Manage/RenamePasskey/{passkeyId}";
        var token = await app.B.Browser.GetAntiforgeryTokenAsync("/Account/Manage");

        using var response = await app.B.Browser.PostFormAsync(url, "rename-passkey", token, ("Input.Name", "Taken by Bob"));

        Assert.Equal("/Account/Manage/Passkeys", response.RedirectPath());
        using var own = await app.A.Browser.GetAsync(url);
        Assert.Contains(AliceMarker, await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed record AliceRecords(NetworkSeed Seed, string PasskeyId, int SuggestionId = 0, int TrashEntryId = 0, int ThankYouId = 0);

    /// <summary>Alice talked to the person her seed referral named, so she owes the referrer a thank-you; its id.</summary>
    internal static Task<int> AliceOwesAThankYouAsync(TwoAccountApp app, NetworkSeed seed) => app.A.RunAsync(async services =>
    {
        var referrals = services.GetRequiredService<Web.Features.Referrals.ReferralService>();
        var row = (await referrals.GetAsync(seed.ReferralId, CancellationToken.None))!;
        Assert.True((await referrals.MoveAsync(row.Id, Web.Domain.ReferralStatus.Talked, row.Version, CancellationToken.None)).Succeeded);
        return (await services.GetRequiredService<Web.Features.Today.ThankYouService>().DueAsync(CancellationToken.None)).Single().Id;
    });

    private static List<RouteEndpoint> RouteEndpoints(TwoAccountApp app) =>
        app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsFramework(e.RoutePattern)).ToList();

    private static List<string> ParameterizedRoutes(TwoAccountApp app) =>
        RouteEndpoints(app).Where(e => e.RoutePattern.Parameters.Count > 0).Select(e => e.RoutePattern.RawText!).Distinct().ToList();

    /// <summary>The app's own GET pages with no path value, except sign-out style Account endpoints.</summary>
    private static List<string> PagesWithoutParameters(TwoAccountApp app) =>
        RouteEndpoints(app)
            .Where(e => e.RoutePattern.Parameters.Count == 0
                && (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) ?? true)
                && !e.RoutePattern.RawText!.StartsWith("/Account", StringComparison.OrdinalIgnoreCase)
                && !e.RoutePattern.RawText.Contains('.'))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();

    /// <summary>Static files, the Blazor hub and framework scripts hold no user data.</summary>
    private static bool IsFramework(RoutePattern pattern)
    {
        var raw = "/" + (pattern.RawText ?? "").TrimStart('/');
        return raw.StartsWith("/_", StringComparison.Ordinal)
            || pattern.Parameters.Any(p => p.IsCatchAll)
            || raw.Contains("{**", StringComparison.Ordinal);
    }
}
