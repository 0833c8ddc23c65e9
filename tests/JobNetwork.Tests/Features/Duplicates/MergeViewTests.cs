using Bunit;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Duplicates;
using Microsoft.AspNetCore.Components;

namespace JobNetwork.Tests.Features.Duplicates;

/// <summary>The side-by-side view asks only about the fields that differ, starts from sensible choices, and hands them on.</summary>
public sealed class MergeViewTests : MudComponentTest
{
    private static MergeCandidate Candidate()
    {
        var acme = new Company { Id = 1, Name = "Acme Corp" };
        var linkedIn = new Contact
        {
            Id = 1, Name = "Priya Raman", Company = acme, CompanyId = 1, Title = "Engineering Manager", Notes = "Met at <b>the</b> meetup",
            Memberships = [new ContactCircle { CircleId = 1, Circle = new Circle { Id = 1, Name = "Friends" }, IsPrimary = true }],
        };
        var phone = new Contact
        {
            Id = 2, Name = "Priya Raman", Email = "priya@example.com", Phone = "+44 7700 900123", Notes = "From my phone",
            Tags = [new ContactTag { Name = "imported" }],
        };
        return new MergeCandidate(new MergeSideView(linkedIn, 1, 0, 1), new MergeSideView(phone, 2, 1, 0));
    }

    private IRenderedComponent<MergeView> Render(Action<IReadOnlyDictionary<MergeField, MergeSide>> onMerge) =>
        Context.Render<MergeView>(p => p
            .Add(v => v.Candidate, Candidate())
            .Add(v => v.OnMerge, EventCallback.Factory.Create<IReadOnlyDictionary<MergeField, MergeSide>>(this, onMerge)));

    [Fact]
    public void Only_differing_fields_are_asked_with_blanks_filled_from_the_other_and_both_notes_kept()
    {
        IReadOnlyDictionary<MergeField, MergeSide>? chosen = null;
        var view = Render(c => chosen = c);

        var asked = view.FindAll("[data-field]").Select(e => e.GetAttribute("data-field")).ToList();
        Assert.Equal(["Company", "Title", "Email", "Phone", "Notes"], asked);
        Assert.Contains("Met at <b>the</b> meetup", view.Find("[data-field=Notes]").TextContent, StringComparison.Ordinal);
        Assert.Contains("3 asks", view.Markup, StringComparison.Ordinal);
        Assert.Contains("circles: Friends,", view.Markup, StringComparison.Ordinal);
        Assert.Contains("tags: imported.", view.Markup, StringComparison.Ordinal);

        view.FindAll("button").Single(b => b.TextContent.Trim() == "Merge").Click();

        Assert.NotNull(chosen);
        Assert.Equal(MergeSide.Survivor, chosen[MergeField.Company]);
        Assert.Equal(MergeSide.Duplicate, chosen[MergeField.Email]);
        Assert.Equal(MergeSide.Duplicate, chosen[MergeField.Phone]);
        Assert.Equal(MergeSide.Both, chosen[MergeField.Notes]);
        Assert.False(chosen.ContainsKey(MergeField.Name));
    }

    [Fact]
    public void Picking_the_other_value_is_what_the_merge_receives()
    {
        IReadOnlyDictionary<MergeField, MergeSide>? chosen = null;
        var view = Render(c => chosen = c);

        // The second radio of a field is the other record's value.
        view.FindAll("[data-field=Company] input[type=radio]")[1].Click();
        view.FindAll("[data-field=Notes] input[type=radio]")[0].Click();
        view.FindAll("button").Single(b => b.TextContent.Trim() == "Merge").Click();

        view.WaitForAssertion(() => Assert.NotNull(chosen));
        Assert.Equal(MergeSide.Duplicate, chosen![MergeField.Company]);
        Assert.Equal(MergeSide.Survivor, chosen[MergeField.Notes]);
    }
}
