using System.Text.Json;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Export;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Security;

/// <summary>Hostile tenant: a hand-made restore file with oversized texts or too many items is refused before anything is written.</summary>
[Trait("Database", "Any")]
public sealed class HostileRestoreTests : TwoUserTestBase
{
    [Fact]
    public async Task A_text_longer_than_its_column_is_refused_and_nothing_is_written()
    {
        var export = Export([new ContactExport(1, "Ann", null, Closeness.Know, null, null, null, null, null, null,
            new string('x', Contact.NotesMaxLength + 1), null, DateTime.UtcNow, [], [])]);

        var result = await RestoreAsync(export);

        Assert.False(result.Succeeded);
        Assert.Contains("Notes longer than", result.Message, StringComparison.Ordinal);
        await using var db = Alice.Db();
        Assert.False(await db.Contacts.AnyAsync());
    }

    [Fact]
    public async Task Too_many_tags_on_one_contact_are_refused()
    {
        var tags = Enumerable.Range(0, AccountExportLimits.MaxItemsPerRecord + 1).Select(i => $"tag{i}").ToList();
        var export = Export([new ContactExport(1, "Ann", null, Closeness.Know, null, null, null, null, null, null, null, null, DateTime.UtcNow, [], tags)]);

        var result = await RestoreAsync(export);

        Assert.False(result.Succeeded);
        Assert.Contains("circles or tags", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restore_stops_when_the_user_leaves_the_page()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RestoreAsync(Export([]), gone.Token));
    }

    private static AccountExport Export(List<ContactExport> contacts) => new()
    {
        Format = AccountExport.FormatName,
        FormatVersion = AccountExport.CurrentFormatVersion,
        ExportedAtUtc = DateTime.UtcNow,
        Contacts = contacts,
    };

    private async Task<JsonImportResult> RestoreAsync(AccountExport export, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson.Options));
        return await new JsonImportService(Alice.Factory).ImportIntoEmptyAccountAsync(stream, cancellationToken);
    }
}
