using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;

namespace JobNetwork.Web.Features.Trash;

/// <summary>
/// Deleting through the API goes to the Trash, as on the pages: the answer is the <see cref="TrashReceipt"/>, whose
/// entry id undoes the delete with POST /trash/{entryId}/restore (the pages' "Undo").
/// </summary>
public static class TrashEndpoints
{
    public static RouteHandlerBuilder MapDeleteToTrash(this IEndpointRouteBuilder group, TrashKind kind, string what) =>
        group.MapDelete("/{id:int}", async (int id, TrashService trash, CancellationToken ct) =>
                await trash.MoveToTrashAsync(kind, id, ct) is { } receipt ? (IResult)TypedResults.Ok(receipt) : ApiProblems.NotFound(what))
            .Writes().WithSummary($"Move a {what} to the Trash, as its page does; the entry id undoes it")
            .Produces<TrashReceipt>().ProducesProblem(404);

    public static RouteGroupBuilder MapTrashEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/trash/{id:int}/restore", async (int id, TrashRestorer restorer, CancellationToken ct) =>
        {
            var result = await restorer.RestoreAsync(id, ct);
            return result.Status switch
            {
                RestoreStatus.Restored => (IResult)TypedResults.Ok(new TrashRestored(result.Message)),
                RestoreStatus.Blocked => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Restore that first"),
                _ => ApiProblems.NotFound("Trash entry"),
            };
        }).Writes().WithTags("Trash").WithSummary("Undo a delete: bring back everything that went to the Trash with this entry")
            .Produces<TrashRestored>().ProducesProblem(404).ProducesProblem(409);

        return api;
    }
}

public sealed record TrashRestored(string Message);
