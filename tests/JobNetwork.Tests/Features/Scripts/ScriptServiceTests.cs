using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Scripts;
using JobNetwork.Web.Features.Settings;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>Scripts are built from the signed-in user's own profile, templates and companies, never another user's.</summary>
[Trait("Database", "Any")]
public sealed class ScriptServiceTests : TwoUserTestBase
{
    private static ScriptService Scripts(TestUser user) => new(user.Factory);

    private static ProfileService Profiles(TestUser user) => new(user.Factory);

    [Fact]
    public async Task The_script_names_the_persons_company_the_strings_companies_and_the_users_targets()
    {
        await Alice.AddCompanyAsync("Cedar Health", isTarget: true);
        await Alice.AddCompanyAsync("Lumen Robotics", isTarget: true);
        var friends = await Alice.AddCircleAsync("Friends", CircleKind.Friends);
        var marcus = await Alice.AddContactAsync(new ContactForm { Name = "Marcus Lee", CompanyName = "Acme", Phone = "415 555 0100", CircleIds = [friends] });
        await Alice.AddContactAsync(new ContactForm { Name = "Noa", CompanyName = "Lumen Robotics", CircleIds = [friends] });
        await Profiles(Alice).SaveAsync(new ProfileForm { RolesSought = "controls engineer", Pitch = "I build robots." }, None);

        var script = await Scripts(Alice).ForContactAsync(marcus, None);

        Assert.NotNull(script);
        Assert.Equal(ScriptSituation.Friend, script.Script.Situation);
        Assert.Contains("I build robots.", script.Script.Text, StringComparison.Ordinal);
        Assert.Contains("Who do you know at Acme, Lumen Robotics or Cedar Health?", script.Script.Text, StringComparison.Ordinal);
        Assert.Equal("Who do you know at Acme, Lumen Robotics or Cedar Health?", script.Question);
        Assert.Equal("tel:4155550100", script.Links.Call);
        Assert.Null(script.Links.Email);
    }

    [Fact]
    public async Task Nothing_from_another_user_reaches_a_script()
    {
        await Bob.AddCompanyAsync("Bob Secret Target", isTarget: true);
        await Profiles(Bob).SaveAsync(new ProfileForm { Pitch = "Bob's private pitch.", RolesSought = "bob roles" }, None);
        await Profiles(Bob).SaveTemplateAsync(ScriptSituation.Acquaintance, "Bob's template {first name}", None);
        var bobsContact = await Bob.AddContactAsync("Bob's friend");
        var ann = await Alice.AddContactAsync("Ann");

        var script = await Scripts(Alice).ForContactAsync(ann, None);

        Assert.NotNull(script);
        Assert.DoesNotContain("Bob", script.Script.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ScriptBuilder.TargetsFallback, script.Script.Text, StringComparison.Ordinal);
        Assert.Null(await Scripts(Alice).ForContactAsync(bobsContact, None));
        Assert.Null(await Scripts(Alice).PreviewAsync(bobsContact, ScriptSituation.Friend, "{name}", None));
        Assert.DoesNotContain(await Scripts(Alice).PreviewPeopleAsync(null, None), p => p.Id == bobsContact);
    }

    [Fact]
    public async Task A_saved_template_is_used_and_saving_the_default_or_nothing_goes_back_to_it()
    {
        var ann = await Alice.AddContactAsync("Ann Smith");

        Assert.Equal(SaveOutcome.Saved, await Profiles(Alice).SaveTemplateAsync(ScriptSituation.Acquaintance, "Hey {first name}, who's hiring at {targets}?", None));
        Assert.StartsWith("Hey Ann, who's hiring", (await Scripts(Alice).ForContactAsync(ann, None))!.Script.Text, StringComparison.Ordinal);

        Assert.Equal(SaveOutcome.Saved, await Profiles(Alice).SaveTemplateAsync(ScriptSituation.Acquaintance, "  ", None));
        Assert.Empty(await Profiles(Alice).TemplatesAsync(None));
        Assert.StartsWith("Hi Ann, I hope you're well.", (await Scripts(Alice).ForContactAsync(ann, None))!.Script.Text, StringComparison.Ordinal);

        Assert.Equal(SaveOutcome.Invalid, await Profiles(Alice).SaveTemplateAsync(ScriptSituation.Friend, new string('x', ScriptTemplate.TextMaxLength + 1), None));
    }

    [Fact]
    public async Task A_profile_saved_from_a_stale_form_is_refused()
    {
        await Profiles(Alice).SaveAsync(new ProfileForm { RolesSought = "first" }, None);
        var tabOne = await Profiles(Alice).GetAsync(None);
        var tabTwo = await Profiles(Alice).GetAsync(None);
        tabOne.RolesSought = "from tab one";
        Assert.Equal(SaveOutcome.Saved, await Profiles(Alice).SaveAsync(tabOne, None));

        tabTwo.RolesSought = "from tab two";

        Assert.Equal(SaveOutcome.ChangedElsewhere, await Profiles(Alice).SaveAsync(tabTwo, None));
        Assert.Equal("from tab one", (await Profiles(Alice).GetAsync(None)).RolesSought);
    }
}
