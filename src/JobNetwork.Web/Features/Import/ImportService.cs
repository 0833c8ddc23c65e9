using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Import;

/// <summary>
/// Previews and imports contact files (LinkedIn, vCard, Google, Outlook, any mapped CSV) into the signed-in user's
/// network. An import is all or nothing: one transaction and one save, so a failure or a cancellation leaves the
/// database as it was.
/// </summary>
public sealed class ImportService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    private const int ProgressEvery = 200;

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, ColumnMapping? mapping, CancellationToken cancellationToken)
    {
        var parsed = ImportFileParser.Parse(file, fileName, mapping, cancellationToken);
        if (parsed.Problem is not null)
        {
            return ImportPreview.Failed(parsed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = ImportPlan.Build(parsed, await ContactMatcher.LoadAsync(db, cancellationToken));
        var firstRows = plan.Take(ImportLimits.PreviewRows).Select(row => new ImportPreviewRow(
            row.Draft.RowNumber, row.Status, row.Draft.Name, row.Draft.Email, row.Draft.Phone, row.Draft.CompanyName, row.Draft.Title,
            row.Draft.LinkedInUrl, row.Draft.Location, row.Draft.Notes, row.Draft.HowWeMet,
            row.Target.ExistingContactId, row.Status == ImportRowStatus.New ? null : row.Target.Name, row.MatchedOn,
            row.Status == ImportRowStatus.RepeatedInFile ? row.Target.FirstRowNumber : null)).ToList();

        return new ImportPreview(parsed.Format, null, parsed.EncodingName, parsed.Headers, parsed.Mapping, parsed.MappingNeedsReview,
            parsed.HeaderSignature, firstRows, plan.Count + parsed.Errors.Count,
            plan.Count(r => r.Status == ImportRowStatus.New),
            plan.Count(r => r.Status == ImportRowStatus.Duplicate),
            plan.Count(r => r.Status == ImportRowStatus.RepeatedInFile),
            parsed.Errors.Count, parsed.Errors.Take(ImportLimits.ListedErrors).ToList(),
            (parsed.Warnings ?? []).Take(ImportLimits.ListedErrors).ToList(), parsed.Warnings?.Count ?? 0);
    }

    /// <summary>
    /// Reads the file again (the preview keeps only its first rows) and imports it. Cancelling, or any exception,
    /// rolls everything back. A contact changed elsewhere while importing gives a <see cref="ImportProblemKind.ChangedElsewhere"/> problem.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(byte[] file, string fileName, ImportOptions options, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var parsed = ImportFileParser.Parse(file, fileName, options.Mapping, cancellationToken);
        if (parsed.Problem is not null)
        {
            return ImportSummary.Failed(parsed.Format, parsed.Problem);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (options.TargetCircleId is { } circleId && !await db.Circles.AnyAsync(c => c.Id == circleId, cancellationToken))
        {
            return ImportSummary.Failed(parsed.Format, new ImportProblem(ImportProblemKind.CircleNotFound, "The chosen circle no longer exists. Choose another one."));
        }

        var plan = ImportPlan.Build(parsed, await ContactMatcher.LoadAsync(db, cancellationToken));
        var writer = new ImportWriter(db, options, await ImportCompanies.LoadAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken), clock.GetUtcNow().UtcDateTime);
        if (options.Duplicates == DuplicateHandling.UpdateEmptyFields)
        {
            await writer.LoadDuplicatesAsync(plan, cancellationToken);
        }

        // Tracking 10,000 new contacts with automatic change detection on would rescan them all on every Add.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < plan.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Apply(plan[i]);
            if ((i + 1) % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress(i + 1, plan.Count));
            }
        }

        progress?.Report(new ImportProgress(plan.Count, plan.Count, ImportStage.Saving));
        db.ChangeTracker.DetectChanges();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ImportSummary.Failed(parsed.Format, new ImportProblem(ImportProblemKind.ChangedElsewhere,
                "Some of these contacts were changed in another tab or device while importing, so nothing was imported. Import the file again."));
        }

        await transaction.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(plan.Count, plan.Count, ImportStage.Done));
        return new ImportSummary(parsed.Format, writer.Created, writer.UpdatedCount, writer.Skipped, parsed.Errors.Count, writer.ContactIds(),
            parsed.Errors.Take(ImportLimits.ListedErrors).ToList());
    }
}
