using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;

namespace JobNetwork.Web.Features.Today;

public sealed record SuggestionItem(int Id, int? ContactId, string ContactName, string Kind, AskChannel SuggestedChannel,
    string WhatToAsk, string Reason, DailySuggestionStatus Status);

public sealed record TodayList(DateOnly Today, IReadOnlyList<SuggestionItem> Suggestions, int Streak, int AsksThisWeek)
{
    public static TodayList From(TodayView view) => new(view.Today,
        view.Suggestions.Select(s => new SuggestionItem(s.Id, s.ContactId, s.ContactName, s.Kind, s.SuggestedChannel, s.WhatToAsk, s.Reason, s.Status)).ToList(),
        view.Streak, view.AsksThisWeek);
}

/// <summary>/api/v1/today: the same stored daily list as the Today page, so a phone and the browser agree.</summary>
public static class TodayEndpoints
{
    public static RouteGroupBuilder MapTodayEndpoints(this RouteGroupBuilder api)
    {
        var today = api.MapGroup("/today").WithTags("Today");

        today.MapGet("/", async (TodayService service, CancellationToken ct) => TypedResults.Ok(TodayList.From(await service.GetAsync(ct))))
            .WithSummary("Today's suggestions (chosen once per day in your time zone)");

        today.MapPost("/{id:int}/done", (int id, TodayService service, CancellationToken ct) => Answer(service.MarkDoneAsync(id, ct), service, ct))
            .Writes().WithSummary("Mark a suggestion done").Produces<TodayList>().ProducesProblem(404);
        today.MapPost("/{id:int}/snooze", (int id, TodayService service, CancellationToken ct) => Answer(service.SnoozeAsync(id, ct), service, ct))
            .Writes().WithSummary("Not today: the person may come back tomorrow").Produces<TodayList>().ProducesProblem(404);
        today.MapPost("/{id:int}/skip", (int id, TodayService service, CancellationToken ct) => Answer(service.SkipAsync(id, ct), service, ct))
            .Writes().WithSummary("Not this person: replaced at once with the next one").Produces<TodayList>().ProducesProblem(404);

        // Close the loop: the thank-yous due today, answered like suggestions; none of them counts as an ask.
        var thanks = today.MapGroup("/thank-yous");
        thanks.MapGet("/", async (ThankYouService service, CancellationToken ct) => TypedResults.Ok(await service.DueAsync(ct)))
            .WithSummary("The thank-yous due today: who introduced you to whom, and what moved").Produces<IReadOnlyList<ThankYouRow>>();
        thanks.MapPost("/{id:int}/done", (int id, ThankYouService service, CancellationToken ct) => AnswerThanks(service.MarkDoneAsync(id, ct), service, ct))
            .Writes().WithSummary("Mark a thank-you done (not logged as an ask)").Produces<IReadOnlyList<ThankYouRow>>().ProducesProblem(404);
        thanks.MapPost("/{id:int}/snooze", (int id, ThankYouService service, CancellationToken ct) => AnswerThanks(service.SnoozeAsync(id, ct), service, ct))
            .Writes().WithSummary("Not today: back on tomorrow's list").Produces<IReadOnlyList<ThankYouRow>>().ProducesProblem(404);
        thanks.MapPost("/{id:int}/skip", (int id, ThankYouService service, CancellationToken ct) => AnswerThanks(service.SkipAsync(id, ct), service, ct))
            .Writes().WithSummary("Not this one: it does not come back").Produces<IReadOnlyList<ThankYouRow>>().ProducesProblem(404);

        return api;
    }

    private static async Task<IResult> AnswerThanks(Task<bool> change, ThankYouService service, CancellationToken ct) =>
        await change ? TypedResults.Ok(await service.DueAsync(ct)) : ApiProblems.NotFound("thank-you");

    private static async Task<IResult> Answer(Task<bool> change, TodayService service, CancellationToken ct) =>
        await change ? TypedResults.Ok(TodayList.From(await service.GetAsync(ct))) : ApiProblems.NotFound("suggestion");
}
