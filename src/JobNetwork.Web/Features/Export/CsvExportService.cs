using CsvHelper;
using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Export;

public enum CsvExportKind
{
    Contacts,
    Companies,
    Asks,
    Referrals,
    JobLeads,
}

/// <summary>One CSV table: its header and its rows, every cell already text.</summary>
internal sealed record CsvExportTable(string[] Header, IReadOnlyList<string[]> Rows);

/// <summary>
/// The signed-in user's contacts, companies, asks, referrals or job leads as CSV, safe to open in Excel: a UTF-8 byte
/// order mark so accents survive, and any cell starting with =, +, -, @, tab or carriage return prefixed with a single
/// quote so a spreadsheet shows it as text instead of running it as a formula (CSV injection).
/// </summary>
public sealed class CsvExportService(IDbContextFactory<AppDbContext> contextFactory)
{
    private static readonly CsvWriterOptions SpreadsheetSafe = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public async Task WriteAsync(CsvExportKind kind, Stream output, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var table = kind switch
        {
            CsvExportKind.Contacts => await CsvExportTables.ContactsAsync(db, cancellationToken),
            CsvExportKind.Companies => await CsvExportTables.CompaniesAsync(db, cancellationToken),
            CsvExportKind.Asks => await CsvExportTables.AsksAsync(db, cancellationToken),
            CsvExportKind.Referrals => await CsvExportTables.ReferralsAsync(db, cancellationToken),
            _ => await CsvExportTables.JobLeadsAsync(db, cancellationToken),
        };

        await using var writer = CsvWriter.Create(output, SpreadsheetSafe, leaveOpen: true);
        await writer.WriteRecordAsync(table.Header, cancellationToken);
        foreach (var row in table.Rows)
        {
            await writer.WriteRecordAsync(row, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    public async Task<byte[]> ExportAsync(CsvExportKind kind, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(kind, buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>A download name such as "jobnetwork-contacts-2026-06-15.csv".</summary>
    public static string FileName(CsvExportKind kind, DateOnly day) =>
        $"jobnetwork-{kind switch { CsvExportKind.JobLeads => "job-leads", _ => kind.ToString().ToLowerInvariant() }}-{day:yyyy-MM-dd}.csv";
}
