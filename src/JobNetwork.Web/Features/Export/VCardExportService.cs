using System.Text;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Export;

/// <summary>The signed-in user's contacts, all or chosen ones, as a vCard 3.0 file for a phone or mail program.</summary>
public sealed class VCardExportService(IDbContextFactory<AppDbContext> contextFactory)
{
    /// <param name="contactIds">The contacts to export; null for all of them. Ids of other users' contacts are ignored.</param>
    public async Task<string> ExportAsync(IReadOnlyCollection<int>? contactIds, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contacts = db.Contacts.AsNoTracking().Include(c => c.Company).Include(c => c.Tags).AsSplitQuery();
        var chosen = new List<Contact>();
        if (contactIds is null)
        {
            chosen.AddRange(await contacts.ToListAsync(cancellationToken));
        }
        else
        {
            // In chunks: SQLite limits how many parameters one statement may carry, and "select all" can pick thousands.
            foreach (var chunk in contactIds.Distinct().Chunk(500))
            {
                chosen.AddRange(await contacts.Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken));
            }
        }

        return VCardWriter.Write(chosen.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.Id));
    }

    /// <summary>Writes UTF-8 without a byte order mark, which some phones show as a stray character.</summary>
    public async Task WriteAsync(Stream output, IReadOnlyCollection<int>? contactIds, CancellationToken cancellationToken)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(await ExportAsync(contactIds, cancellationToken));
        await output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>A download name such as "jobnetwork-contacts-2026-06-15.vcf".</summary>
    public static string FileName(DateOnly day) => $"jobnetwork-contacts-{day:yyyy-MM-dd}.vcf";
}
