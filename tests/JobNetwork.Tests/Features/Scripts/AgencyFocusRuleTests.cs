using JobNetwork.Web.Features.Scripts;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>An agency's focus against the roles and industries the user is looking for.</summary>
public sealed class AgencyFocusRuleTests
{
    [Theory]
    [InlineData("nurses, care staff", "controls engineer", "robotics", FocusFit.Mismatch)]
    [InlineData("Nursing and healthcare", "controls engineer", null, FocusFit.Mismatch)]
    [InlineData("engineering, manufacturing", "controls engineer", null, FocusFit.Fits)]
    [InlineData("Robotics startups", "controls engineer", "robotics", FocusFit.Fits)]
    [InlineData("Software Developers", "software developer", null, FocusFit.Fits)]
    [InlineData("general staffing, all industries", "controls engineer", null, FocusFit.Fits)]
    public void Overlapping_words_fit_and_disjoint_ones_do_not(string focus, string? roles, string? industries, FocusFit expected) =>
        Assert.Equal(expected, AgencyFocusRule.Match(focus, roles, industries));

    [Theory]
    [InlineData(null, "controls engineer", null)]
    [InlineData("  ", "controls engineer", null)]
    [InlineData("nurses", null, null)]
    [InlineData("nurses", " ", "")]
    public void Without_a_focus_or_a_profile_there_is_no_judgement(string? focus, string? roles, string? industries) =>
        Assert.Equal(FocusFit.Unknown, AgencyFocusRule.Match(focus, roles, industries));

    [Fact]
    public void Filler_words_alone_never_make_a_fit()
    {
        Assert.Equal(FocusFit.Mismatch, AgencyFocusRule.Match("senior roles in nursing", "senior roles in controls", null));
    }
}
