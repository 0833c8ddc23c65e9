using Bogus;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Demo;

public sealed record DemoNetwork(
    IReadOnlyList<Circle> Circles, IReadOnlyList<Company> Companies, IReadOnlyList<Contact> Contacts,
    IReadOnlyList<Ask> Asks, IReadOnlyList<Referral> Referrals, IReadOnlyList<JobLead> Leads)
{
    /// <summary>Adds the whole network to <paramref name="db"/> and saves it in one transaction, owned by the context's user.</summary>
    public async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Tens of thousands of linked entities: detect changes once, not on every Add.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(Circles);
        db.AddRange(Companies);
        db.AddRange(Contacts);
        db.AddRange(Asks);
        db.AddRange(Referrals);
        db.AddRange(Leads);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>
/// A realistic network for one user over two years, for demos and the benchmark. Deterministic for a given seed,
/// so benchmark runs compare like with like. Entities are linked by navigation; ids are assigned on insert.
/// </summary>
public sealed class DemoNetworkGenerator(int seed = 20261127)
{
    /// <summary>Changes whenever the same seed would generate a different network, so saved copies (the benchmark's) are not reused.</summary>
    public const int Version = 3;

    private static readonly CircleKind[] Kinds = Enum.GetValues<CircleKind>();
    private static readonly JobLeadStatus[] Statuses = Enum.GetValues<JobLeadStatus>();
    private static readonly AskChannel[] Channels = Enum.GetValues<AskChannel>();
    private static readonly AskOutcome[] Outcomes = Enum.GetValues<AskOutcome>();

    public DemoNetwork Generate(DemoNetworkSize size, DateOnly today)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var start = today.AddYears(-2);
        var createdAt = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var circles = Enumerable.Range(0, size.Strings).Select(i =>
        {
            var kind = Kinds[i % Kinds.Length];
            return new Circle
            {
                Name = i < Kinds.Length ? kind.Label() : $"{faker.Company.CompanyName()} {kind.Label().ToLowerInvariant()}",
                Kind = kind,
                PluggedInOn = start.AddDays(faker.Random.Int(0, 300)),
                IsPluggedIn = faker.Random.Double() > 0.1,
                CadenceDays = faker.Random.Bool(0.4f) ? faker.PickRandom(14, 30, 60) : null,
                CreatedAtUtc = createdAt,
            };
        }).ToList();

        var companies = Enumerable.Range(0, size.Companies).Select(i => new Company
        {
            Name = $"{faker.Company.CompanyName()} #{i + 1}",
            Industry = faker.Commerce.Department(),
            Location = faker.Address.City(),
            Website = faker.Internet.Url(),
            IsTarget = faker.Random.Bool(0.15f),
            CreatedAtUtc = createdAt,
        }).ToList();

        var contacts = Enumerable.Range(0, size.Contacts).Select(i =>
        {
            var contact = new Contact
            {
                Name = faker.Name.FullName(),
                Closeness = faker.PickRandom<Closeness>(),
                Company = faker.Random.Bool(0.8f) ? faker.PickRandom(companies) : null,
                Title = faker.Name.JobTitle(),
                Email = faker.Random.Bool(0.6f) ? faker.Internet.Email() : null,
                Phone = faker.Random.Bool(0.7f) ? faker.Phone.PhoneNumber("+1 ###-###-####") : null,
                CreatedAtUtc = createdAt,
            };
            contact.PhoneNormalized = Contacts.PhoneNumberNormalizer.Normalize(contact.Phone);
            // One in 25 is someone the user was only told about and has not put in a string: their leads credit
            // the string of whoever referred them (LeadAttribution).
            if (i % 25 != 24)
            {
                contact.Memberships.Add(new ContactCircle { Circle = circles[i % circles.Count], IsPrimary = true });
            }

            return contact;
        }).ToList();

        var span = today.DayNumber - start.DayNumber;
        var asks = Enumerable.Range(0, size.Asks).Select(_ => new Ask
        {
            Contact = faker.PickRandom(contacts),
            AskedOn = start.AddDays(faker.Random.Int(0, span)),
            Channel = faker.PickRandom(Channels),
            Question = "Who do you know at companies that might hire me?",
            Outcome = faker.PickRandom(Outcomes),
            CreatedAtUtc = createdAt,
        }).ToList();

        var referrals = Enumerable.Range(0, size.Referrals).Select(_ =>
        {
            var referrer = faker.PickRandom(contacts);
            var referred = faker.PickRandom(contacts);
            return new Referral
            {
                Referrer = referrer,
                ReferredContact = referred == referrer ? contacts[(contacts.IndexOf(referrer) + 1) % contacts.Count] : referred,
                Company = faker.PickRandom(companies),
                Status = faker.PickRandom<ReferralStatus>(),
                ReferredOn = start.AddDays(faker.Random.Int(0, span)),
                CreatedAtUtc = createdAt,
            };
        }).ToList();

        var leads = Enumerable.Range(0, size.Leads).Select(_ =>
        {
            var created = start.AddDays(faker.Random.Int(0, span)).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            var status = faker.PickRandom(Statuses);
            var lead = new JobLead
            {
                Title = faker.Name.JobTitle(),
                Company = faker.PickRandom(companies),
                Source = LeadSource.Contact,
                SourceContact = faker.PickRandom(contacts),
                Advertising = faker.PickRandom(Advertising.Advertised, Advertising.Advertised, Advertising.NeverAdvertised, Advertising.NeverAdvertised, Advertising.NeverAdvertised, Advertising.NotSure),
                Status = status,
                CreatedAtUtc = created,
                StatusChangedAtUtc = created.AddDays(3),
            };
            lead.History.Add(new JobLeadStatusChange { ToStatus = JobLeadStatus.Found, ChangedAtUtc = created });
            if (status != JobLeadStatus.Found)
            {
                lead.History.Add(new JobLeadStatusChange { FromStatus = JobLeadStatus.Found, ToStatus = status, ChangedAtUtc = created.AddDays(3) });
            }

            return lead;
        }).ToList();

        return new DemoNetwork(circles, companies, contacts, asks, referrals, leads);
    }
}
