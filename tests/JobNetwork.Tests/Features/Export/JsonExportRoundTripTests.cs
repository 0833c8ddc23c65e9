using System.Text;
using System.Text.Json;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Export;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Export;

[Trait("Database", "Any")]
public sealed class JsonExportRoundTripTests : TwoUserTestBase
{
    private JsonExportService ExportFor(TestUser user) => new(user.Factory, Clock);

    private static JsonImportService RestoreFor(TestUser user) => new(user.Factory);

    private async Task<byte[]> ExportBytesAsync(TestUser user, bool includeSuggestions = true)
    {
        using var buffer = new MemoryStream();
        await ExportFor(user).WriteAsync(buffer, includeSuggestions, None);
        return buffer.ToArray();
    }

    [Fact]
    public async Task Exporting_a_user_restoring_into_an_empty_user_and_exporting_again_gives_the_same_content()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        var aliceExport = await ExportFor(Alice).BuildAsync(includeDailySuggestions: true, None);

        var result = await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(await ExportBytesAsync(Alice)), None);
        var bobExport = await ExportFor(Bob).BuildAsync(includeDailySuggestions: true, None);

        Assert.True(result.Succeeded, result.Message);
        // Three circles: adding the interviewer files them under "met while job hunting".
        Assert.Equal((3, 3, 5, 2, 1, 2, 2), (result.Circles, result.Companies, result.Contacts, result.Asks, result.Referrals, result.JobLeads, result.DailySuggestions));
        Assert.Equal(AccountExportCanon.Of(aliceExport), AccountExportCanon.Of(bobExport));
    }

    [Fact]
    public async Task A_backup_from_before_not_sure_restores_ticked_leads_as_advertised_and_the_rest_as_not_sure()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        var file = System.Text.Json.Nodes.JsonNode.Parse(await ExportBytesAsync(Alice))!;
        foreach (var lead in file["jobLeads"]!.AsArray())
        {
            lead!.AsObject().Remove("advertising");
        }

        var result = await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(Encoding.UTF8.GetBytes(file.ToJsonString())), None);

        Assert.True(result.Succeeded, result.Message);
        await using var db = Bob.Db();
        var restored = await db.JobLeads.OrderBy(l => l.Title).Select(l => new { l.Title, l.Advertising }).ToListAsync();
        await using var aliceDb = Alice.Db();
        var original = await aliceDb.JobLeads.OrderBy(l => l.Title).Select(l => new { l.Title, l.Advertising }).ToListAsync();
        Assert.Contains(original, l => l.Advertising == Web.Domain.Advertising.Advertised);
        Assert.Equal(
            original.Select(l => (l.Title, l.Advertising == Web.Domain.Advertising.Advertised ? Web.Domain.Advertising.Advertised : Web.Domain.Advertising.NotSure)),
            restored.Select(l => (l.Title, l.Advertising)));
    }

    [Fact]
    public async Task The_job_search_profile_the_reworded_scripts_and_the_searches_travel()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);

        var result = await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(await ExportBytesAsync(Alice)), None);

        Assert.True(result.Succeeded, result.Message);
        var bob = await ExportFor(Bob).BuildAsync(false, None);
        Assert.Equal("controls engineer", bob.Profile!.RolesSought);
        Assert.Equal(("Boston, remote", "robotics, medical devices"), (bob.Profile.Locations, bob.Profile.Industries));
        var template = Assert.Single(bob.ScriptTemplates!);
        Assert.Equal((Web.Domain.ScriptSituation.FormerCoworker, "Hi {first name}, it's me from {company}. Who do you know at {targets}?"), (template.Situation, template.Text));
        Assert.Equal(
            [("Your first search", new DateOnly(2026, 5, 1)), ("Summer 2026", new DateOnly(2026, 6, 1))],
            bob.Searches!.Select(s => (s.Name, s.StartsOn)));
        var bobsTimeline = await new Web.Features.Searches.JobSearchService(Bob.Factory, Bob.Settings, Clock).ListAsync(None);
        Assert.Equal(new DateOnly(2026, 5, 31), bobsTimeline[0].EndsOn);
    }

    [Fact]
    public async Task A_restore_keeps_a_script_the_account_already_reworded_and_a_search_it_already_started()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        await new Web.Features.Scripts.ProfileService(Bob.Factory).SaveTemplateAsync(Web.Domain.ScriptSituation.FormerCoworker, "Bob's own words for {first name}", None);
        await Bob.Searches.StartAsync(new Web.Features.Searches.JobSearchForm { Name = "Bob's June", StartsOn = new DateTime(2026, 6, 1) }, None);

        var result = await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(await ExportBytesAsync(Alice)), None);

        Assert.True(result.Succeeded, result.Message);
        var bob = await ExportFor(Bob).BuildAsync(false, None);
        Assert.Equal("Bob's own words for {first name}", Assert.Single(bob.ScriptTemplates!).Text);
        Assert.Equal(["Your first search", "Bob's June"], bob.Searches!.Select(s => s.Name));
    }

    [Fact]
    public async Task Remembered_column_mappings_travel_and_a_mapping_the_account_already_has_is_kept()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        await using (var db = Bob.Db())
        {
            db.SavedColumnMappings.Add(new Web.Features.Import.SavedColumnMapping { HeaderSignature = "b9f1e2", MappingJson = "{\"Name\":\"Name\"}" });
            await db.SaveChangesAsync();
        }

        var result = await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(await ExportBytesAsync(Alice)), None);

        Assert.True(result.Succeeded, result.Message);
        var mapping = Assert.Single((await ExportFor(Bob).BuildAsync(false, None)).ColumnMappings!);
        Assert.Equal(("b9f1e2", "{\"Name\":\"Name\"}"), (mapping.HeaderSignature, mapping.MappingJson));
        Assert.Single((await ExportFor(Alice).BuildAsync(false, None)).ColumnMappings!);
    }

    [Fact]
    public async Task A_restore_gives_new_ids_and_leaves_the_exporting_user_untouched()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        var before = await ExportBytesAsync(Alice);

        await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(before), None);

        var alice = await ExportFor(Alice).BuildAsync(true, None);
        var bob = await ExportFor(Bob).BuildAsync(true, None);
        Assert.Equal(Encoding.UTF8.GetString(before), Encoding.UTF8.GetString(await ExportBytesAsync(Alice)));
        Assert.Empty(alice.Contacts.Select(c => c.Id).Intersect(bob.Contacts.Select(c => c.Id)));
    }

    [Fact]
    public async Task The_json_uses_enum_names_and_stable_ids()
    {
        var ann = await ExportTestData.SeedRichAccountAsync(Alice);

        var json = Encoding.UTF8.GetString(await ExportBytesAsync(Alice));
        using var document = JsonDocument.Parse(json);

        Assert.Equal(AccountExport.FormatName, document.RootElement.GetProperty("format").GetString());
        Assert.Contains("\"closeness\": \"KnowWell\"", json, StringComparison.Ordinal);
        Assert.Equal(ann, document.RootElement.GetProperty("contacts")[0].GetProperty("id").GetInt32());
        Assert.Equal(json, Encoding.UTF8.GetString(await ExportBytesAsync(Alice)));
    }

    [Fact]
    public async Task Daily_suggestions_are_left_out_when_not_asked_for()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);

        Assert.Null((await ExportFor(Alice).BuildAsync(includeDailySuggestions: false, None)).DailySuggestions);
        var result = await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(await ExportBytesAsync(Alice, includeSuggestions: false)), None);
        Assert.Equal((true, 0), (result.Succeeded, result.DailySuggestions));
    }

    [Fact]
    public async Task The_calendar_feed_token_is_a_credential_and_is_neither_exported_nor_restored()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        await using (var db = Alice.Db())
        {
            (await db.JobSearchSettings.SingleAsync()).CalendarFeedToken = "secret-feed-token-123";
            await db.SaveChangesAsync();
        }

        var json = Encoding.UTF8.GetString(await ExportBytesAsync(Alice));
        await RestoreFor(Bob).ImportIntoEmptyAccountAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), None);

        Assert.DoesNotContain("secret-feed-token-123", json, StringComparison.Ordinal);
        var bobs = await Bob.Settings.GetAsync(None);
        Assert.Equal((null, "https://ntfy.example/alice-job-search", 7), (bobs.CalendarFeedToken, bobs.WebhookUrl, bobs.EmailDigestHour));
    }
}
