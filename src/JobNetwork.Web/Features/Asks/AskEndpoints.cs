using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Web.Features.Asks;

public sealed record AskOutcomeChange(AskOutcome Outcome);

/// <summary>One ask as the API reads it; <see cref="Version"/> (also the ETag) goes back with an update.</summary>
public sealed record AskDetails(int Id, int ContactId, DateOnly AskedOn, AskChannel Channel, string Question, AskOutcome Outcome,
    string? Notes, DateOnly? FollowUpOn, Guid Version)
{
    public static AskDetails From(Ask a) => new(a.Id, a.ContactId, a.AskedOn, a.Channel, a.Question, a.Outcome, a.Notes, a.FollowUpOn, a.Version);
}

/// <summary>Asks hang off a contact: list them, log one ("I called Ana today"), record how it went.</summary>
public static class AskEndpoints
{
    public static RouteGroupBuilder MapAskEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/contacts/{id:int}/asks", async (int id, ContactService contacts, AskService asks, CancellationToken ct) =>
            await contacts.GetAsync(id, ct) is null
                ? (IResult)ApiProblems.NotFound("contact")
                : TypedResults.Ok(await asks.ForContactAsync(id, ct)))
            .WithTags("Asks").WithSummary("Everything you asked this contact, newest first")
            .Produces<IReadOnlyList<AskRow>>().ProducesProblem(404);

        api.MapPost("/contacts/{id:int}/asks", async (int id, AskForm form, AskService asks, UserClock userClock, CancellationToken ct) =>
        {
            // A script logging a call made just now needn't know the user's time zone to name the day.
            form.AskedOn ??= (await userClock.TodayAsync(ct)).ToDateTime(TimeOnly.MinValue);
            if (ApiProblems.Validate(form) is { } invalid)
            {
                return (IResult)invalid;
            }

            var result = await asks.LogAsync(id, form, ct);
            return ApiProblems.From(result, askId => TypedResults.Created($"{ApiRegistration.Prefix}/contacts/{id}/asks", new { id = askId }));
        }).Writes().WithTags("Asks").WithSummary("Log an ask (askedOn defaults to today in your time zone)")
            .Produces(201).ProducesValidationProblem().ProducesProblem(400).ProducesProblem(404);

        api.MapPut("/asks/{id:int}/outcome", async (int id, AskOutcomeChange change, AskService asks, CancellationToken ct) =>
            await asks.SetOutcomeAsync(id, change.Outcome, ct) ? (IResult)TypedResults.NoContent() : ApiProblems.NotFound("ask"))
            .Writes().WithTags("Asks").WithSummary("Record how an ask went").Produces(204).ProducesProblem(404);

        var asks = api.MapGroup("/asks").WithTags("Asks");
        asks.MapGet("/{id:int}", async (int id, HttpContext http, AskEditing editing, CancellationToken ct) =>
        {
            if (await editing.GetAsync(id, ct) is not { } ask)
            {
                return (IResult)ApiProblems.NotFound("ask");
            }

            ApiVersions.SetETag(http, ask.Version);
            return TypedResults.Ok(AskDetails.From(ask));
        }).WithSummary("One ask, with its version as the ETag").Produces<AskDetails>().ProducesProblem(404);

        asks.MapPut("/{id:int}", (int id, AskForm form, HttpContext http, AskEditing editing, CancellationToken ct) =>
            ApiUpdates.UpdateAsync(http, form, form.Version, v => form.Version = v, () => editing.UpdateAsync(id, form, ct), async () =>
            {
                var ask = (await editing.GetAsync(id, ct))!;
                return (AskDetails.From(ask), ask.Version);
            }))
            .Writes().WithSummary("Correct an ask's fields; send the version you read (If-Match or \"version\")")
            .Produces<AskDetails>().ProducesValidationProblem().ProducesProblem(400).ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        asks.MapDeleteToTrash(TrashKind.Ask, "ask");
        return api;
    }
}
