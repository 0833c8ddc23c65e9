using System.Text.RegularExpressions;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>
/// Builds what to say to one person: picks the situation from who they are, then fills the user's template (or the
/// default) from the profile, the person and the companies they might reach. Plain text in, plain text out: values
/// are inserted once and never scanned again, so a name such as "{pitch}" or "&lt;b&gt;" stays literally that.
/// </summary>
public static partial class ScriptBuilder
{
    /// <summary>How many companies the question names; more than three is a list, not a question.</summary>
    public const int MaxTargetsNamed = 3;

    public const string TargetsFallback = "companies that might hire someone like me";

    /// <summary>Every placeholder a template may use, with what it becomes, for the template editor.</summary>
    public static readonly IReadOnlyList<(string Placeholder, string Meaning)> Placeholders =
    [
        ("{first name}", "the person's first name"),
        ("{name}", "the person's full name"),
        ("{company}", "where they work"),
        ("{string}", "the string (circle) they are on"),
        ("{focus}", "their agency's or group's focus"),
        ("{referrer}", "who suggested you talk to them"),
        ("{referred}", "the person they put you in touch with"),
        ("{lead}", "the job they interviewed you for"),
        ("{targets}", "up to three companies they might reach"),
        ("{roles}", "the roles you're after (profile)"),
        ("{industries}", "your industries (profile)"),
        ("{locations}", "where you want to work (profile)"),
        ("{pitch}", "your two-sentence pitch (profile)"),
    ];

    /// <summary>The situation that fits this person best: who put you in touch and how you know them come first.</summary>
    public static ScriptSituation SituationFor(ScriptPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!string.IsNullOrWhiteSpace(person.InterviewLeadTitle))
        {
            return ScriptSituation.InterviewerWhoTurnedYouDown;
        }

        if (!string.IsNullOrWhiteSpace(person.ReferredByName))
        {
            return ScriptSituation.Referred;
        }

        return person.PrimaryCircleKind switch
        {
            CircleKind.RecruiterOrAgency => ScriptSituation.NarrowFocusAgency,
            CircleKind.Coworkers or CircleKind.FormerCoworkers => ScriptSituation.FormerCoworker,
            CircleKind.CommunityGroup or CircleKind.Alumni => ScriptSituation.CommunityGroupMember,
            CircleKind.Friends => ScriptSituation.Friend,
            _ => person.Closeness == Closeness.KnowWell ? ScriptSituation.Friend : ScriptSituation.Acquaintance,
        };
    }

    /// <summary>The script for the person's own situation.</summary>
    public static Script For(
        ScriptPerson person, ScriptProfile profile, IEnumerable<string?> reachableCompanies, IReadOnlyDictionary<ScriptSituation, string> userTemplates) =>
        For(SituationFor(person), person, profile, reachableCompanies, userTemplates);

    /// <summary>The script for a given situation, e.g. a thank-you, whatever the person's usual situation.</summary>
    public static Script For(
        ScriptSituation situation, ScriptPerson person, ScriptProfile profile, IEnumerable<string?> reachableCompanies,
        IReadOnlyDictionary<ScriptSituation, string> userTemplates)
    {
        ArgumentNullException.ThrowIfNull(userTemplates);
        var template = userTemplates.TryGetValue(situation, out var own) && !string.IsNullOrWhiteSpace(own) ? own : ScriptDefaults.For(situation);
        return new Script(situation, Fill(template, Values(person, profile, reachableCompanies)));
    }

    /// <summary>
    /// Companies in the order they are worth naming, distinct, at most <see cref="MaxTargetsNamed"/>, joined as
    /// "A, B or C". Null or blank names are skipped.
    /// </summary>
    public static string TargetsText(IEnumerable<string?> companies)
    {
        ArgumentNullException.ThrowIfNull(companies);
        var names = companies.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Flatten(c!))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTargetsNamed).ToList();
        return JoinWithOr(names);
    }

    /// <summary>Placeholders in a template that the builder does not know, so the editor can point at typos.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var known = Placeholders.Select(p => p.Placeholder).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return PlaceholderPattern().Matches(template).Select(m => m.Value).Where(p => !known.Contains(p)).Distinct().ToList();
    }

    internal static Dictionary<string, string> Values(ScriptPerson person, ScriptProfile profile, IEnumerable<string?> reachableCompanies)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(profile);
        var name = Flatten(person.Name);
        var targets = TargetsText(reachableCompanies);
        return new(StringComparer.OrdinalIgnoreCase)
        {
            ["first name"] = name.Length == 0 ? "there" : name.Split(' ')[0],
            ["name"] = name.Length == 0 ? "there" : name,
            ["company"] = Flatten(person.CompanyName),
            ["string"] = Flatten(person.PrimaryCircleName),
            ["focus"] = Flatten(person.CircleFocus),
            ["referrer"] = Flatten(person.ReferredByName),
            ["referred"] = Flatten(person.PersonTheyReferred),
            ["lead"] = Flatten(person.InterviewLeadTitle),
            ["targets"] = targets.Length == 0 ? TargetsFallback : targets,
            ["roles"] = JoinWithOr(SplitList(profile.RolesSought)),
            ["industries"] = JoinWithOr(SplitList(profile.Industries)),
            ["locations"] = JoinWithOr(SplitList(profile.Locations)),
            ["pitch"] = Flatten(profile.Pitch),
        };
    }

    /// <summary>
    /// Replaces placeholders line by line and sentence by sentence; a sentence that uses a placeholder with no value
    /// is left out rather than read with a hole in it. Unknown placeholders stay as typed.
    /// </summary>
    internal static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var lines = template.ReplaceLineEndings("\n").Split('\n').Select(line =>
        {
            var sentences = SentenceBreak().Split(line.Trim())
                .Where(sentence => !PlaceholderPattern().Matches(sentence)
                    .Any(m => values.TryGetValue(Key(m.Value), out var value) && value.Length == 0))
                .Select(sentence => PlaceholderPattern().Replace(sentence, m => values.TryGetValue(Key(m.Value), out var value) ? value : m.Value));
            return string.Join(' ', sentences.Where(s => s.Length > 0));
        });
        return string.Join('\n', lines).Trim();
    }

    private static string Key(string placeholder) => placeholder[1..^1].Trim();

    private static IReadOnlyList<string> SplitList(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Flatten).ToList();

    private static string JoinWithOr(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}",
    };

    /// <summary>One line of text: a value never brings its own line breaks or runs of spaces into a script.</summary>
    private static string Flatten(string? value) => string.IsNullOrWhiteSpace(value) ? "" : Whitespace().Replace(value.Trim(), " ");

    [GeneratedRegex(@"\{[^{}\n]{1,30}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
