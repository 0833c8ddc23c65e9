using System.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Export;
using JobNetwork.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Export;

/// <summary>The export downloads over HTTP: only for a signed-in user, only that user's data, each with a file name.</summary>
public sealed class ExportEndpointTests : IAsyncLifetime
{
    private const string Password = "Str0ng!Passw0rd";

    private readonly JobNetworkAppFactory app = new(("Registration:Mode", "Open"));

    public static TheoryData<string> AllDownloads() =>
    [
        .. Enum.GetValues<CsvExportKind>().Select(ExportEndpoints.CsvPath),
        ExportEndpoints.JsonPath,
        ExportEndpoints.VCardPath,
    ];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [MemberData(nameof(AllDownloads))]
    public async Task Without_signing_in_a_download_sends_you_to_sign_in_and_gives_no_data(string path)
    {
        await SignedInAsync("alice@example.com", "Alice's secret friend");
        using var anonymous = app.CreateBrowser();

        using var response = await anonymous.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.RedirectPath());
        Assert.DoesNotContain("secret friend", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllDownloads))]
    public async Task A_download_holds_the_signed_in_users_data_and_never_another_users(string path)
    {
        using var alice = await SignedInAsync("alice@example.com", "Alice's secret friend");
        using var bob = await SignedInAsync("bob@example.com", "Bob's own friend");

        var bobsFile = await DownloadAsync(bob, path);
        var alicesFile = await DownloadAsync(alice, path);

        Assert.DoesNotContain("Alice", bobsFile, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", alicesFile, StringComparison.Ordinal);
        if (path != ExportEndpoints.CsvPath(CsvExportKind.Asks) && path != ExportEndpoints.CsvPath(CsvExportKind.Referrals)
            && path != ExportEndpoints.CsvPath(CsvExportKind.JobLeads))
        {
            Assert.Contains("Bob", bobsFile, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_download_names_its_file_and_is_not_cached()
    {
        using var alice = await SignedInAsync("alice@example.com", "Dana Levi");

        foreach (var (path, pattern, mediaType) in new[]
        {
            (ExportEndpoints.CsvPath(CsvExportKind.Contacts), @"^jobnetwork-contacts-\d{4}-\d{2}-\d{2}\.csv$", "text/csv"),
            (ExportEndpoints.CsvPath(CsvExportKind.JobLeads), @"^jobnetwork-job-leads-\d{4}-\d{2}-\d{2}\.csv$", "text/csv"),
            (ExportEndpoints.JsonPath, @"^jobnetwork-export-\d{4}-\d{2}-\d{2}\.json$", "application/json"),
            (ExportEndpoints.VCardPath, @"^jobnetwork-contacts-\d{4}-\d{2}-\d{2}\.vcf$", "text/vcard"),
        })
        {
            using var response = await alice.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Matches(pattern, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_table_is_not_found()
    {
        using var alice = await SignedInAsync("alice@example.com", "Dana Levi");

        using var response = await alice.GetAsync(ExportEndpoints.Prefix + "/passwords.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> DownloadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Registers (the first account becomes the administrator), gives the account a circle, a company and a contact named after its owner, and signs in.</summary>
    private async Task<HttpClient> SignedInAsync(string email, string contactName)
    {
        var client = app.CreateBrowser();
        if (await app.FindUserAsync(email) is null)
        {
            using (var registering = app.CreateBrowser())
            {
                (await registering.RegisterAsync(email, Password)).Dispose();
            }

            var user = await app.FindUserAsync(email) ?? throw new InvalidOperationException($"{email} was not registered.");
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
            var owner = contactName.Split('\'')[0];
            var circle = await scope.ServiceProvider.GetRequiredService<CircleService>()
                .SaveAsync(null, new CircleForm { Name = $"{owner}'s friends", Kind = CircleKind.Friends }, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<CompanyService>()
                .SaveAsync(null, new CompanyForm { Name = $"{owner}'s employer" }, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ContactService>()
                .CreateAsync(new ContactForm { Name = contactName, Email = $"{owner.ToLowerInvariant()}.friend@example.com", CircleIds = [circle.Id!.Value] }, CancellationToken.None);
        }

        using var signIn = await client.SignInAsync(email, Password);
        Assert.True(signIn.SetsAuthCookie(), $"{email} could not sign in.");
        return client;
    }
}
