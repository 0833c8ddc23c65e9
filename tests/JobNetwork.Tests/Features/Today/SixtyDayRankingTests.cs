using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

/// <summary>
/// Today's ranking over sixty days on a crafted network (three strings of six people, four more met on day 33), asking everyone suggested each
/// day: nobody is re-asked while someone never asked is on a string with room that day, no string takes a third place while another string had
/// someone to suggest, and nobody is left dark for good.
/// </summary>
public sealed class SixtyDayRankingTests
{
    private const int Days = 60;
    private const int PerDay = 3;
    private const int PeopleMetLaterOnDay = 33;

    [Fact]
    public void Sixty_days_of_asking_everyone_suggested()
    {
        var engine = Engine();
        var network = CraftedNetwork();
        var yesterday = new HashSet<int>();
        var firstDay = TodaysDate;

        for (var day = firstDay; day < firstDay.AddDays(Days); day = day.AddDays(1))
        {
            if (day == firstDay.AddDays(PeopleMetLaterOnDay))
            {
                // People met in the second month, while the first month's asks come due again.
                for (var n = 1; n <= 4; n++)
                {
                    var met = NeverAsked(400 + n, $"Met later {n}", Closeness.MetOnce) with { PrimaryCircleId = 3, PrimaryCircleName = "Met while job hunting" };
                    network[met.Id] = met;
                }
            }

            var input = Input([.. network.Values]) with { Count = PerDay, Today = day, SuggestedYesterday = yesterday };
            var picks = engine.Suggest(input).Where(s => s.ContactId is not null).ToList();

            // A re-ask takes a place only when everyone never asked is on a string that already has its two places.
            var picksPerString = picks.GroupBy(s => network[s.ContactId!.Value].PrimaryCircleId).ToDictionary(g => g.Key ?? 0, g => g.Count());
            var neverAskedWithRoom = network.Values.Any(c => c.NeverAsked && !SuggestionRules.IsExcluded(c, input, day)
                && picks.All(s => s.ContactId != c.Id) && picksPerString.GetValueOrDefault(c.PrimaryCircleId ?? 0) < StringSpread.MaxPerStringPerDay);
            if (neverAskedWithRoom)
            {
                Assert.DoesNotContain(picks, s => s.Kind is SuggestionKind.KeepInTouch or SuggestionKind.HelpedBeforeTryAgain);
            }

            foreach (var crowded in picks.GroupBy(s => network[s.ContactId!.Value].PrimaryCircleId).Where(g => g.Count() > StringSpread.MaxPerStringPerDay))
            {
                var pickedIds = picks.Select(s => s.ContactId!.Value).ToHashSet();
                Assert.DoesNotContain(network.Values, c => c.PrimaryCircleId != crowded.Key && !pickedIds.Contains(c.Id)
                    && !SuggestionRules.IsExcluded(c, input, day) && SuggestionRules.Match(c, day) is not null);
            }

            foreach (var pick in picks)
            {
                var contact = network[pick.ContactId!.Value];
                network[contact.Id] = contact with { LastAskedOn = day, TimesAsked = contact.TimesAsked + 1 };
            }

            yesterday = [.. picks.Select(s => s.ContactId!.Value)];
        }

        // Everyone from the start was asked again after going dark; everyone met later was asked at least once.
        Assert.All(network.Values, contact => Assert.True(contact.TimesAsked >= (contact.Id > 400 ? 1 : 2),
            $"{contact.Name} was asked {contact.TimesAsked} times in {Days} days"));
    }

    private static Dictionary<int, CandidateContact> CraftedNetwork()
    {
        var strings = new[] { (Id: 1, Name: "Friends", Closeness.KnowWell), (Id: 2, Name: "Coworkers", Closeness.Know), (Id: 3, Name: "Met while job hunting", Closeness.MetOnce) };
        return strings
            .SelectMany(s => Enumerable.Range(1, 6).Select(n => NeverAsked(s.Id * 100 + n, $"{s.Name} {n}", s.Item3) with { PrimaryCircleId = s.Id, PrimaryCircleName = s.Name }))
            .ToDictionary(c => c.Id);
    }
}
