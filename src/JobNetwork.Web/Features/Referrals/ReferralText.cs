using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Referrals;

public static class ReferralText
{
    public static string Label(this ReferralStatus status) => status switch
    {
        ReferralStatus.IntroRequested => "Intro requested",
        ReferralStatus.Introduced => "Introduced",
        ReferralStatus.Talked => "Talked",
        _ => "Named",
    };
}
