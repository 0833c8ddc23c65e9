using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Web.Features.Circles;

public sealed record CircleDetails(int Id, string Name, CircleKind Kind, string? Description, string? Focus, DateOnly PluggedInOn,
    bool IsPluggedIn, int? CadenceDays, Guid Version)
{
    public static CircleDetails From(Circle c) => new(c.Id, c.Name, c.Kind, c.Description, c.Focus, c.PluggedInOn, c.IsPluggedIn, c.CadenceDays, c.Version);
}

/// <summary>/api/v1/circles: the strings of lights, through <see cref="CircleService"/>.</summary>
public static class CircleEndpoints
{
    public static RouteGroupBuilder MapCircleEndpoints(this RouteGroupBuilder api)
    {
        var circles = api.MapGroup("/circles").WithTags("Circles");

        circles.MapGet("/", async (CircleService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithSummary("All your circles, plugged-in first (a handful per person, so not paged)");

        circles.MapGet("/{id:int}", async (int id, HttpContext http, CircleService service, CancellationToken ct) =>
        {
            if (await service.GetAsync(id, ct) is not { } circle)
            {
                return (IResult)ApiProblems.NotFound("circle");
            }

            ApiVersions.SetETag(http, circle.Version);
            return TypedResults.Ok(CircleDetails.From(circle));
        }).WithSummary("One circle, with its version as the ETag").Produces<CircleDetails>().ProducesProblem(404);

        circles.MapPost("/", (CircleForm form, CircleService service, CancellationToken ct) =>
            ApiUpdates.CreateAsync(form, () => service.SaveAsync(null, form, ct),
                async id => CircleDetails.From((await service.GetAsync(id, ct))!), "/circles"))
            .Writes().WithSummary("Plug in a new circle").Produces<CircleDetails>(201).ProducesValidationProblem();

        circles.MapPut("/{id:int}", (int id, CircleForm form, HttpContext http, CircleService service, CancellationToken ct) =>
            ApiUpdates.UpdateAsync(http, form, form.Version, v => form.Version = v, () => service.SaveAsync(id, form, ct), async () =>
            {
                var circle = (await service.GetAsync(id, ct))!;
                return (CircleDetails.From(circle), circle.Version);
            }))
            .Writes().WithSummary("Replace a circle's fields; send the version you read (If-Match or \"version\")")
            .Produces<CircleDetails>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        circles.MapDeleteToTrash(TrashKind.Circle, "circle");

        return api;
    }
}
