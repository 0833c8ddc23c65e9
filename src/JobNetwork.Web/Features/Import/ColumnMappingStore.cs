using System.Text.Json;
using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Import;

/// <summary>Remembers the signed-in user's confirmed column mappings per header signature, and offers them again.</summary>
public sealed class ColumnMappingStore(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public async Task<ColumnMapping?> FindAsync(string headerSignature, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.SavedColumnMappings.AsNoTracking().Where(m => m.HeaderSignature == headerSignature)
            .Select(m => m.MappingJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : Deserialize(json);
    }

    /// <summary>Saves (or replaces) the mapping for this signature. Remembering is a convenience: a lost race with another tab is ignored.</summary>
    public async Task SaveAsync(string headerSignature, ColumnMapping mapping, CancellationToken cancellationToken)
    {
        var json = Serialize(mapping);
        if (json.Length > SavedColumnMapping.MappingJsonMaxLength || headerSignature.Length > SavedColumnMapping.SignatureMaxLength)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var saved = await db.SavedColumnMappings.FirstOrDefaultAsync(m => m.HeaderSignature == headerSignature, cancellationToken);
        if (saved is null)
        {
            saved = new SavedColumnMapping { HeaderSignature = headerSignature };
            db.SavedColumnMappings.Add(saved);
        }

        saved.MappingJson = json;
        saved.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another tab saved a mapping for the same columns at the same moment; theirs is as good as ours.
        }
    }

    internal static string Serialize(ColumnMapping mapping) =>
        JsonSerializer.Serialize(mapping.FieldByHeader.Where(p => p.Value != ImportField.Ignore).ToDictionary(p => p.Key, p => p.Value.ToString()));

    /// <summary>Fields this version does not know (renamed or removed later) are dropped rather than failing the import page.</summary>
    internal static ColumnMapping? Deserialize(string json)
    {
        try
        {
            var byHeader = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
            var fields = new Dictionary<string, ImportField>(StringComparer.Ordinal);
            foreach (var (header, name) in byHeader)
            {
                if (Enum.TryParse<ImportField>(name, ignoreCase: false, out var field) && Enum.IsDefined(field))
                {
                    fields[header] = field;
                }
            }

            return new ColumnMapping(fields);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
