using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Scripts;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>What to say to each kind of person, built from the profile, the person and the companies they might reach.</summary>
public sealed class ScriptBuilderTests
{
    private static readonly Dictionary<ScriptSituation, string> NoTemplates = [];

    private static readonly ScriptProfile FullProfile = new(
        "controls engineer, automation engineer", "robotics", "Boston, remote",
        "I'm a controls engineer moving into robotics. I've spent eight years making factory lines run themselves.");

    private static ScriptPerson Person(
        string name = "Marcus Lee", Closeness closeness = Closeness.Know, CircleKind? kind = CircleKind.Acquaintances,
        string? company = null, string? circleName = "Neighbours", string? focus = null, string? referredBy = null,
        string? lead = null, string? theyReferred = null) =>
        new(name, closeness, company, null, kind, circleName, focus, referredBy, lead, theyReferred);

    private static readonly string[] Targets = ["Cedar Health", "Lumen Robotics"];

    [Theory]
    [InlineData(CircleKind.Friends, Closeness.Know, ScriptSituation.Friend)]
    [InlineData(CircleKind.Other, Closeness.KnowWell, ScriptSituation.Friend)]
    [InlineData(CircleKind.Acquaintances, Closeness.Know, ScriptSituation.Acquaintance)]
    [InlineData(CircleKind.MetWhileJobHunting, Closeness.MetOnce, ScriptSituation.Acquaintance)]
    [InlineData(CircleKind.FormerCoworkers, Closeness.Know, ScriptSituation.FormerCoworker)]
    [InlineData(CircleKind.Coworkers, Closeness.KnowWell, ScriptSituation.FormerCoworker)]
    [InlineData(CircleKind.CommunityGroup, Closeness.Know, ScriptSituation.CommunityGroupMember)]
    [InlineData(CircleKind.Alumni, Closeness.Know, ScriptSituation.CommunityGroupMember)]
    [InlineData(CircleKind.RecruiterOrAgency, Closeness.Know, ScriptSituation.NarrowFocusAgency)]
    public void The_persons_string_and_closeness_decide_the_situation(CircleKind kind, Closeness closeness, ScriptSituation expected) =>
        Assert.Equal(expected, ScriptBuilder.SituationFor(Person(kind: kind, closeness: closeness)));

    [Fact]
    public void A_person_without_a_string_is_a_friend_when_known_well_and_an_acquaintance_otherwise()
    {
        Assert.Equal(ScriptSituation.Friend, ScriptBuilder.SituationFor(Person(kind: null, closeness: Closeness.KnowWell)));
        Assert.Equal(ScriptSituation.Acquaintance, ScriptBuilder.SituationFor(Person(kind: null, closeness: Closeness.MetOnce)));
    }

    [Fact]
    public void Who_referred_them_and_a_turned_down_interview_come_before_the_string()
    {
        Assert.Equal(ScriptSituation.Referred, ScriptBuilder.SituationFor(Person(kind: CircleKind.Friends, referredBy: "Dana Levi")));
        Assert.Equal(ScriptSituation.InterviewerWhoTurnedYouDown,
            ScriptBuilder.SituationFor(Person(kind: CircleKind.Friends, referredBy: "Dana Levi", lead: "Controls lead")));
    }

    [Theory]
    [InlineData(ScriptSituation.Friend)]
    [InlineData(ScriptSituation.Acquaintance)]
    [InlineData(ScriptSituation.FormerCoworker)]
    [InlineData(ScriptSituation.CommunityGroupMember)]
    [InlineData(ScriptSituation.NarrowFocusAgency)]
    [InlineData(ScriptSituation.Referred)]
    [InlineData(ScriptSituation.InterviewerWhoTurnedYouDown)]
    [InlineData(ScriptSituation.ThankYouToReferrer)]
    public void Every_situation_greets_by_first_name_asks_who_they_know_at_the_targets_and_leaves_no_placeholder(ScriptSituation situation)
    {
        var person = Person(company: "Acme", focus: "nurses and care staff", referredBy: "Dana Levi", lead: "Controls lead", theyReferred: "Noa Cohen");

        var script = ScriptBuilder.For(situation, person, FullProfile, Targets, NoTemplates);

        Assert.Equal(situation, script.Situation);
        Assert.StartsWith("Hi Marcus", script.Text, StringComparison.Ordinal);
        Assert.Contains(" at Cedar Health or Lumen Robotics?", script.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", script.Text, StringComparison.Ordinal);
        Assert.Contains("controls engineer or automation engineer", script.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_situation_specific_facts_are_named()
    {
        var person = Person(company: "Acme", focus: "nurses and care staff", referredBy: "Dana Levi", lead: "Controls lead", theyReferred: "Noa Cohen");

        Assert.Contains("Dana Levi suggested I get in touch", ScriptBuilder.For(ScriptSituation.Referred, person, FullProfile, Targets, NoTemplates).Text, StringComparison.Ordinal);
        Assert.Contains("interviewing me for the Controls lead role", ScriptBuilder.For(ScriptSituation.InterviewerWhoTurnedYouDown, person, FullProfile, Targets, NoTemplates).Text, StringComparison.Ordinal);
        Assert.Contains("you focus on nurses and care staff", ScriptBuilder.For(ScriptSituation.NarrowFocusAgency, person, FullProfile, Targets, NoTemplates).Text, StringComparison.Ordinal);
        Assert.Contains("in touch with Noa Cohen", ScriptBuilder.For(ScriptSituation.ThankYouToReferrer, person, FullProfile, Targets, NoTemplates).Text, StringComparison.Ordinal);
        Assert.Contains("it's me from Neighbours", ScriptBuilder.For(ScriptSituation.CommunityGroupMember, person, FullProfile, Targets, NoTemplates).Text, StringComparison.Ordinal);
        Assert.Contains(FullProfile.Pitch!, ScriptBuilder.For(ScriptSituation.Friend, person, FullProfile, Targets, NoTemplates).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_empty_profile_the_sentences_that_need_it_are_left_out_and_the_question_stays()
    {
        var script = ScriptBuilder.For(ScriptSituation.Friend, Person(), ScriptProfile.Empty, Targets, NoTemplates);

        Assert.Equal(
            "Hi Marcus, it's me — have you got two minutes? I'm looking for my next job and I'd love your help. " +
            "Who do you know at Cedar Health or Lumen Robotics? Even one name helps.",
            script.Text);
    }

    [Fact]
    public void Without_any_company_the_question_still_reads()
    {
        var script = ScriptBuilder.For(ScriptSituation.Acquaintance, Person(), ScriptProfile.Empty, [], NoTemplates);

        Assert.Contains($"Do you know anyone at {ScriptBuilder.TargetsFallback}?", script.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_three_distinct_companies_are_named_in_the_order_given()
    {
        Assert.Equal("Acme, Cedar Health or Lumen Robotics",
            ScriptBuilder.TargetsText(["Acme", null, "acme", " ", "Cedar Health", "Lumen Robotics", "Zed Corp"]));
        Assert.Equal("Acme", ScriptBuilder.TargetsText(["Acme"]));
        Assert.Equal("", ScriptBuilder.TargetsText([]));
    }

    [Fact]
    public void A_users_template_replaces_the_default_and_blank_falls_back_to_it()
    {
        var own = new Dictionary<ScriptSituation, string> { [ScriptSituation.Friend] = "Yo {first name}! Who's hiring at {targets}?" };
        Assert.Equal("Yo Marcus! Who's hiring at Cedar Health or Lumen Robotics?",
            ScriptBuilder.For(ScriptSituation.Friend, Person(), ScriptProfile.Empty, Targets, own).Text);

        var blank = new Dictionary<ScriptSituation, string> { [ScriptSituation.Friend] = "  " };
        Assert.StartsWith("Hi Marcus, it's me", ScriptBuilder.For(ScriptSituation.Friend, Person(), ScriptProfile.Empty, Targets, blank).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_inserted_once_as_plain_text_so_markup_and_placeholders_in_them_stay_literal()
    {
        var sneaky = Person(name: "<b>Eve</b> {pitch}", company: "{referrer}<script>alert(1)</script>");
        var own = new Dictionary<ScriptSituation, string> { [ScriptSituation.Acquaintance] = "Hi {name}. Who do you know at {targets}?" };

        var text = ScriptBuilder.For(ScriptSituation.Acquaintance, sneaky, FullProfile, [sneaky.CompanyName, "{pitch}"], own).Text;

        Assert.Equal("Hi <b>Eve</b> {pitch}. Who do you know at {referrer}<script>alert(1)</script> or {pitch}?", text);
        Assert.DoesNotContain(FullProfile.Pitch!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_never_brings_its_own_line_breaks_into_the_script()
    {
        var profile = new ScriptProfile(null, null, null, "Line one.\r\n\r\nLine   two.");
        var own = new Dictionary<ScriptSituation, string> { [ScriptSituation.Friend] = "{pitch}" };

        Assert.Equal("Line one. Line two.", ScriptBuilder.For(ScriptSituation.Friend, Person(), profile, Targets, own).Text);
    }

    [Fact]
    public void Unknown_placeholders_are_reported_and_left_as_typed()
    {
        const string Template = "Hi {frist name}, who do you know at {targets}? {First Name}";

        Assert.Equal(["{frist name}"], ScriptBuilder.UnknownPlaceholders(Template));
        var own = new Dictionary<ScriptSituation, string> { [ScriptSituation.Friend] = Template };
        Assert.Equal("Hi {frist name}, who do you know at Cedar Health or Lumen Robotics? Marcus",
            ScriptBuilder.For(ScriptSituation.Friend, Person(), ScriptProfile.Empty, Targets, own).Text);
    }

    [Fact]
    public void A_person_with_no_name_is_greeted_as_there()
    {
        Assert.StartsWith("Hi there,", ScriptBuilder.For(ScriptSituation.Friend, Person(name: "  "), ScriptProfile.Empty, Targets, NoTemplates).Text, StringComparison.Ordinal);
    }
}
