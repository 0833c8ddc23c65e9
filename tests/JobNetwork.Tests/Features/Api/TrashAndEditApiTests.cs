using System.Net;
using JobNetwork.Tests.Security;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Trash;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Api;

/// <summary>
/// Deletes through the API go to the Trash (with a receipt that undoes them), and every edit route takes the version
/// it read: asks, leads and referral moves answer 412 to a stale one and 428 to none. One app for the class.
/// </summary>
public sealed class TrashAndEditApiTests(TrashAndEditApiTests.OneApp one) : IClassFixture<TrashAndEditApiTests.OneApp>
{
    private readonly TwoAccountApp app = one.App;
    private readonly HttpClient api = one.Api;

    public sealed class OneApp : IAsyncLifetime
    {
        public TwoAccountApp App { get; private set; } = null!;

        public HttpClient Api { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = await TwoAccountApp.StartAsync();
            Api = await App.A.ApiAsync();
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task A_contact_deleted_through_the_api_goes_to_the_trash_with_its_asks_and_the_receipt_brings_it_back()
    {
        var contact = await (await api.PostJsonAsync("/api/v1/contacts", new { name = "Trashed Tina" })).ReadAsync<ContactDetails>();
        using var logged = await api.PostJsonAsync($"/api/v1/contacts/{contact.Id}/asks", new { question = "Who do you know at Acme?" });

        using var deleted = await api.DeleteAsync($"/api/v1/contacts/{contact.Id}");
        var receipt = await deleted.ReadAsync<TrashReceipt>();
        using var gone = await api.GetAsync($"/api/v1/contacts/{contact.Id}");
        var inTrash = await app.A.RunAsync(s => s.GetRequiredService<TrashRestorer>().ListAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal((TrashKind.Contact, "Trashed Tina", 1), (receipt.Kind, receipt.Label, receipt.Count));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains(inTrash, e => e.EntryId == receipt.EntryId && e.RecordId == contact.Id);

        using var restored = await api.PostAsync($"/api/v1/trash/{receipt.EntryId}/restore", null);
        using var back = await api.GetAsync($"/api/v1/contacts/{contact.Id}");
        using var asks = await api.GetAsync($"/api/v1/contacts/{contact.Id}/asks");
        using var again = await api.PostAsync($"/api/v1/trash/{receipt.EntryId}/restore", null);

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Single(await asks.ReadAsync<List<AskRow>>());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [InlineData("circles", TrashKind.Circle)]
    [InlineData("companies", TrashKind.Company)]
    [InlineData("leads", TrashKind.JobLead)]
    [InlineData("asks", TrashKind.Ask)]
    [InlineData("referrals", TrashKind.Referral)]
    public async Task Every_api_delete_goes_to_the_trash_and_a_second_delete_is_not_found(string collection, TrashKind kind)
    {
        var id = await CreateAsync(collection);

        using var deleted = await api.DeleteAsync($"/api/v1/{collection}/{id}");
        using var twice = await api.DeleteAsync($"/api/v1/{collection}/{id}");
        var trash = await app.A.RunAsync(s => s.GetRequiredService<TrashRestorer>().ListAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(kind, (await deleted.ReadAsync<TrashReceipt>()).Kind);
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
        Assert.Contains(trash, e => e.Kind == kind && e.RecordId == id);
    }

    [Fact]
    public async Task A_referral_moves_only_with_the_version_it_was_read_at_and_keeps_the_dated_step()
    {
        var referralId = await CreateAsync("referrals");
        using var read = await api.GetAsync($"/api/v1/referrals/{referralId}");
        var version = (await read.ReadAsync<ReferralRow>()).Version;

        using var none = await api.PutJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "IntroRequested" });
        using var moved = await api.PutJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "IntroRequested" }, ifMatch: version);
        using var stale = await api.PutJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "NothingCameOfIt", version });
        using var after = await api.GetAsync($"/api/v1/referrals/{referralId}");
        var referral = await after.ReadAsync<ReferralRow>();

        Assert.Equal($"\"{version}\"", read.Headers.ETag?.Tag);
        Assert.Equal((HttpStatusCode)428, none.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal($"\"{referral.Version}\"", moved.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(ReferralStatus.IntroRequested, referral.Status);
        Assert.Equal([ReferralStatus.Named, ReferralStatus.IntroRequested], referral.History.Select(h => h.ToStatus).ToList());
    }

    [Fact]
    public async Task An_ask_is_read_with_its_etag_corrected_with_it_and_a_stale_or_future_correction_is_refused()
    {
        var askId = await CreateAsync("asks");
        using var read = await api.GetAsync($"/api/v1/asks/{askId}");
        var ask = await read.ReadAsync<AskDetails>();

        using var corrected = await api.PutJsonAsync($"/api/v1/asks/{askId}",
            new { askedOn = ask.AskedOn.ToDateTime(TimeOnly.MinValue), channel = "Email", question = "Who do you know at Initech?", outcome = "GaveReferral" }, ifMatch: ask.Version);
        using var stale = await api.PutJsonAsync($"/api/v1/asks/{askId}", new { askedOn = ask.AskedOn.ToDateTime(TimeOnly.MinValue), question = "Stale", version = ask.Version });
        using var future = await api.PutJsonAsync($"/api/v1/asks/{askId}", new { askedOn = DateTime.UtcNow.Date.AddDays(3), question = "Later", version = (await corrected.ReadAsync<AskDetails>()).Version });
        using var blank = await api.PutJsonAsync($"/api/v1/asks/{askId}", new { question = "", version = ask.Version });
        using var after = await api.GetAsync($"/api/v1/asks/{askId}");
        var stored = await after.ReadAsync<AskDetails>();

        Assert.Equal($"\"{ask.Version}\"", read.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await blank.JsonAsync()).GetProperty("errors").TryGetProperty("question", out _));
        Assert.Equal(("Who do you know at Initech?", AskChannel.Email, AskOutcome.GaveReferral), (stored.Question, stored.Channel, stored.Outcome));
    }

    [Fact]
    public async Task A_lead_is_corrected_with_its_version_and_keeps_its_status_and_credit()
    {
        var leadId = await CreateAsync("leads");
        using var read = await api.GetAsync($"/api/v1/leads/{leadId}");
        var lead = await read.ReadAsync<JobLeadDetails>();

        using var corrected = await api.PutJsonAsync($"/api/v1/leads/{leadId}",
            new { title = "Senior accountant", companyName = "Initech", url = "https://jobs.example.com/2", notes = "Apply by Friday" }, ifMatch: lead.Version);
        using var stale = await api.PutJsonAsync($"/api/v1/leads/{leadId}", new { title = "Stale", companyName = "Acme", version = lead.Version });
        using var none = await api.PutJsonAsync($"/api/v1/leads/{leadId}", new { title = "No version", companyName = "Acme" });
        using var invalid = await api.PutJsonAsync($"/api/v1/leads/{leadId}", new { title = "", url = "javascript:alert(1)", version = lead.Version });
        var after = await corrected.ReadAsync<JobLeadDetails>();

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(("Senior accountant", "Initech", "https://jobs.example.com/2", "Apply by Friday"), (after.Title, after.CompanyName, after.Url, after.Notes));
        Assert.Equal((lead.Status, lead.Source, lead.SourceContactId), (after.Status, after.Source, after.SourceContactId));
        Assert.Equal($"\"{after.Version}\"", corrected.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal((HttpStatusCode)428, none.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _) && errors.TryGetProperty("url", out _) && errors.TryGetProperty("companyName", out _));
    }

    private async Task<int> CreateAsync(string collection)
    {
        (string Url, object Body) create = collection switch
        {
            "circles" => ("/api/v1/circles", new { name = "Choir " + Guid.NewGuid().ToString("N")[..6], kind = "CommunityGroup" }),
            "companies" => ("/api/v1/companies", new { name = "Co " + Guid.NewGuid().ToString("N")[..6] }),
            "leads" => ("/api/v1/leads", new { title = "Accountant", companyName = "Acme", source = "FoundMyself" }),
            _ => ("", new { }),
        };
        if (create.Url.Length > 0)
        {
            using var created = await api.PostJsonAsync(create.Url, create.Body);
            return (await created.JsonAsync()).GetProperty("id").GetInt32();
        }

        var contact = await (await api.PostJsonAsync("/api/v1/contacts", new { name = "Carla" })).ReadAsync<ContactDetails>();
        using var made = collection == "asks"
            ? await api.PostJsonAsync($"/api/v1/contacts/{contact.Id}/asks", new { question = "Who do you know at Acme?" })
            : await api.PostJsonAsync($"/api/v1/contacts/{contact.Id}/referrals", new { newContactName = "Dev " + Guid.NewGuid().ToString("N")[..6] });
        return (await made.JsonAsync()).GetProperty("id").GetInt32();
    }
}
