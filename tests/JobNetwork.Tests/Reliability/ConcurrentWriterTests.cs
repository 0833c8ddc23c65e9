using System.Collections.Concurrent;
using System.Diagnostics;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Reliability;

/// <summary>
/// 16 writers at once on one database file, through the app's own DI (its connection string, pooling and busy
/// handling) and services, each write in its own scope and context: no SQLITE_BUSY reaches a caller, nothing is lost.
/// 200 writes each keep all 16 contending for the whole run (500 each cost 45 s of test time for the same contention).
/// </summary>
[Trait(Slow.Trait, Slow.Value)]
public sealed class ConcurrentWriterTests
{
    private const int Writers = 16;
    private const int WritesPerWriter = 200;

    [Fact]
    public async Task Sixteen_writers_of_200_writes_each_all_succeed_and_all_are_stored()
    {
        await using var app = new JobNetworkAppFactory();
        for (var writer = 0; writer < Writers; writer++)
        {
            await app.Services.AddAccountAsync(OwnerOf(writer));
        }

        var failures = new ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();

        var counts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() => WriteAsync(app.Services, writer, failures))));

        stopwatch.Stop();
        Assert.Empty(failures);
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        for (var writer = 0; writer < Writers; writer++)
        {
            var owner = OwnerOf(writer);
            var stored = await db.Contacts.IgnoreQueryFilters().CountAsync(c => c.OwnerId == owner)
                         + await db.Asks.IgnoreQueryFilters().CountAsync(a => a.OwnerId == owner);
            Assert.Equal(counts[writer], stored);
            Assert.Equal(WritesPerWriter, stored);
        }

        ReliabilityFigures.Write(
            "concurrent-writers",
            $"{Writers} writers x {WritesPerWriter} writes = {Writers * WritesPerWriter} writes in {stopwatch.Elapsed.TotalSeconds:F1} s " +
            $"({Writers * WritesPerWriter / stopwatch.Elapsed.TotalSeconds:F0} writes/s), {failures.Count} errors, 0 lost");
    }

    private static string OwnerOf(int writer) => $"concurrent-writer-{writer}";

    private static async Task<int> WriteAsync(IServiceProvider services, int writer, ConcurrentQueue<string> failures)
    {
        var acknowledged = 0;
        var contactId = 0;
        for (var write = 0; write < WritesPerWriter; write++)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(OwnerOf(writer));
            try
            {
                // A new contact every fourth write (a transaction over several tables), asks on it in between.
                var result = write % 4 == 0
                    ? await scope.ServiceProvider.GetRequiredService<ContactService>()
                        .CreateAsync(new ContactForm { Name = $"Writer {writer} contact {write}", CompanyName = $"Company {write % 5}" }, CancellationToken.None)
                    : await scope.ServiceProvider.GetRequiredService<AskService>()
                        .LogAsync(contactId, new AskForm { Question = $"Ask {write}" }, CancellationToken.None);
                if (!result.Succeeded)
                {
                    failures.Enqueue($"writer {writer} write {write}: {result.Message}");
                    continue;
                }

                contactId = write % 4 == 0 ? result.Id!.Value : contactId;
                acknowledged++;
            }
            catch (Exception exception)
            {
                failures.Enqueue($"writer {writer} write {write}: {exception.GetBaseException().Message}");
            }
        }

        return acknowledged;
    }
}
