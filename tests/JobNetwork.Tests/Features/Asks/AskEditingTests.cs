using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Tests.Features.Asks;

[Trait("Database", "Any")]
public sealed class AskEditingTests : TwoUserTestBase
{
    private static AskEditing EditingFor(TestUser user) => new(user.Factory, user.UserClock);

    [Fact]
    public async Task Every_field_of_a_logged_ask_can_be_corrected()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ask = await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 10));

        var form = (await EditingFor(Alice).GetFormAsync(ask, None))!;
        form.AskedOn = new DateTime(2026, 6, 9);
        form.Channel = AskChannel.InPerson;
        form.Question = "  Who do you know at Acme?  ";
        form.Outcome = AskOutcome.GaveReferral;
        form.Notes = "Named two people";
        form.FollowUpOn = new DateTime(2026, 6, 20);
        var result = await EditingFor(Alice).UpdateAsync(ask, form, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var row = Assert.Single(await Alice.Asks.ForContactAsync(ann, None));
        Assert.Equal(new AskRow(ask, new DateOnly(2026, 6, 9), AskChannel.InPerson, "Who do you know at Acme?", AskOutcome.GaveReferral,
            "Named two people", new DateOnly(2026, 6, 20)), row);
    }

    [Fact]
    public async Task A_stale_edit_is_changed_elsewhere_and_a_future_day_is_refused()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ask = await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 10));
        var firstTab = (await EditingFor(Alice).GetFormAsync(ask, None))!;
        var secondTab = (await EditingFor(Alice).GetFormAsync(ask, None))!;

        firstTab.Notes = "First";
        secondTab.Notes = "Second";
        Assert.Equal(SaveStatus.Saved, (await EditingFor(Alice).UpdateAsync(ask, firstTab, None)).Status);
        Assert.Equal(SaveStatus.ChangedElsewhere, (await EditingFor(Alice).UpdateAsync(ask, secondTab, None)).Status);
        Assert.Equal("First", (await Alice.Asks.ForContactAsync(ann, None)).Single().Notes);

        firstTab.AskedOn = new DateTime(2026, 7, 1);
        Assert.Equal(SaveStatus.Invalid, (await EditingFor(Alice).UpdateAsync(ask, firstTab, None)).Status);
    }

    [Fact]
    public async Task Another_users_ask_can_be_neither_read_nor_changed()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ask = await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 10));
        var form = (await EditingFor(Alice).GetFormAsync(ask, None))!;

        Assert.Null(await EditingFor(Bob).GetFormAsync(ask, None));
        form.Notes = "Bob was here";
        Assert.Equal(SaveStatus.NotFound, (await EditingFor(Bob).UpdateAsync(ask, form, None)).Status);
        Assert.Null((await Alice.Asks.ForContactAsync(ann, None)).Single().Notes);
    }
}
