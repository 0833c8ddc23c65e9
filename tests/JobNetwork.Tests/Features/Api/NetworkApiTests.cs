using System.Net;
using JobNetwork.Tests.Security;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Today;

namespace JobNetwork.Tests.Features.Api;

/// <summary>The rest of the API, one flow per resource, through the same services as the pages.</summary>
public sealed class NetworkApiTests
{
    [Fact]
    public async Task Circles_are_listed_created_updated_with_their_version_and_deleted()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();

        using var invalid = await api.PostJsonAsync("/api/v1/circles", new { name = "", cadenceDays = 999 });
        using var created = await api.PostJsonAsync("/api/v1/circles", new { name = "Choir", kind = "CommunityGroup" });
        var circle = await created.ReadAsync<CircleDetails>();
        using var updated = await api.PutJsonAsync($"/api/v1/circles/{circle.Id}", new { name = "Church choir", kind = "CommunityGroup", version = circle.Version });
        using var stale = await api.PutJsonAsync($"/api/v1/circles/{circle.Id}", new { name = "Old", kind = "CommunityGroup", version = circle.Version });
        using var list = await api.GetAsync("/api/v1/circles");

        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("cadenceDays", out _));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Church choir", (await updated.ReadAsync<CircleDetails>()).Name);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Church choir", Assert.Single(await list.ReadAsync<List<CircleSummary>>()).Name);
        using var deleted = await api.DeleteAsync($"/api/v1/circles/{circle.Id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
    }

    [Fact]
    public async Task Companies_are_searched_paged_created_updated_and_deleted()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();

        using var created = await api.PostJsonAsync("/api/v1/companies", new { name = "Acme", isTarget = true });
        var company = await created.ReadAsync<CompanyDetails>();
        using var duplicate = await api.PostJsonAsync("/api/v1/companies", new { name = "acme" });
        using var badUrl = await api.PostJsonAsync("/api/v1/companies", new { name = "Globex", website = "ftp://x" });
        using var updated = await api.PutJsonAsync($"/api/v1/companies/{company.Id}", new { name = "Acme Corp", isTarget = true }, ifMatch: company.Version);
        using var list = await api.GetAsync("/api/v1/companies?search=acme&targetsOnly=true");
        using var tooBig = await api.GetAsync("/api/v1/companies?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("already have a company", (await duplicate.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True((await badUrl.JsonAsync()).GetProperty("errors").TryGetProperty("website", out _));
        Assert.Equal("Acme Corp", (await updated.ReadAsync<CompanyDetails>()).Name);
        Assert.Equal(1, (await list.ReadAsync<ApiPage<CompanyRow>>()).TotalCount);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        using var deleted = await api.DeleteAsync($"/api/v1/companies/{company.Id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
    }

    [Fact]
    public async Task An_ask_is_logged_listed_and_given_an_outcome_and_a_referral_recorded_and_moved()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();
        using var created = await api.PostJsonAsync("/api/v1/contacts", new { name = "Carla" });
        var carla = await created.ReadAsync<ContactDetails>();

        using var future = await api.PostJsonAsync($"/api/v1/contacts/{carla.Id}/asks", new { askedOn = DateTime.UtcNow.AddDays(3), question = "Who?" });
        using var noQuestion = await api.PostJsonAsync($"/api/v1/contacts/{carla.Id}/asks", new { askedOn = DateTime.UtcNow.Date, question = "" });
        using var logged = await api.PostJsonAsync($"/api/v1/contacts/{carla.Id}/asks", new { askedOn = DateTime.UtcNow.Date, channel = "Phone", question = "Who do you know at Acme?" });
        var askId = (await logged.JsonAsync()).GetProperty("id").GetInt32();
        using var outcome = await api.PutJsonAsync($"/api/v1/asks/{askId}/outcome", new { outcome = "GaveReferral" });
        using var asks = await api.GetAsync($"/api/v1/contacts/{carla.Id}/asks");

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await noQuestion.JsonAsync()).GetProperty("errors").TryGetProperty("question", out _));
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, outcome.StatusCode);
        Assert.Equal(AskOutcome.GaveReferral, Assert.Single(await asks.ReadAsync<List<AskRow>>()).Outcome);

        using var toSelf = await api.PostJsonAsync($"/api/v1/contacts/{carla.Id}/referrals", new { existingContactId = carla.Id });
        using var referred = await api.PostJsonAsync($"/api/v1/contacts/{carla.Id}/referrals", new { newContactName = "Dev at Acme", companyName = "Acme" });
        var referralId = (await referred.JsonAsync()).GetProperty("id").GetInt32();
        using var named = await api.GetAsync($"/api/v1/referrals/{referralId}");
        var version = (await named.ReadAsync<ReferralRow>()).Version;
        using var moved = await api.PutJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "Introduced", version });
        using var referral = await api.GetAsync($"/api/v1/referrals/{referralId}");
        using var carlas = await api.GetAsync($"/api/v1/contacts/{carla.Id}/referrals");

        Assert.Equal(HttpStatusCode.BadRequest, toSelf.StatusCode);
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(ReferralStatus.Introduced, (await referral.ReadAsync<ReferralRow>()).Status);
        Assert.Equal("Dev at Acme", Assert.Single((await carlas.ReadAsync<ContactReferrals>()).Given).ReferredName);
    }

    [Fact]
    public async Task A_lead_is_created_listed_moved_with_its_version_and_a_stale_move_gets_412()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();

        using var invalid = await api.PostJsonAsync("/api/v1/leads", new { title = "" });
        using var created = await api.PostJsonAsync("/api/v1/leads", new { title = "Accountant", companyName = "Acme", source = "FoundMyself", url = "https://jobs.example.com/1" });
        var lead = await created.ReadAsync<JobLeadDetails>();
        using var moved = await api.PostJsonAsync($"/api/v1/leads/{lead.Id}/moves", new { status = "Applied", version = lead.Version });
        using var stale = await api.PostJsonAsync($"/api/v1/leads/{lead.Id}/moves", new { status = "Closed", version = lead.Version });
        using var list = await api.GetAsync("/api/v1/leads?status=Applied");
        using var tooBig = await api.GetAsync("/api/v1/leads?pageSize=101");

        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _) && errors.TryGetProperty("companyName", out _));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(JobLeadStatus.Applied, (await moved.ReadAsync<JobLeadDetails>()).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(lead.Id, Assert.Single((await list.ReadAsync<ApiPage<JobLeadRow>>()).Items).Id);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        using var deleted = await api.DeleteAsync($"/api/v1/leads/{lead.Id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
    }

    [Fact]
    public async Task Todays_list_is_read_and_a_suggestion_marked_done_snoozed_or_skipped()
    {
        await using var app = await TwoAccountApp.StartAsync();
        await app.A.SeedAsync("Seeded");
        var api = await app.A.ApiAsync();

        using var read = await api.GetAsync("/api/v1/today");
        var today = await read.ReadAsync<TodayList>();
        var first = today.Suggestions[0];
        using var done = await api.PostAsync($"/api/v1/today/{first.Id}/done", null);
        using var missing = await api.PostAsync("/api/v1/today/999999/skip", null);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(Web.Domain.DailySuggestionStatus.Done, (await done.ReadAsync<TodayList>()).Suggestions.Single(s => s.Id == first.Id).Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        if (today.Suggestions.Count > 1)
        {
            using var snoozed = await api.PostAsync($"/api/v1/today/{today.Suggestions[1].Id}/snooze", null);
            Assert.DoesNotContain((await snoozed.ReadAsync<TodayList>()).Suggestions, s => s.Id == today.Suggestions[1].Id);
        }
    }

    [Fact]
    public async Task The_thank_yous_due_today_are_read_and_one_marked_done_without_logging_an_ask()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var seed = await app.A.SeedAsync("Seeded");
        var id = await Security.IdorSweepTests.AliceOwesAThankYouAsync(app, seed);
        var api = await app.A.ApiAsync();

        using var read = await api.GetAsync("/api/v1/today/thank-yous");
        var due = Assert.Single(await read.ReadAsync<List<Web.Features.Today.ThankYouRow>>());
        using var done = await api.PostAsync($"/api/v1/today/thank-yous/{id}/done", null);
        using var missing = await api.PostAsync("/api/v1/today/thank-yous/999999/skip", null);

        Assert.Equal((id, seed.ContactId), (due.Id, due.ReferrerId));
        Assert.StartsWith("Thank ", due.Text, StringComparison.Ordinal);
        Assert.Empty(await done.ReadAsync<List<Web.Features.Today.ThankYouRow>>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_summary_counts_strings_by_state_and_shows_coverage()
    {
        await using var app = await TwoAccountApp.StartAsync();
        await app.A.SeedAsync("Seeded");
        var api = await app.A.ApiAsync(Web.Domain.ApiTokenScope.Read);

        using var response = await api.GetAsync("/api/v1/dashboard?period=AllTime");
        var summary = await response.ReadAsync<DashboardSummary>();

        Assert.Equal(CoveragePeriodKind.AllTime, summary.Period);
        Assert.Equal(summary.Strings.Count, summary.Counts.Lit + summary.Counts.Dim + summary.Counts.Dark + summary.Counts.Unplugged);
        Assert.Single(summary.Strings);
        Assert.Equal(1, summary.Coverage.ActiveLeads);
        Assert.True(summary.Coverage.Goal > 0);
    }
}
