using System.Net;
using AngleSharp.Html.Parser;
using System.Text.RegularExpressions;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Features.Share;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Security;

/// <summary>
/// The fast half of the XSS sweep: every payload saved in every text field (through the services, as a form or an
/// import would) and every page that shows them rendered by the server. No payload comes back as markup, every
/// one comes back as text, and no <c>href</c> built from user data is anything but http(s), mailto, tel or the app's own.
/// The browser half (scripts really don't run) is tests/JobNetwork.E2E/Flows/XssSweep.cs.
/// </summary>
public sealed partial class XssRenderingTests : IClassFixture<XssRenderingTests.HostileNetwork>
{
    private static readonly string[] ListPages = ["/", "/today", "/circles", "/contacts", "/companies", "/leads", "/settings"];

    private readonly HostileNetwork network;

    public XssRenderingTests(HostileNetwork network) => this.network = network;

    [Fact]
    public async Task List_pages_show_payloads_as_text_and_never_as_markup()
    {
        foreach (var page in ListPages)
        {
            var html = await GetAsync(page);
            AssertInert(page, html);
        }
    }

    [Fact]
    public async Task Detail_pages_show_every_payload_literally_and_never_as_markup()
    {
        foreach (var seed in network.Seeds)
        {
            foreach (var page in new[] { $"/circles/{seed.CircleId}", $"/contacts/{seed.ContactId}", $"/contacts/{seed.ReferredContactId}", $"/companies/{seed.CompanyId}", $"/leads/{seed.LeadId}" })
            {
                var html = await GetAsync(page);
                AssertInert(page, html);
                Assert.Contains(seed.Text, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Imported_csv_and_vcard_payloads_render_as_text_and_their_urls_never_become_links()
    {
        Assert.NotEmpty(network.ImportedContactIds);
        foreach (var id in network.ImportedContactIds)
        {
            var html = await GetAsync($"/contacts/{id}");
            AssertInert($"/contacts/{id}", html);
        }

        AssertInert("/contacts", await GetAsync("/contacts"));
        AssertInert("/companies", await GetAsync("/companies"));
    }

    [Fact]
    public void Imported_hostile_urls_are_not_stored_as_links() =>
        Assert.All(network.ImportedLinkedInUrls, url => Assert.True(url is null || url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal), url));

    private async Task<string> GetAsync(string page)
    {
        using var response = await network.App.A.Browser.GetAsync(page);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page} returned {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync();
    }

    private static void AssertInert(string page, string html)
    {
        foreach (var payload in XssPayloads.Text.Where(p => p.IndexOfAny(['<', '"', '\'']) >= 0))
        {
            Assert.False(html.Contains(payload, StringComparison.Ordinal), $"{page} returned the payload {payload} unencoded.");
        }

        // Parsed as a browser would: no payload became an element, an event-handler attribute or a script.
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.False(element.LocalName == "script" && element.TextContent.Contains("__xss", StringComparison.Ordinal), $"{page} has a payload <script>.");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Value.Contains("__xss", StringComparison.Ordinal),
                    $"{page} has <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">.");
                Assert.False(attribute.Name is "onmouseover" or "onfocus" or "onerror" or "onload" && element.LocalName is "img" or "svg" or "x",
                    $"{page} has an injected <{element.LocalName} {attribute.Name}>.");
            }

            // The one javascript: link the app makes itself: the Share bookmarklet, exactly as it is generated (no user text in it).
            if (element.GetAttribute("href") is { } href && !(element.ClassList.Contains("jn-bookmarklet") && href == ShareBookmarklet.For("http://localhost/")))
            {
                Assert.False(UnsafeScheme().IsMatch(href.Trim()), $"{page} links to '{href}'.");
            }
        }
    }

    /// <summary>Any scheme other than the harmless ones, including obfuscated javascript:, data: and vbscript:.</summary>
    [GeneratedRegex("""^(?!https?:|mailto:|tel:)[a-z][a-z0-9+.\-]*:""", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeScheme();

    /// <summary>One account whose whole network is made of payloads: seeded through the services and imported from CSV and vCard.</summary>
    public sealed class HostileNetwork : IAsyncLifetime
    {
        public TwoAccountApp App { get; private set; } = null!;

        public List<NetworkSeed> Seeds { get; } = [];

        public List<int> ImportedContactIds { get; private set; } = [];

        public List<string?> ImportedLinkedInUrls { get; private set; } = [];

        public async Task InitializeAsync()
        {
            App = await TwoAccountApp.StartAsync();
            for (var i = 0; i < XssPayloads.Text.Length; i++)
            {
                Seeds.Add(await App.A.SeedAsync(XssPayloads.Text[i], XssPayloads.Urls[i % XssPayloads.Urls.Length]));
            }

            var before = await ContactIdsAsync();
            await App.A.RunAsync(async services =>
            {
                // Built by hand: the import page (and its DI registration) arrives on another branch.
                var import = new ImportService(services.GetRequiredService<IDbContextFactory<AppDbContext>>(), services.GetRequiredService<TimeProvider>());
                var csv = await import.ImportAsync(XssPayloads.Csv(), "hostile.csv", new ImportOptions(), null, CancellationToken.None);
                var vcf = await import.ImportAsync(XssPayloads.VCard(), "hostile.vcf", new ImportOptions(), null, CancellationToken.None);
                Assert.True(csv.Created + vcf.Created >= XssPayloads.Text.Length, $"Imported only {csv.Created} + {vcf.Created} contacts.");
                return 0;
            });
            ImportedContactIds = (await ContactIdsAsync()).Except(before).ToList();
            ImportedLinkedInUrls = await App.A.RunAsync(async services =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
                return await db.Contacts.Where(c => ImportedContactIds.Contains(c.Id)).Select(c => c.LinkedInUrl).ToListAsync();
            });
        }

        private Task<List<int>> ContactIdsAsync() => App.A.RunAsync(async services =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            return await db.Contacts.Select(c => c.Id).ToListAsync();
        });

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
