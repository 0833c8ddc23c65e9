namespace JobNetwork.Web.Domain;

/// <summary>How each kind of circle is named to the user, and the order the seed advice plugs them in.</summary>
public static class CircleKindText
{
    public static string Label(this CircleKind kind) => kind switch
    {
        CircleKind.Friends => "Friends",
        CircleKind.Acquaintances => "Acquaintances",
        CircleKind.Coworkers => "Coworkers (current)",
        CircleKind.FormerCoworkers => "Former coworkers",
        CircleKind.MetWhileJobHunting => "Met while job hunting",
        CircleKind.CommunityGroup => "Community group",
        CircleKind.RecruiterOrAgency => "Recruiter or agency",
        CircleKind.Alumni => "Alumni",
        _ => "Other",
    };

    public static string Hint(this CircleKind kind) => kind switch
    {
        CircleKind.Friends => "Start here: people you know well. Ask each one, individually.",
        CircleKind.Acquaintances => "Next: people you know, if not closely.",
        CircleKind.Coworkers => "People you work with now.",
        CircleKind.FormerCoworkers => "People you worked with before.",
        CircleKind.MetWhileJobHunting => "Everyone you meet while hunting — even the interviewer who turned you down.",
        CircleKind.CommunityGroup => "A synagogue, a church, the Elks Club, a club or team.",
        CircleKind.RecruiterOrAgency => "Agencies have a narrow focus: note what they cover.",
        CircleKind.Alumni => "People from your school or university.",
        _ => "Any other group of people.",
    };

    /// <summary>The order that works: friends, acquaintances, coworkers, people met while hunting, plus community groups.</summary>
    public static IReadOnlyList<CircleKind> StarterKinds { get; } =
    [
        CircleKind.Friends, CircleKind.Acquaintances, CircleKind.Coworkers, CircleKind.FormerCoworkers,
        CircleKind.MetWhileJobHunting, CircleKind.CommunityGroup,
    ];
}
