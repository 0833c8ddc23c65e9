using System.Data.Common;
using System.Text;
using System.Text.Json;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobNetwork.Tests.Features.Export;

[Trait("Database", "Any")]
public sealed class JsonImportRefusalTests : TwoUserTestBase
{
    private async Task<AccountExport> AlicesExportAsync()
    {
        await ExportTestData.SeedRichAccountAsync(Alice);
        return await new JsonExportService(Alice.Factory, Clock).BuildAsync(true, None);
    }

    private static readonly string EmptyAccount = AccountExportCanon.Of(new AccountExport { DailySuggestions = [] });

    private static MemoryStream Json(object value) => new(JsonSerializer.SerializeToUtf8Bytes(value, ExportJson.Options));

    private async Task<string> BobsContentAsync()
    {
        var export = await new JsonExportService(Bob.Factory, Clock).BuildAsync(true, None);
        return AccountExportCanon.Of(export);
    }

    [Fact]
    public async Task An_account_that_already_has_contacts_is_refused_and_left_as_it_was()
    {
        var export = await AlicesExportAsync();
        await Bob.AddContactAsync(new ContactForm { Name = "Already here" });
        var before = await BobsContentAsync();

        var result = await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(Json(export), None);

        Assert.False(result.Succeeded);
        Assert.Contains("empty account", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, await BobsContentAsync());
    }

    [Fact]
    public async Task An_account_that_only_has_a_circle_is_refused()
    {
        var export = await AlicesExportAsync();
        await Bob.AddCircleAsync("Friends");

        Assert.False((await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(Json(export), None)).Succeeded);
    }

    public static TheoryData<string, string> NotExports => new()
    {
        { "not JSON at all", "Name,Email\nAnn,ann@example.com\n" },
        { "an empty object", "{}" },
        { "another program's JSON", "{\"contacts\":[{\"name\":\"Ann\"}]}" },
        { "cut short", "{\"format\":\"JobNetwork account export\",\"formatVersion\":1,\"contacts\":[{\"id\":1," },
    };

    [Theory]
    [MemberData(nameof(NotExports))]
    public async Task A_file_that_is_not_an_export_is_refused_with_a_message(string description, string content)
    {
        var result = await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), None);

        Assert.False(result.Succeeded, description);
        Assert.Equal("This is not a JobNetwork export file.", result.Message);
    }

    [Fact]
    public async Task An_export_from_a_newer_version_is_refused()
    {
        var export = await AlicesExportAsync();

        var result = await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(Json(export with { FormatVersion = 99 }), None);

        Assert.Contains("newer version", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_export_with_a_link_to_a_missing_record_restores_nothing()
    {
        var export = await AlicesExportAsync();
        var damaged = export with { Companies = export.Companies.Skip(1).ToList() };

        var result = await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(Json(damaged), None);

        Assert.False(result.Succeeded);
        Assert.Contains("not in the file", result.Message, StringComparison.Ordinal);
        Assert.Equal(EmptyAccount, await BobsContentAsync());
    }

    [Fact]
    public async Task A_failure_half_way_through_the_restore_leaves_the_account_empty()
    {
        var export = await AlicesExportAsync();
        var options = new DbContextOptionsBuilder<AppDbContext>(Database.Options).AddInterceptors(new FailOnInsertInto("\"Asks\"")).Options;
        var restore = new JsonImportService(new AppDbContextFactory(options, new FakeCurrentUser(Bob.Id)));

        await Assert.ThrowsAnyAsync<Exception>(() => restore.ImportIntoEmptyAccountAsync(Json(export), None));

        Assert.Equal(EmptyAccount, await BobsContentAsync());
        var retried = await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(Json(export), None);
        Assert.True(retried.Succeeded, retried.Message);
    }

    [Fact]
    public async Task Settings_from_a_hand_edited_file_are_kept_within_what_the_app_allows()
    {
        var export = await AlicesExportAsync();
        var edited = export with { Settings = new SettingsExport(1000, "Mars/Olympus_Mons", null, 0, true, 42, "javascript:alert(1)") };

        Assert.True((await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(Json(edited), None)).Succeeded);

        var settings = await Bob.Settings.GetAsync(None);
        Assert.Equal((100, "UTC", 1), (settings.ActiveLeadsGoal, settings.TimeZoneId, settings.SuggestionsPerDay));
        Assert.Equal((true, 23, null), (settings.EmailDigestEnabled, settings.EmailDigestHour, settings.WebhookUrl));
    }

    public static TheoryData<string, string> DamagedCallSetups => new()
    {
        { "a script longer than a template can be", "script templates has a Text longer than 1,500 characters" },
        { "a pitch longer than the profile allows", "the job-search profile has a Pitch longer than 400 characters" },
        { "a search name longer than allowed", "job searches has a Name longer than 80 characters" },
        { "more searches than anyone starts", "more than 1,000 job searches" },
        { "two scripts for one situation", "Two script templates in the file are for the same situation." },
        { "two searches starting on one day", "Two job searches in the file start on the same day." },
        { "a search without a name", "A job search in the file has no name." },
    };

    [Theory]
    [MemberData(nameof(DamagedCallSetups))]
    public async Task A_profile_script_or_search_that_breaks_a_limit_restores_nothing(string damage, string expected)
    {
        var export = await AlicesExportAsync();
        var templates = export.ScriptTemplates!;
        var searches = export.Searches!;
        var damaged = damage switch
        {
            "a script longer than a template can be" => export with { ScriptTemplates = [templates[0] with { Text = new string('x', 1501) }] },
            "a pitch longer than the profile allows" => export with { Profile = export.Profile! with { Pitch = new string('x', 401) } },
            "a search name longer than allowed" => export with { Searches = [searches[0] with { Name = new string('x', 81) }] },
            "more searches than anyone starts" => export with
            {
                Searches = Enumerable.Range(0, 1001).Select(i => new JobSearchExport($"Search {i}", new DateOnly(2020, 1, 1).AddDays(i), DateTime.UnixEpoch)).ToList(),
            },
            "two scripts for one situation" => export with { ScriptTemplates = [templates[0], templates[0] with { Text = "Other words" }] },
            "two searches starting on one day" => export with { Searches = [searches[0], searches[1] with { StartsOn = searches[0].StartsOn }] },
            _ => export with { Searches = [searches[0] with { Name = " " }] },
        };

        var result = await new JsonImportService(Bob.Factory).ImportIntoEmptyAccountAsync(Json(damaged), None);

        Assert.False(result.Succeeded, damage);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Equal(EmptyAccount, await BobsContentAsync());
    }

    /// <summary>Fails the first insert into one table, after the circles, companies and contacts have been written.</summary>
    private sealed class FailOnInsertInto(string table) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO " + table, StringComparison.Ordinal)
                ? throw new InvalidOperationException("Simulated failure while restoring.")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
