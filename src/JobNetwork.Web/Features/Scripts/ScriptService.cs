using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>What to say to one contact and how to reach them in one tap.</summary>
/// <param name="Question">The one question that matters, stored as the ask's question when the call is logged.</param>
/// <param name="ThankYou">Set when the contact named someone to the user: the thank-you script.</param>
public sealed record ContactScript(int ContactId, string Name, Script Script, string Question, OneTapLinks Links, Script? ThankYou)
{
    /// <summary>The one-tap links with the thank-you as the message body (Today's close-the-loop card).</summary>
    public OneTapLinks? ThankYouLinks { get; init; }
}

/// <summary>A contact offered for the template preview.</summary>
public sealed record PreviewPerson(int Id, string Name);

/// <summary>Loads what scripts are built from (profile, templates, person, reachable companies) and builds them.</summary>
public sealed class ScriptService(IDbContextFactory<AppDbContext> contextFactory)
{
    /// <summary>How many user target companies are considered when naming who a person might reach.</summary>
    private const int TargetsConsidered = 10;

    public async Task<IReadOnlyDictionary<int, ContactScript>> ForContactsAsync(IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        if (contactIds.Count == 0)
        {
            return new Dictionary<int, ContactScript>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (profile, templates, targets) = await CommonAsync(db, cancellationToken);
        var people = await PeopleAsync(db, contactIds, cancellationToken);
        return people.ToDictionary(p => p.Id, p =>
        {
            var reachable = Reachable(p, targets).ToList();
            var thankYou = p.Person.PersonTheyReferred is null
                ? null
                : ScriptBuilder.For(ScriptSituation.ThankYouToReferrer, p.Person, profile, reachable, templates);
            var script = ScriptBuilder.For(p.Person, profile, reachable, templates);
            var question = $"Who do you know at {ScriptBuilder.Values(p.Person, profile, reachable)["targets"]}?";
            return new ContactScript(p.Id, p.Person.Name, script, question, OneTapLinks.For(p.Phone, p.Email, script.Text), thankYou)
            {
                ThankYouLinks = thankYou is null ? null : OneTapLinks.For(p.Phone, p.Email, thankYou.Text),
            };
        });
    }

    public async Task<ContactScript?> ForContactAsync(int contactId, CancellationToken cancellationToken) =>
        (await ForContactsAsync([contactId], cancellationToken)).GetValueOrDefault(contactId);

    /// <summary>A template as it would read for a real contact, before it is saved.</summary>
    public async Task<string?> PreviewAsync(int contactId, ScriptSituation situation, string template, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (profile, _, targets) = await CommonAsync(db, cancellationToken);
        var person = (await PeopleAsync(db, [contactId], cancellationToken)).FirstOrDefault();
        return person is null
            ? null
            : ScriptBuilder.For(situation, person.Person, profile, Reachable(person, targets), new Dictionary<ScriptSituation, string> { [situation] = template }).Text;
    }

    /// <summary>Contacts to preview a template with, by name; the first few when nothing is typed.</summary>
    public async Task<IReadOnlyList<PreviewPerson>> PreviewPeopleAsync(string? search, CancellationToken cancellationToken)
    {
        var term = JobNetwork.Web.Features.Common.TextSearch.Normalize(search);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Contacts.AsNoTracking();
        if (term is not null)
        {
            query = query.Where(c => c.Name.ToLower().Contains(term));
        }

        return await query.OrderBy(c => c.Name).ThenBy(c => c.Id).Take(20).Select(c => new PreviewPerson(c.Id, c.Name)).ToListAsync(cancellationToken);
    }

    private static async Task<(ScriptProfile Profile, Dictionary<ScriptSituation, string> Templates, List<string> Targets)> CommonAsync(
        AppDbContext db, CancellationToken cancellationToken)
    {
        var profile = ScriptProfile.From(await db.JobSearchProfiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken));
        var templates = await db.ScriptTemplates.AsNoTracking().ToDictionaryAsync(t => t.Situation, t => t.Text, cancellationToken);
        var targets = await db.Companies.AsNoTracking().Where(c => c.IsTarget).OrderBy(c => c.Name).Select(c => c.Name)
            .Take(TargetsConsidered).ToListAsync(cancellationToken);
        return (profile, templates, targets);
    }

    /// <summary>
    /// Who the person might reach, best first: their own company, then the user's targets where someone on the
    /// same string works, then the other targets, then the string's other companies.
    /// </summary>
    private static IEnumerable<string?> Reachable(PersonRow row, List<string> targets)
    {
        var stringTargets = targets.Where(t => row.StringCompanies.Contains(t, StringComparer.OrdinalIgnoreCase));
        return new[] { row.Person.CompanyName }.Concat(stringTargets).Concat(targets).Concat(row.StringCompanies);
    }

    private sealed record PersonRow(int Id, ScriptPerson Person, string? Phone, string? Email, List<string> StringCompanies);

    private static async Task<List<PersonRow>> PeopleAsync(AppDbContext db, IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken)
    {
        var rows = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Closeness,
                c.HowWeMet,
                c.Phone,
                c.Email,
                CompanyName = c.Company != null ? c.Company.Name : null,
                Primary = c.Memberships.Where(m => m.IsPrimary).Select(m => new { m.CircleId, m.Circle.Kind, m.Circle.Name, m.Circle.Focus }).FirstOrDefault(),
                ReferredBy = c.Asks.Any() ? null : c.ReferralsReceived.OrderBy(r => r.Id).Select(r => r.Referrer.Name).FirstOrDefault(),
                TheyReferred = c.ReferralsGiven.OrderByDescending(r => r.ReferredOn).ThenByDescending(r => r.Id).Select(r => r.ReferredContact.Name).FirstOrDefault(),
                InterviewLead = c.Asks.Any() ? null : db.JobLeads.Where(l => l.InterviewerContactId == c.Id && l.Status == JobLeadStatus.TurnedDown)
                    .Select(l => l.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var circleIds = rows.Where(r => r.Primary is not null).Select(r => r.Primary!.CircleId).Distinct().ToList();
        var companiesByCircle = (await db.ContactCircles.AsNoTracking()
                .Where(m => circleIds.Contains(m.CircleId) && m.Contact.CompanyId != null)
                .Select(m => new { m.CircleId, m.Contact.Company!.Name })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.CircleId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Name).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList());

        return rows.Select(r => new PersonRow(
            r.Id,
            new ScriptPerson(r.Name, r.Closeness, r.CompanyName, r.HowWeMet, r.Primary?.Kind, r.Primary?.Name, r.Primary?.Focus,
                r.ReferredBy, r.InterviewLead, r.TheyReferred),
            r.Phone,
            r.Email,
            r.Primary is null ? [] : companiesByCircle.GetValueOrDefault(r.Primary.CircleId, []))).ToList();
    }
}
