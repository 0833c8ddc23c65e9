using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Settings;

[Trait("Database", "Any")]
public sealed class SettingsServiceTests : IAsyncLifetime
{
    private const string Alice = "user-alice";

    private TestDatabase database = null!;
    private SettingsService service = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        service = new SettingsService(database.FactoryFor(Alice));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_new_account_gets_unsaved_defaults()
    {
        var settings = await service.GetAsync(CancellationToken.None);

        Assert.Equal(JobSearchSettings.DefaultActiveLeadsGoal, settings.ActiveLeadsGoal);
        Assert.Equal(JobSearchSettings.DefaultSuggestionsPerDay, settings.SuggestionsPerDay);
        Assert.Equal("UTC", settings.TimeZoneId);
        Assert.Equal(0, settings.Id);
    }

    [Fact]
    public async Task A_save_stores_the_form_and_hands_back_the_new_version()
    {
        var form = SettingsForm.From(await service.GetAsync(CancellationToken.None));
        form.ActiveLeadsGoal = 25;
        form.TimeZoneId = "Europe/London";
        form.SearchStartDate = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal(SaveOutcome.Saved, await service.SaveAsync(form, CancellationToken.None));

        var stored = await service.GetAsync(CancellationToken.None);
        Assert.Equal(25, stored.ActiveLeadsGoal);
        Assert.Equal("Europe/London", stored.TimeZoneId);
        Assert.Equal(new DateOnly(2026, 3, 1), stored.SearchStartDate);
        Assert.Equal(stored.Version, form.Version);
    }

    [Fact]
    public async Task A_second_save_from_the_same_form_succeeds_because_the_form_keeps_the_new_version()
    {
        var form = SettingsForm.From(await service.GetAsync(CancellationToken.None));
        Assert.Equal(SaveOutcome.Saved, await service.SaveAsync(form, CancellationToken.None));

        form.ActiveLeadsGoal = 30;
        Assert.Equal(SaveOutcome.Saved, await service.SaveAsync(form, CancellationToken.None));
        form.ActiveLeadsGoal = 31;
        Assert.Equal(SaveOutcome.Saved, await service.SaveAsync(form, CancellationToken.None));

        Assert.Equal(31, (await service.GetAsync(CancellationToken.None)).ActiveLeadsGoal);
    }

    [Fact]
    public async Task A_save_from_a_stale_tab_is_refused_as_changed_elsewhere_and_keeps_the_first_value()
    {
        await service.SaveAsync(new SettingsForm { ActiveLeadsGoal = 10 }, CancellationToken.None);
        var firstTab = SettingsForm.From(await service.GetAsync(CancellationToken.None));
        var secondTab = SettingsForm.From(await service.GetAsync(CancellationToken.None));

        firstTab.ActiveLeadsGoal = 20;
        secondTab.ActiveLeadsGoal = 30;
        var first = await service.SaveAsync(firstTab, CancellationToken.None);
        var second = await service.SaveAsync(secondTab, CancellationToken.None);

        Assert.Equal(SaveOutcome.Saved, first);
        Assert.Equal(SaveOutcome.ChangedElsewhere, second);
        await using var db = database.ContextFor(Alice);
        Assert.Equal(20, (await db.JobSearchSettings.SingleAsync()).ActiveLeadsGoal);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_invalid_and_nothing_is_saved()
    {
        var outcome = await service.SaveAsync(new SettingsForm { TimeZoneId = "Mars/Olympus_Mons" }, CancellationToken.None);

        Assert.Equal(SaveOutcome.Invalid, outcome);
        await using var db = database.ContextFor(Alice);
        Assert.False(await db.JobSearchSettings.IgnoreQueryFilters().AnyAsync());
    }

    [Fact]
    public void An_unknown_stored_time_zone_falls_back_to_utc()
    {
        Assert.Equal(TimeZoneInfo.Utc, SettingsService.FindTimeZone("Nowhere/Special"));
        Assert.Equal("Europe/London", SettingsService.FindTimeZone("Europe/London").Id);
    }
}
