using System.Net;
using JobNetwork.Tests.Security;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Tests.Features.Api;

/// <summary>/api/v1/contacts end to end: create, validate, read with an ETag, update with it, go stale, page, delete.</summary>
public sealed class ContactApiTests
{
    private static readonly string[] Mentor = ["mentor"];

    [Fact]
    public async Task A_contact_is_created_read_updated_and_deleted_through_the_api()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();

        using var created = await api.PostJsonAsync("/api/v1/contacts", new { name = "Ana Lima", closeness = "KnowWell", companyName = "Acme", tags = Mentor });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contact = await created.ReadAsync<ContactDetails>();
        Assert.Equal($"/api/v1/contacts/{contact.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal("Acme", contact.CompanyName);
        Assert.Equal(["mentor"], contact.Tags);

        using var read = await api.GetAsync($"/api/v1/contacts/{contact.Id}");
        Assert.Equal($"\"{contact.Version}\"", read.Headers.ETag?.Tag);

        using var updated = await api.PutJsonAsync($"/api/v1/contacts/{contact.Id}", new { name = "Ana Lima Souza", closeness = "KnowWell" }, ifMatch: contact.Version);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.ReadAsync<ContactDetails>();
        Assert.Equal("Ana Lima Souza", after.Name);
        Assert.NotEqual(contact.Version, after.Version);
        Assert.Equal($"\"{after.Version}\"", updated.Headers.ETag?.Tag);

        using var deleted = await api.DeleteAsync($"/api/v1/contacts/{contact.Id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        using var gone = await api.GetAsync($"/api/v1/contacts/{contact.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_stale_version_gets_412_and_a_missing_one_428_and_nothing_is_overwritten()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();
        using var created = await api.PostJsonAsync("/api/v1/contacts", new { name = "Ben" });
        var contact = await created.ReadAsync<ContactDetails>();
        using var first = await api.PutJsonAsync($"/api/v1/contacts/{contact.Id}", new { name = "Ben from phone", version = contact.Version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await api.PutJsonAsync($"/api/v1/contacts/{contact.Id}", new { name = "Ben from laptop" }, ifMatch: contact.Version);
        using var missing = await api.PutJsonAsync($"/api/v1/contacts/{contact.Id}", new { name = "Ben without version" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        using var read = await api.GetAsync($"/api/v1/contacts/{contact.Id}");
        Assert.Equal("Ben from phone", (await read.ReadAsync<ContactDetails>()).Name);
    }

    [Fact]
    public async Task Invalid_fields_come_back_as_a_validation_problem_per_field()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();

        using var response = await api.PostJsonAsync("/api/v1/contacts", new { name = "", email = "not-an-email", linkedInUrl = "javascript:alert(1)" });
        using var notJson = await api.PostAsync("/api/v1/contacts", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Enter the person's name.", errors.GetProperty("name")[0].GetString());
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("linkedInUrl", out _));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_list_searches_and_pages_up_to_the_stated_maximum()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var api = await app.A.ApiAsync();
        for (var i = 1; i <= 5; i++)
        {
            using var _ = await api.PostJsonAsync("/api/v1/contacts", new { name = $"Person {i}", title = i % 2 == 0 ? "Engineer" : "Nurse" });
        }

        using var page2 = await api.GetAsync("/api/v1/contacts?pageSize=2&page=2&sort=Name");
        using var nurses = await api.GetAsync("/api/v1/contacts?search=nurse");
        using var tooBig = await api.GetAsync($"/api/v1/contacts?pageSize={ApiOptions.MaximumPageSize + 1}");
        using var pageZero = await api.GetAsync("/api/v1/contacts?page=0");

        var second = await page2.ReadAsync<ApiPage<ContactRow>>();
        Assert.Equal(["Person 3", "Person 4"], second.Items.Select(c => c.Name));
        Assert.Equal(5, second.TotalCount);
        Assert.Equal(3, (await nurses.ReadAsync<ApiPage<ContactRow>>()).TotalCount);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.True((await tooBig.JsonAsync()).GetProperty("errors").TryGetProperty("pageSize", out _));
        Assert.True((await pageZero.JsonAsync()).GetProperty("errors").TryGetProperty("page", out _));
    }
}
