using System.Text.Json;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Circles;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Import;

/// <summary>
/// The circle the user last imported a kind of file into (LinkedIn, vCard, Google…), offered again next time. Nothing is
/// proposed before the user has chosen once: a guessed circle would mislead the dashboard's coverage by string.
/// Kept as a <see cref="SavedColumnMapping"/> row under a signature no CSV header can have ("circle:" plus the format;
/// header signatures are 32 hex digits), so it needs no new table and travels with the account's JSON backup. The
/// circle is remembered by name, because a restored backup gives circles new ids.
/// </summary>
public sealed class ImportCircleMemory(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    internal static string SignatureFor(ImportFormat format) => $"circle:{format}";

    /// <summary>The circle chosen last time for this kind of file, if it still exists; otherwise none.</summary>
    public async Task<int?> ProposeAsync(ImportFormat format, IReadOnlyList<CircleSummary> circles, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var signature = SignatureFor(format);
        var json = await db.SavedColumnMappings.AsNoTracking().Where(m => m.HeaderSignature == signature)
            .Select(m => m.MappingJson).FirstOrDefaultAsync(cancellationToken);
        return NameIn(json) is { } name ? circles.FirstOrDefault(c => c.Name == name)?.Id : null;
    }

    /// <summary>Remembers the circle (or "no circle") chosen for an import of this kind. A lost race with another tab is ignored.</summary>
    public async Task RememberAsync(ImportFormat format, int? circleId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var name = circleId is { } id ? await db.Circles.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var signature = SignatureFor(format);
        var saved = await db.SavedColumnMappings.FirstOrDefaultAsync(m => m.HeaderSignature == signature, cancellationToken);
        if (saved is null)
        {
            saved = new SavedColumnMapping { HeaderSignature = signature };
            db.SavedColumnMappings.Add(saved);
        }

        saved.MappingJson = JsonSerializer.Serialize(name is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Circle"] = name });
        saved.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another tab remembered a choice for the same kind of file at the same moment; theirs is as good as ours.
        }
    }

    private static string? NameIn(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json)?.GetValueOrDefault("Circle");
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
