using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

public sealed class SuggestionTextTests
{
    private readonly SuggestionEngine engine = Engine();

    [Theory]
    [InlineData(true, true, Closeness.MetOnce, AskChannel.Phone)]
    [InlineData(true, false, Closeness.KnowWell, AskChannel.Phone)]
    [InlineData(false, true, Closeness.KnowWell, AskChannel.InPerson)]
    [InlineData(false, true, Closeness.Know, AskChannel.Email)]
    [InlineData(false, false, Closeness.Know, AskChannel.Message)]
    public void A_call_comes_first_then_in_person_for_people_you_know_well_then_email_then_a_message(
        bool hasPhone, bool hasEmail, Closeness closeness, AskChannel expected)
    {
        var contact = NeverAsked(1, "Dana", closeness) with { HasPhone = hasPhone, HasEmail = hasEmail };

        Assert.Equal(expected, Assert.Single(engine.Suggest(Input(contact))).SuggestedChannel);
    }

    [Fact]
    public void The_question_names_up_to_three_target_companies()
    {
        var input = Input(NeverAsked(1, "Dana")) with { TargetCompanyNames = ["Acme", "Globex", " ", "acme", "Initech", "Umbrella"] };

        var suggestion = Assert.Single(engine.Suggest(input));

        Assert.Equal("You know Dana well and have never asked them.", suggestion.Reason);
        Assert.Equal("Call Dana and ask who they know at Acme, Globex or Initech.", suggestion.WhatToAsk);
    }

    [Theory]
    [InlineData("Acme", "who they know at Acme.")]
    [InlineData("Acme|Globex", "who they know at Acme or Globex.")]
    [InlineData("", "who they know at companies that might give you jobs.")]
    public void One_or_two_targets_read_naturally_and_none_falls_back_to_the_seed_words(string targets, string expectedEnding)
    {
        var input = Input(NeverAsked(1, "Dana")) with { TargetCompanyNames = targets.Split('|', StringSplitOptions.RemoveEmptyEntries) };

        Assert.EndsWith(expectedEnding, Assert.Single(engine.Suggest(input)).WhatToAsk, StringComparison.Ordinal);
    }

    [Fact]
    public void A_referral_says_who_named_them()
    {
        var suggestion = Assert.Single(engine.Suggest(Input(NamedReferral(1, "Sam", referredBy: "Dana")) with { TargetCompanyNames = ["Acme"] }));

        Assert.Equal("Sam was named by Dana and you have not contacted them yet.", suggestion.Reason);
        Assert.Equal("Call Sam, say Dana suggested you talk, and ask who they know at Acme.", suggestion.WhatToAsk);
    }

    [Fact]
    public void An_interviewer_who_turned_you_down_is_asked_who_else_they_know()
    {
        var suggestion = Assert.Single(engine.Suggest(Input(Interviewer(1, "Pat", "Controls engineer"))));

        Assert.Equal("Pat interviewed you for Controls engineer and turned you down.", suggestion.Reason);
        Assert.Equal("Call Pat and ask who else they know — at their company or a friend's.", suggestion.WhatToAsk);
    }

    [Fact]
    public void An_interviewers_company_is_named_when_it_is_known()
    {
        var pat = Interviewer(1, "Pat", "Controls engineer") with { CompanyName = "Initech" };

        var suggestion = Assert.Single(engine.Suggest(Input(pat)));

        Assert.Equal("Call Pat and ask who else they know — at Initech or a friend's.", suggestion.WhatToAsk);
    }

    [Theory]
    [InlineData(0, "You planned to follow up with Lee today.")]
    [InlineData(1, "You planned to follow up with Lee yesterday.")]
    [InlineData(4, "You planned to follow up with Lee 4 days ago.")]
    public void A_follow_up_says_when_it_was_planned(int daysOverdue, string expectedReason)
    {
        var suggestion = Assert.Single(engine.Suggest(Input(FollowUpDue(1, "Lee", TodaysDate.AddDays(-daysOverdue)))));

        Assert.Equal(expectedReason, suggestion.Reason);
        Assert.Equal("Call Lee to follow up, and ask who they know at companies that might give you jobs.", suggestion.WhatToAsk);
    }

    [Fact]
    public void Someone_who_helped_before_is_thanked_again()
    {
        var jo = LastAsked(1, "Jo", daysAgo: 200, cadenceDays: 365) with { EverHelped = true, HasPhone = false };

        var suggestion = Assert.Single(engine.Suggest(Input(jo)));

        Assert.Equal("Jo helped you before, and you last asked them 200 days ago.", suggestion.Reason);
        Assert.Equal("Email Jo, thank them again, and ask who they know at companies that might give you jobs.", suggestion.WhatToAsk);
    }

    [Fact]
    public void Someone_met_once_and_never_asked_is_told_apart_from_someone_you_know()
    {
        var suggestion = Assert.Single(engine.Suggest(Input(NeverAsked(1, "Ari", Closeness.MetOnce))));

        Assert.Equal(SuggestionKind.NeverAskedYet, suggestion.Kind);
        Assert.Equal("You met Ari once and have never asked them.", suggestion.Reason);
    }
}
