using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.JobLeads;

public sealed record JobLeadRow(int Id, string Title, int CompanyId, string CompanyName, JobLeadStatus Status, LeadSource Source,
    int? SourceContactId, string? SourceContactName, Advertising Advertising, DateTime CreatedAtUtc, DateTime StatusChangedAtUtc, Guid Version);

public sealed record JobLeadQuery(string? Search = null, JobLeadStatus? Status = null, int? CompanyId = null, int? CircleId = null,
    Advertising? Advertised = null, bool Newest = true, int Page = 0, int PageSize = 50, int? SourceContactId = null);

public sealed record MoveResult(SaveStatus Status, bool OfferInterviewerFollowUp, string? Message = null);

public sealed class JobLeadService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public async Task<SaveResult> CreateAsync(JobLeadForm form, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int? referrerId = null;
        if (form.Source == LeadSource.Referral)
        {
            var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == form.ReferralId, cancellationToken);
            if (referral is null)
            {
                return SaveResult.Invalid("Choose the referral this lead came from.");
            }

            referrerId = referral.ReferrerId;
            if (referral.Status != ReferralStatus.Lead)
            {
                // The introduction reached its goal; its history shows when.
                referral.History.Add(new ReferralStatusChange { FromStatus = referral.Status, ToStatus = ReferralStatus.Lead, ChangedAtUtc = clock.GetUtcNow().UtcDateTime });
                referral.Status = ReferralStatus.Lead;
            }
        }
        else if (form.Source == LeadSource.Contact && !await db.Contacts.AnyAsync(c => c.Id == form.SourceContactId, cancellationToken))
        {
            return SaveResult.Invalid("Choose the contact this lead came from.");
        }

        var company = await CompanyService.FindOrCreateAsync(db, form.CompanyName, clock, cancellationToken);
        if (company is null)
        {
            return SaveResult.Invalid("Enter the company that has this job.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lead = new JobLead
        {
            Title = form.Title.Trim(),
            Company = company,
            Source = form.Source,
            SourceContactId = LeadAttribution.CreditedContactId(form.Source, form.SourceContactId, referrerId),
            ReferralId = form.Source == LeadSource.Referral ? form.ReferralId : null,
            FoundVia = form.Source == LeadSource.FoundMyself && !string.IsNullOrWhiteSpace(form.FoundVia) ? form.FoundVia.Trim() : null,
            Advertising = form.Advertising,
            Url = string.IsNullOrWhiteSpace(form.Url) ? null : form.Url.Trim(),
            Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim(),
            CreatedAtUtc = now,
            StatusChangedAtUtc = now,
        };
        lead.History.Add(new JobLeadStatusChange { ToStatus = JobLeadStatus.Found, ChangedAtUtc = now });
        db.JobLeads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(lead.Id);
    }

    /// <summary>Moves a lead along the pipeline and keeps the date of the change. A turn-down after interviews offers the seed's next step.</summary>
    public async Task<MoveResult> MoveAsync(int id, JobLeadStatus to, Guid expectedVersion, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lead = await db.JobLeads.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
        {
            return new MoveResult(SaveStatus.NotFound, false, SaveResult.NotFound().Message);
        }

        if (lead.Status == to)
        {
            return new MoveResult(SaveStatus.Saved, false);
        }

        var wasInterviewing = lead.Status is JobLeadStatus.Interviewing or JobLeadStatus.Offer
            || await db.JobLeadStatusChanges.AnyAsync(h => h.JobLeadId == id && h.ToStatus == JobLeadStatus.Interviewing, cancellationToken);
        db.Entry(lead).Property(l => l.Version).OriginalValue = expectedVersion;
        var now = clock.GetUtcNow().UtcDateTime;
        db.JobLeadStatusChanges.Add(new JobLeadStatusChange { JobLeadId = id, FromStatus = lead.Status, ToStatus = to, ChangedAtUtc = now });
        lead.Status = to;
        lead.StatusChangedAtUtc = now;
        await ClosingTheLoop.LeadMovedAsync(db, lead, to, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MoveResult(SaveStatus.ChangedElsewhere, false, SaveResult.ChangedElsewhere().Message);
        }

        return new MoveResult(SaveStatus.Saved, to == JobLeadStatus.TurnedDown && wasInterviewing && lead.InterviewerContactId is null);
    }

    /// <summary>
    /// The seed's advice after a turn-down: ask the interviewer who else they know. Adds them as a contact in a
    /// "Met while job hunting" circle (created if the user has none) with a follow-up due tomorrow.
    /// </summary>
    public async Task<SaveResult> AddInterviewerAsync(int leadId, string interviewerName, DateOnly today, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(interviewerName))
        {
            return SaveResult.Invalid("Enter the interviewer's name.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lead = await db.JobLeads.Include(l => l.Company).FirstOrDefaultAsync(l => l.Id == leadId, cancellationToken);
        if (lead is null)
        {
            return SaveResult.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var circle = await db.Circles.Where(c => c.Kind == CircleKind.MetWhileJobHunting && c.IsPluggedIn)
            .OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (circle is null)
        {
            circle = new Circle { Name = CircleKind.MetWhileJobHunting.Label(), Kind = CircleKind.MetWhileJobHunting, PluggedInOn = today, CreatedAtUtc = now };
            db.Circles.Add(circle);
        }

        var interviewer = new Contact
        {
            Name = interviewerName.Trim()[..Math.Min(interviewerName.Trim().Length, Contact.NameMaxLength)],
            Closeness = Closeness.MetOnce,
            HowWeMet = $"Interviewed me for {lead.Title} at {lead.Company.Name}",
            Company = lead.Company,
            NextFollowUpOn = today.AddDays(1),
            Notes = "Turned me down — ask who else they know, at their company or a friend's.",
            CreatedAtUtc = now,
        };
        interviewer.Memberships.Add(new ContactCircle { Circle = circle, IsPrimary = true });
        db.Contacts.Add(interviewer);
        lead.InterviewerContact = interviewer;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(interviewer.Id);
    }

    public async Task<PagedResult<JobLeadRow>> SearchAsync(JobLeadQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var leads = JobLeadQueries.Filter(db.JobLeads.AsNoTracking(), query);
        var total = await leads.CountAsync(cancellationToken);
        var rows = await JobLeadQueries.Sort(leads, query.Newest).Skip(Math.Max(0, query.Page) * query.PageSize).Take(query.PageSize)
            .Select(JobLeadQueries.ToRow)
            .ToListAsync(cancellationToken);
        return new PagedResult<JobLeadRow>(rows, total);
    }

    public async Task<JobLead?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobLeads.AsNoTracking()
            .Include(l => l.Company).Include(l => l.SourceContact).Include(l => l.InterviewerContact)
            .Include(l => l.Referral!).ThenInclude(r => r.ReferredContact)
            .Include(l => l.History.OrderBy(h => h.ChangedAtUtc).ThenBy(h => h.Id))
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
    }

    /// <summary>The string this lead credits, by the same rule as the dashboard (null: none).</summary>
    public async Task<(int Id, string Name)?> CreditedStringAsync(int leadId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var circleId = await Coverage.CreditedString.OfLeads(db).Where(l => l.LeadId == leadId).Select(l => l.CircleId).FirstOrDefaultAsync(cancellationToken);
        var name = circleId is null ? null : await db.Circles.Where(c => c.Id == circleId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        return circleId is { } id && name is not null ? (id, name) : null;
    }
}
