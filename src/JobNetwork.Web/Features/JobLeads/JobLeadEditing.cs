using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.JobLeads;

/// <summary>Correcting a lead's title, company, link and notes, with the concurrency token so two edits never overwrite each other.</summary>
public sealed class JobLeadEditing(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public async Task<SaveResult> UpdateAsync(int id, JobLeadEditForm form, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lead = await db.JobLeads.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
        {
            return SaveResult.NotFound();
        }

        var company = await CompanyService.FindOrCreateAsync(db, form.CompanyName, clock, cancellationToken);
        if (company is null)
        {
            return SaveResult.Invalid("Enter the company that has this job.");
        }

        db.Entry(lead).Property(l => l.Version).OriginalValue = form.Version;
        lead.Title = form.Title.Trim();
        lead.Company = company;
        // Where it was found only means something for a lead the user found themselves.
        lead.FoundVia = lead.Source == LeadSource.FoundMyself && !string.IsNullOrWhiteSpace(form.FoundVia) ? form.FoundVia.Trim() : null;
        lead.Advertising = form.Advertising;
        lead.Url = string.IsNullOrWhiteSpace(form.Url) ? null : form.Url.Trim();
        lead.Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.ChangedElsewhere();
        }

        await transaction.CommitAsync(cancellationToken);
        form.Version = lead.Version;
        return SaveResult.Saved(lead.Id);
    }
}
