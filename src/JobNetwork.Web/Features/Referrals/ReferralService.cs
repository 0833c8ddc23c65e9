using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Referrals;

public sealed record ReferralRow(int Id, int ReferrerId, string ReferrerName, int ReferredContactId, string ReferredName,
    int? CompanyId, string? CompanyName, ReferralStatus Status, DateOnly ReferredOn, string? Notes)
{
    public Guid Version { get; init; }

    /// <summary>The dated status changes, oldest first.</summary>
    public IReadOnlyList<ReferralStep> History { get; init; } = [];
}

public sealed record ReferralStep(ReferralStatus ToStatus, DateTime ChangedAtUtc);

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
            // A stranger someone told the user about is not one of the referrer's friends: by default they join the
            // "Met while job hunting" string, and the lead still credits the referrer's string through the chain.
            Circle? huntingCircle = null;
            if (form.CircleId is { } chosen && !await db.Circles.AnyAsync(c => c.Id == chosen, cancellationToken))
            {
                return SaveResult.Invalid("The chosen circle no longer exists. Choose another.");
            }
            else if (form.CircleId is null)
            {
                huntingCircle = await MetWhileJobHuntingAsync(db, today, clock.GetUtcNow().UtcDateTime, cancellationToken);
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
            referred.Memberships.Add(form.CircleId is { } circle
                ? new ContactCircle { CircleId = circle, IsPrimary = true }
                : new ContactCircle { Circle = huntingCircle!, IsPrimary = true });

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

        referral.History.Add(new ReferralStatusChange { ToStatus = form.Status, ChangedAtUtc = referral.CreatedAtUtc });
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(referral.Id);
    }

    /// <summary>Moves the introduction to <paramref name="to"/> and keeps the date of the change in its history.</summary>
    public async Task<SaveResult> MoveAsync(int referralId, ReferralStatus to, Guid expectedVersion, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return SaveResult.NotFound();
        }

        if (referral.Status == to)
        {
            return SaveResult.Saved(referralId);
        }

        db.Entry(referral).Property(r => r.Version).OriginalValue = expectedVersion;

        db.ReferralStatusChanges.Add(new ReferralStatusChange
        {
            ReferralId = referralId, FromStatus = referral.Status, ToStatus = to, ChangedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        referral.Status = to;
        await ClosingTheLoop.ReferralMovedAsync(db, referralId, to, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return await SaveOrConflictAsync(db, referralId, cancellationToken);
    }

    /// <summary>Changes the note the user keeps about the introduction ("call before Friday", "knows the CTO").</summary>
    public async Task<SaveResult> UpdateNotesAsync(int referralId, string? notes, Guid expectedVersion, CancellationToken cancellationToken)
    {
        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (trimmed?.Length > Referral.NotesMaxLength)
        {
            return SaveResult.Invalid($"Notes can be at most {Referral.NotesMaxLength} characters.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return SaveResult.NotFound();
        }

        db.Entry(referral).Property(r => r.Version).OriginalValue = expectedVersion;
        referral.Notes = trimmed;
        return await SaveOrConflictAsync(db, referralId, cancellationToken);
    }

    private static async Task<SaveResult> SaveOrConflictAsync(AppDbContext db, int referralId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult.Saved(referralId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.ChangedElsewhere();
        }
    }

    /// <summary>The user's "Met while job hunting" string, plugged in today if they have none yet.</summary>
    internal static async Task<Circle> MetWhileJobHuntingAsync(AppDbContext db, DateOnly today, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var circle = await db.Circles.Where(c => c.Kind == CircleKind.MetWhileJobHunting && c.IsPluggedIn)
            .OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (circle is null)
        {
            circle = new Circle { Name = CircleKind.MetWhileJobHunting.Label(), Kind = CircleKind.MetWhileJobHunting, PluggedInOn = today, CreatedAtUtc = nowUtc };
            db.Circles.Add(circle);
        }

        return circle;
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
                r.CompanyId, r.Company != null ? r.Company.Name : null, r.Status, r.ReferredOn, r.Notes)
            {
                Version = r.Version,
                History = r.History.OrderBy(h => h.ChangedAtUtc).ThenBy(h => h.Id).Select(h => new ReferralStep(h.ToStatus, h.ChangedAtUtc)).ToList(),
            });
}
