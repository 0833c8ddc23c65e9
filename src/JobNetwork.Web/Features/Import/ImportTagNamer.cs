using System.Globalization;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Import;

/// <summary>
/// Names the tag an import gives its people, so "see the imported people" shows that import only: the local time to the
/// second, and " (2)", " (3)"… when the user already has that tag (two imports in the same second, or a tag taken between
/// the preview and the import).
/// </summary>
public sealed class ImportTagNamer(IDbContextFactory<AppDbContext> contextFactory, UserClock userClock, TimeProvider clock)
{
    private const int CounterRoom = 7;

    /// <summary>The default tag for an import started now: "imported 2026-06-15 14:05:33", made unique.</summary>
    public async Task<string> ProposeAsync(CancellationToken cancellationToken)
    {
        var local = await userClock.ToLocalAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        return await FreeAsync($"imported {local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}", cancellationToken);
    }

    /// <summary><paramref name="wanted"/> if no contact of the user carries it (trashed ones count: Undo brings them back), else the first free counter.</summary>
    public async Task<string> FreeAsync(string wanted, CancellationToken cancellationToken)
    {
        var baseTag = ContactTags.Clean(wanted) ?? throw new ArgumentException("A tag needs some text.", nameof(wanted));
        // Room for " (9999)" so a counter never gets cut off by the tag's length limit.
        var stem = baseTag.Length > ContactTag.NameMaxLength - CounterRoom ? baseTag[..(ContactTag.NameMaxLength - CounterRoom)] : baseTag;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var taken = (await db.ContactTags.IgnoreQueryFilters(AppDbContext.TrashOnly)
            .Where(t => t.Name.StartsWith(stem)).Select(t => t.Name).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        if (!taken.Contains(baseTag))
        {
            return baseTag;
        }

        var counter = 2;
        while (taken.Contains($"{stem} ({counter})"))
        {
            counter++;
        }

        return $"{stem} ({counter})";
    }
}
