using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Asks;

public sealed record AskOutcomeChange(AskOutcome Outcome);

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

        api.MapPost("/contacts/{id:int}/asks", async (int id, AskForm form, AskService asks, CancellationToken ct) =>
        {
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

        return api;
    }
}
