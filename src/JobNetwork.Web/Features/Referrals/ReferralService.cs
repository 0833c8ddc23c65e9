using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Referrals;

public sealed record ReferralRow(int Id, int ReferrerId, string ReferrerName, int ReferredContactId, string ReferredName,
    int? CompanyId, string? CompanyName, ReferralStatus Status, DateOnly ReferredOn, string? Notes);

public sealed record ChainLink(int ContactId, string Name);

public sealed class ReferralService(IDbContextFactory<AppDbContext> contextFactory, UserClock userClock, TimeProvider clock)
{
    public async Task<SaveResult> CreateAsync(int referrerId, ReferralForm form, CancellationToken cancellationToken)
    {
        if (form.ExistingContactId == referrerId)
        {
            return SaveResult.Invalid("A person can't refer you to themselves. Choose who they told you about.");
        }

        if (form.ExistingContactId is null && string.IsNullOrWhiteSpace(form.NewContactName))
        {
            return SaveResult.Invalid("Choose one of your contacts, or type the name of the person they told you about.");
        }

        var today = await userClock.TodayAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var referrer = await db.Contacts.Include(c => c.Memberships).FirstOrDefaultAsync(c => c.Id == referrerId, cancellationToken);
        if (referrer is null)
        {
            return SaveResult.NotFound();
        }

        var company = await CompanyService.FindOrCreateAsync(db, form.CompanyName, clock, cancellationToken);
        Contact referred;
        if (form.ExistingContactId is { } existingId)
        {
            var existing = await db.Contacts.FirstOrDefaultAsync(c => c.Id == existingId, cancellationToken);
            if (existing is null)
            {
                return SaveResult.Invalid("That contact no longer exists. Choose another or type a new name.");
            }

            referred = existing;
            if (referred.CompanyId is null)
            {
                referred.Company = company;
            }
        }
        else
        {
            var circleId = form.CircleId ?? referrer.Memberships.FirstOrDefault(m => m.IsPrimary)?.CircleId;
            if (circleId is { } id && !await db.Circles.AnyAsync(c => c.Id == id, cancellationToken))
            {
                return SaveResult.Invalid("The chosen circle no longer exists. Choose another.");
            }

            referred = new Contact
            {
                Name = form.NewContactName!.Trim(),
                Title = string.IsNullOrWhiteSpace(form.NewContactTitle) ? null : form.NewContactTitle.Trim(),
                Closeness = Closeness.MetOnce,
                HowWeMet = $"Referred by {referrer.Name}",
                Company = company,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            if (circleId is { } circle)
            {
                referred.Memberships.Add(new ContactCircle { CircleId = circle, IsPrimary = true });
            }

            db.Contacts.Add(referred);
        }

        var referral = new Referral
        {
            Referrer = referrer,
            ReferredContact = referred,
            Company = company,
            Status = form.Status,
            ReferredOn = today,
            Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (company is null)
        {
            referral.CompanyId = referred.CompanyId;
        }

        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(referral.Id);
    }

    public async Task<bool> SetStatusAsync(int referralId, ReferralStatus status, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return false;
        }

        referral.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<ReferralRow?> GetAsync(int referralId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Rows(db.Referrals.Where(r => r.Id == referralId)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Referrals this contact gave (who they know) and received (who told the user about them).</summary>
    public async Task<(IReadOnlyList<ReferralRow> Given, IReadOnlyList<ReferralRow> Received)> ForContactAsync(int contactId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var given = await Rows(db.Referrals.Where(r => r.ReferrerId == contactId)).ToListAsync(cancellationToken);
        var received = await Rows(db.Referrals.Where(r => r.ReferredContactId == contactId)).ToListAsync(cancellationToken);
        return (given, received);
    }

    /// <summary>The chain that brought this contact, from the first person asked down to them: Friend → coworker → hiring manager.</summary>
    public async Task<IReadOnlyList<ChainLink>> ChainAsync(int contactId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var chain = new List<ChainLink>();
        var visited = new HashSet<int>();
        int? current = contactId;
        while (current is { } id && visited.Add(id) && chain.Count < 20)
        {
            var link = await db.Contacts.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new
                {
                    c.Name,
                    ReferredBy = c.ReferralsReceived.OrderBy(r => r.ReferredOn).ThenBy(r => r.Id).Select(r => (int?)r.ReferrerId).FirstOrDefault(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (link is null)
            {
                break;
            }

            chain.Insert(0, new ChainLink(id, link.Name));
            current = link.ReferredBy;
        }

        return chain;
    }

    private static IQueryable<ReferralRow> Rows(IQueryable<Referral> referrals) =>
        referrals.AsNoTracking().OrderByDescending(r => r.ReferredOn).ThenByDescending(r => r.Id)
            .Select(r => new ReferralRow(r.Id, r.ReferrerId, r.Referrer.Name, r.ReferredContactId, r.ReferredContact.Name,
                r.CompanyId, r.Company != null ? r.Company.Name : null, r.Status, r.ReferredOn, r.Notes));
}
