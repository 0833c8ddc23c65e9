using System.Text;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.Export;

/// <summary>
/// Downloads of the signed-in user's data. Plain GETs so a browser saves them as files; each service reads through the
/// owner-filtered context, so nobody can ask for anyone else's rows, and the paths carry no ids to tamper with.
/// </summary>
public static class ExportEndpoints
{
    public const string Prefix = "/export/download";

    private const string CsvType = "text/csv; charset=utf-8";

    public static string CsvPath(CsvExportKind kind) => $"{Prefix}/{Slug(kind)}.csv";

    public const string JsonPath = Prefix + "/jobnetwork.json";

    public const string VCardPath = Prefix + "/contacts.vcf";

    public static IEndpointRouteBuilder MapExportDownloads(this IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup(Prefix).RequireAuthorization();

        downloads.MapGet("/{table}.csv", async (string table, CsvExportService csv, UserClock clock, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!Enum.GetValues<CsvExportKind>().Any(k => Slug(k) == table))
            {
                return Results.NotFound();
            }

            var kind = Enum.GetValues<CsvExportKind>().First(k => Slug(k) == table);
            var bytes = await csv.ExportAsync(kind, cancellationToken);
            NoStore(context);
            return Results.File(bytes, CsvType, CsvExportService.FileName(kind, await clock.TodayAsync(cancellationToken)));
        });

        downloads.MapGet("/jobnetwork.json", async (JsonExportService json, UserClock clock, HttpContext context, CancellationToken cancellationToken) =>
        {
            var fileName = JsonExportService.FileName(await clock.TodayAsync(cancellationToken));
            NoStore(context);
            // Streamed: a large network's export never sits in memory as one string.
            return Results.Stream(stream => json.WriteAsync(stream, includeDailySuggestions: true, context.RequestAborted),
                "application/json; charset=utf-8", fileName);
        });

        downloads.MapGet("/contacts.vcf", async (VCardExportService vcards, UserClock clock, HttpContext context, CancellationToken cancellationToken) =>
        {
            var text = await vcards.ExportAsync(contactIds: null, cancellationToken);
            NoStore(context);
            return Results.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), "text/vcard; charset=utf-8",
                VCardExportService.FileName(await clock.TodayAsync(cancellationToken)));
        });

        return endpoints;
    }

    public static string Slug(CsvExportKind kind) => kind == CsvExportKind.JobLeads ? "job-leads" : kind.ToString().ToLowerInvariant();

    // Personal data: no shared or browser cache should keep a copy.
    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
