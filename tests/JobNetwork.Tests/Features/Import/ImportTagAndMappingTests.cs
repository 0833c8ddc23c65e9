using System.Text;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Import;

/// <summary>The import's tag, which the summary's link filters by, and the column mapping remembered per header signature.</summary>
[Trait("Database", "Any")]
public sealed class ImportTagAndMappingTests : ImportTestBase
{
    private const string OddColumns = "Who,Mail,Firm\nAnn Lee,ann@example.com,Acme\nBen Ng,ben@example.com,Globex\n";

    private ColumnMappingStore StoreFor(Data.TestUser user) => new(user.Factory, Clock);

    [Fact]
    public async Task Everyone_created_or_filled_in_gets_the_imports_tag_and_the_contacts_list_finds_them_by_it()
    {
        await Alice.AddContactAsync(new ContactForm { Name = "Ann Lee", Email = "ann@example.com" });
        await Alice.AddContactAsync("Someone typed by hand");
        var file = Encoding.UTF8.GetBytes("Name,Email,Company\nAnn Lee,ann@example.com,Acme\nBen Ng,ben@example.com,Globex\n");

        var summary = await ImportAsync(Alice, file, "contacts.csv",
            new ImportOptions(Duplicates: DuplicateHandling.UpdateEmptyFields, Tag: "Imported 2026-06-15 12:00"));
        var tagged = await Alice.Contacts.SearchAsync(new ContactQuery { Tag = "imported 2026-06-15 12:00" }, None);

        Assert.Equal((1, 1), (summary.Created, summary.Updated));
        Assert.Equal(["Ann Lee", "Ben Ng"], tagged.Items.Select(c => c.Name).Order());
    }

    [Fact]
    public async Task Without_a_tag_nobody_is_tagged()
    {
        await ImportAsync(Alice, Encoding.UTF8.GetBytes("Name,Email\nAnn Lee,ann@example.com\n"));

        await using var db = Alice.Db();
        Assert.Empty(await db.ContactTags.ToListAsync());
    }

    [Fact]
    public async Task A_confirmed_mapping_is_offered_again_for_a_file_with_the_same_columns_in_another_order()
    {
        var preview = await PreviewAsync(Alice, Encoding.UTF8.GetBytes(OddColumns));
        var chosen = new ColumnMapping(new Dictionary<string, ImportField>
        {
            ["Who"] = ImportField.FullName, ["Mail"] = ImportField.Email, ["Firm"] = ImportField.Company,
        });

        await StoreFor(Alice).SaveAsync(preview.HeaderSignature!, chosen, None);
        var nextMonth = await PreviewAsync(Alice, Encoding.UTF8.GetBytes("Firm,Who,Mail\nInitech,Chloé Dubois,chloe@example.com\n"));
        var offered = await StoreFor(Alice).FindAsync(nextMonth.HeaderSignature!, None);

        Assert.Equal(ImportFormat.OtherCsv, preview.Format);
        Assert.NotNull(offered);
        Assert.Equal(ImportField.FullName, offered.FieldOf("who"));
        Assert.Equal(ImportField.Company, offered.FieldOf("Firm"));
        var mapped = await ImportFor(Alice).PreviewAsync(Encoding.UTF8.GetBytes(OddColumns), "contacts.csv", offered, None);
        Assert.Equal(("Ann Lee", "ann@example.com", "Acme"), (mapped.FirstRows[0].Name, mapped.FirstRows[0].Email, mapped.FirstRows[0].Company));
    }

    [Fact]
    public async Task Saving_a_mapping_again_replaces_it_and_another_user_never_sees_it()
    {
        var signature = HeaderSignature.Of(["Who", "Mail", "Firm"]);
        await StoreFor(Alice).SaveAsync(signature, new ColumnMapping(new Dictionary<string, ImportField> { ["Who"] = ImportField.FirstName }), None);
        await StoreFor(Alice).SaveAsync(signature, new ColumnMapping(new Dictionary<string, ImportField> { ["Who"] = ImportField.FullName }), None);

        Assert.Equal(ImportField.FullName, (await StoreFor(Alice).FindAsync(signature, None))!.FieldOf("Who"));
        Assert.Null(await StoreFor(Bob).FindAsync(signature, None));
        await using var db = Unfiltered();
        Assert.Equal(1, await db.SavedColumnMappings.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public void A_remembered_mapping_naming_a_field_this_version_does_not_know_keeps_the_rest()
    {
        var mapping = ColumnMappingStore.Deserialize("""{"Who":"FullName","Fax":"FaxNumber"}""");

        Assert.Equal(ImportField.FullName, mapping!.FieldOf("Who"));
        Assert.Equal(ImportField.Ignore, mapping.FieldOf("Fax"));
        Assert.Null(ColumnMappingStore.Deserialize("not json"));
    }
}
