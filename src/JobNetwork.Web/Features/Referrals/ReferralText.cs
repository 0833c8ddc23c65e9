using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Referrals;

public static class ReferralText
{
    public static string Label(this ReferralStatus status) => status switch
    {
        ReferralStatus.IntroRequested => "Intro requested",
        ReferralStatus.Introduced => "Introduced",
        ReferralStatus.Talked => "Talked",
        ReferralStatus.Lead => "Lead",
        ReferralStatus.NothingCameOfIt => "Nothing came of it",
        _ => "Named",
    };
}
