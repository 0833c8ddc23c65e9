using System.Data.Common;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobNetwork.Tests.Features.Import;

[Trait("Database", "Any")]
public sealed class ImportAtomicityTests : ImportTestBase
{
    private static readonly ImportOptions UpdateDuplicates = new(Duplicates: DuplicateHandling.UpdateEmptyFields);

    /// <summary>Alice already knows a few of the people in the file, so a failed import would also have changed existing rows.</summary>
    private async Task SeedExistingAsync()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "First0 Last0" });
        await Alice.AddContactAsync(new ContactForm { Name = "Someone", LinkedInUrl = "https://www.linkedin.com/in/person-7" });
        await Bob.AddContactAsync(new ContactForm { Name = "Bob's friend", CompanyName = "Company 1" });
    }

    [Fact]
    public async Task Cancelling_half_way_through_the_rows_leaves_the_database_as_it_was()
    {
        await SeedExistingAsync();
        var before = await SnapshotAsync();
        using var cancellation = new CancellationTokenSource();
        var progress = new CallbackProgress(p =>
        {
            if (p.Processed == 400)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ImportFor(Alice).ImportAsync(ImportSamples.LinkedInWithRows(1000), "Connections.csv", UpdateDuplicates, progress, cancellation.Token));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Cancelling_while_rows_are_being_written_rolls_back_the_rows_already_written()
    {
        await SeedExistingAsync();
        var before = await SnapshotAsync();
        using var cancellation = new CancellationTokenSource();
        var interceptor = new InsertInterceptor(atInsert: 3, cancellation.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ImportWith(interceptor).ImportAsync(ImportSamples.LinkedInWithRows(3000), "Connections.csv", UpdateDuplicates, null, cancellation.Token));

        Assert.True(interceptor.Inserts >= 3, "Some inserts ran before the cancellation.");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_database_failure_in_the_middle_of_the_save_leaves_the_database_as_it_was()
    {
        await SeedExistingAsync();
        var before = await SnapshotAsync();
        var interceptor = new InsertInterceptor(atInsert: 3, () => throw new InvalidOperationException("Simulated disk failure."));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            ImportWith(interceptor).ImportAsync(ImportSamples.LinkedInWithRows(3000), "Connections.csv", UpdateDuplicates, null, None));

        Assert.Contains("Simulated disk failure.", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task After_a_failed_import_the_same_file_imports_cleanly()
    {
        var interceptor = new InsertInterceptor(atInsert: 2, () => throw new InvalidOperationException("Simulated disk failure."));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            ImportWith(interceptor).ImportAsync(ImportSamples.LinkedInWithRows(2000), "Connections.csv", new ImportOptions(), null, None));

        var summary = await ImportAsync(Alice, ImportSamples.LinkedInWithRows(2000), "Connections.csv");

        Assert.Equal(2000, summary.Created);
        await using var db = Alice.Db();
        Assert.Equal((2000, 40), (await db.Contacts.CountAsync(), await db.Companies.CountAsync()));
    }

    private ImportService ImportWith(IInterceptor interceptor)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>(Database.Options).AddInterceptors(interceptor).Options;
        return new ImportService(new AppDbContextFactory(options, new FakeCurrentUser(Alice.Id)), Clock);
    }

    private sealed class CallbackProgress(Action<ImportProgress> callback) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => callback(value);
    }

    /// <summary>Runs an action just before the n-th INSERT command of a save, after earlier inserts have really run.</summary>
    private sealed class InsertInterceptor(int atInsert, Action action) : DbCommandInterceptor
    {
        public int Inserts { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) && ++Inserts == atInsert)
            {
                action();
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
