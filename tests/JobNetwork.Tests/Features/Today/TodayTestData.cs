using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Today;

/// <summary>Builders that start from a contact no rule picks, so each test states only the fact it is about.</summary>
internal static class TodayTestData
{
    /// <summary>09:00 UTC: still the same date in Los Angeles (02:00) and Auckland (22:00).</summary>
    public static readonly DateTimeOffset NowUtc = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly TodaysDate = new(2026, 3, 10);

    public static SuggestionEngine EngineAt(DateTimeOffset utcNow) => new(new FakeTimeProvider(utcNow));

    public static SuggestionEngine Engine() => EngineAt(NowUtc);

    /// <summary>Asked yesterday, known but not closely, has a phone: due for nothing until a test says so.</summary>
    public static CandidateContact Person(int id, string name) => new(
        Id: id,
        Name: name,
        Closeness: Closeness.Know,
        HasPhone: true,
        HasEmail: true,
        CompanyName: null,
        PrimaryCircleId: 1,
        PrimaryCircleName: "Friends",
        InUnpluggedCircleOnly: false,
        CadenceDays: null,
        LastAskedOn: TodaysDate.AddDays(-1),
        TimesAsked: 1,
        EverHelped: false,
        LastDeclinedOn: null,
        FollowUpDueOn: null,
        IsNamedReferralNotContacted: false,
        ReferredByName: null,
        IsInterviewerOfTurnedDownLeadNotAsked: false,
        InterviewLeadTitle: null);

    public static CandidateContact NeverAsked(int id, string name, Closeness closeness = Closeness.KnowWell) =>
        Person(id, name) with { Closeness = closeness, LastAskedOn = null, TimesAsked = 0 };

    public static CandidateContact FollowUpDue(int id, string name, DateOnly dueOn) =>
        Person(id, name) with { FollowUpDueOn = dueOn };

    public static CandidateContact NamedReferral(int id, string name, string referredBy) =>
        NeverAsked(id, name, Closeness.MetOnce) with { IsNamedReferralNotContacted = true, ReferredByName = referredBy };

    public static CandidateContact Interviewer(int id, string name, string leadTitle) =>
        Person(id, name) with { Closeness = Closeness.MetOnce, IsInterviewerOfTurnedDownLeadNotAsked = true, InterviewLeadTitle = leadTitle };

    public static CandidateContact LastAsked(int id, string name, int daysAgo, int? cadenceDays = null) =>
        Person(id, name) with { LastAskedOn = TodaysDate.AddDays(-daysAgo), CadenceDays = cadenceDays };

    public static SuggestionInput Input(params CandidateContact[] contacts) => new(
        TimeZoneInfo.Utc,
        Count: SuggestionEngine.MaxCount,
        contacts,
        TargetCompanyNames: [],
        SuggestedYesterday: new HashSet<int>(),
        SnoozedOrSkippedToday: new HashSet<int>());

    public static CandidateContact[] TenPeopleYouKnowWell() =>
        [.. Enumerable.Range(1, 10).Select(id => NeverAsked(id, $"Friend {id}"))];

    public static List<int?> Ids(IEnumerable<Suggestion> suggestions) => [.. suggestions.Select(s => s.ContactId)];

    public static List<SuggestionKind> Kinds(IEnumerable<Suggestion> suggestions) => [.. suggestions.Select(s => s.Kind)];
}
