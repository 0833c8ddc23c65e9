using System.Text;
using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Export;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Export;

/// <summary>The Export page's restore card: a backup goes into an empty account, and an account with data is refused clearly.</summary>
public sealed class RestoreBackupCardTests : MudComponentTest
{
    private TestDatabase database = null!;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        Context.Services.AddSingleton(new JsonImportService(database.FactoryFor("user-bob")));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<string> BackupOfAliceAsync()
    {
        await using (var db = database.ContextFor("user-alice"))
        {
            db.Circles.Add(new Circle { Name = "Friends", Kind = CircleKind.Friends, PluggedInOn = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
        }

        using var buffer = new MemoryStream();
        await new JsonExportService(database.FactoryFor("user-alice"), TimeProvider.System).WriteAsync(buffer, true, CancellationToken.None);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public async Task A_backup_restores_into_an_empty_account_and_says_what_came_back()
    {
        var backup = await BackupOfAliceAsync();
        var cut = Context.Render<RestoreBackupCard>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(backup, "jobnetwork-export.json"));

        cut.WaitForAssertion(() => Assert.Contains("Restored 1 circle, 0 contacts", cut.Markup), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task An_account_with_data_is_refused_and_keeps_what_it_has()
    {
        var backup = await BackupOfAliceAsync();
        await using (var db = database.ContextFor("user-bob"))
        {
            db.Circles.Add(new Circle { Name = "Bob's own", Kind = CircleKind.Friends, PluggedInOn = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
        }

        var cut = Context.Render<RestoreBackupCard>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(backup, "jobnetwork-export.json"));

        cut.WaitForAssertion(() => Assert.Contains("can only be restored into an empty account", cut.Markup), TimeSpan.FromSeconds(30));
        await using var check = database.ContextFor("user-bob");
        Assert.Equal(["Bob's own"], check.Circles.Select(c => c.Name).ToList());
    }

    [Fact]
    public void A_file_that_is_not_a_backup_is_refused()
    {
        var cut = Context.Render<RestoreBackupCard>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("First Name,Last Name\nAnn,Lee\n", "Connections.csv"));

        cut.WaitForAssertion(() => Assert.Contains("This is not a JobNetwork export file.", cut.Markup), TimeSpan.FromSeconds(30));
    }
}
