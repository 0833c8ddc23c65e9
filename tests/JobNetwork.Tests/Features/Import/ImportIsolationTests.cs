using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Import;

[Trait("Database", "Any")]
public sealed class ImportIsolationTests : ImportTestBase
{
    [Fact]
    public async Task Another_users_contact_with_the_same_email_is_not_a_duplicate()
    {
        await Bob.AddContactAsync(new ContactForm { Name = "Ann Lee", Email = "ann@example.com", LinkedInUrl = "https://www.linkedin.com/in/ann-lee", CompanyName = "Acme" });

        var preview = await PreviewAsync(Alice, Csv("Name,Email,Company,LinkedIn\nAnn Lee,ann@example.com,Acme,https://www.linkedin.com/in/ann-lee\n"));

        Assert.Equal((1, 0), (preview.NewCount, preview.DuplicateCount));
    }

    [Fact]
    public async Task An_import_never_touches_another_users_contacts_or_companies()
    {
        await Bob.AddContactAsync(new ContactForm { Name = "Ann Lee", Email = "ann@example.com", CompanyName = "Acme Corp" });
        await using (var bobDb = Bob.Db())
        {
            Assert.Equal(1, await bobDb.Companies.CountAsync());
        }

        var bobBefore = await BobsRowsAsync();

        var summary = await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn,
            new ImportOptions(Duplicates: DuplicateHandling.UpdateEmptyFields));

        Assert.Equal(5, summary.Created);
        Assert.Equal(bobBefore, await BobsRowsAsync());
        await using var aliceDb = Alice.Db();
        Assert.Contains("Acme Corp", await aliceDb.Companies.Select(c => c.Name).ToListAsync());
        Assert.All(await aliceDb.Contacts.Include(c => c.Company).ToListAsync(), c => Assert.Equal(Alice.Id, c.Company?.OwnerId ?? Alice.Id));
    }

    [Fact]
    public async Task Another_users_circle_cannot_be_the_target()
    {
        var bobsCircle = await Bob.AddCircleAsync("Bob's circle");
        var before = await SnapshotAsync();

        var summary = await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.LinkedIn), ImportSamples.LinkedIn, new ImportOptions(TargetCircleId: bobsCircle));

        Assert.Equal(ImportProblemKind.CircleNotFound, summary.Problem?.Kind);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Imported_contacts_belong_to_the_importing_user_only()
    {
        await ImportAsync(Alice, ImportSamples.Bytes(ImportSamples.IPhone), ImportSamples.IPhone);

        await using var bobDb = Bob.Db();
        Assert.False(await bobDb.Contacts.AnyAsync());
        Assert.False(await bobDb.Companies.AnyAsync());
        await using var db = Unfiltered();
        Assert.All(await db.Contacts.IgnoreQueryFilters().ToListAsync(), c => Assert.Equal(Alice.Id, c.OwnerId));
    }

    private async Task<string> BobsRowsAsync()
    {
        await using var db = Bob.Db();
        var contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var companies = await db.Companies.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        return string.Join('\n', contacts.Select(c => $"{c.Id}|{c.Name}|{c.Email}|{c.Phone}|{c.Title}|{c.Notes}|{c.CompanyId}|{c.Version}")
            .Concat(companies.Select(c => $"{c.Id}|{c.Name}|{c.Version}")));
    }
}
