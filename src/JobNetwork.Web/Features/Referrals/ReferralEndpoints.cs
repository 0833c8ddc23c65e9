using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Web.Features.Referrals;

public sealed record ContactReferrals(IReadOnlyList<ReferralRow> Given, IReadOnlyList<ReferralRow> Received);

/// <summary>Where a referral moves to; <see cref="Version"/> is the one read (or send it as If-Match).</summary>
public sealed record ReferralStatusRequest(ReferralStatus Status, Guid Version);

/// <summary>"Who do they know?": referrals a contact gave, and moving one along.</summary>
public static class ReferralEndpoints
{
    public static RouteGroupBuilder MapReferralEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/contacts/{id:int}/referrals", async (int id, ContactService contacts, ReferralService referrals, CancellationToken ct) =>
        {
            if (await contacts.GetAsync(id, ct) is null)
            {
                return (IResult)ApiProblems.NotFound("contact");
            }

            var (given, received) = await referrals.ForContactAsync(id, ct);
            return TypedResults.Ok(new ContactReferrals(given, received));
        }).WithTags("Referrals").WithSummary("Referrals this contact gave and received")
            .Produces<ContactReferrals>().ProducesProblem(404);

        api.MapPost("/contacts/{id:int}/referrals", async (int id, ReferralForm form, ContactService contacts, ReferralService referrals, CancellationToken ct) =>
        {
            if (ApiProblems.Validate(form) is { } invalid)
            {
                return (IResult)invalid;
            }

            if (await contacts.GetAsync(id, ct) is null)
            {
                return ApiProblems.NotFound("contact");
            }

            var result = await referrals.CreateAsync(id, form, ct);
            return ApiProblems.From(result, referralId =>
                TypedResults.Created($"{ApiRegistration.Prefix}/referrals/{referralId}", new { id = referralId }));
        }).Writes().WithTags("Referrals").WithSummary("Record who this contact told you about (an existing contact, or a new name)")
            .Produces(201).ProducesValidationProblem().ProducesProblem(400).ProducesProblem(404);

        var byId = api.MapGroup("/referrals").WithTags("Referrals");
        byId.MapGet("/{id:int}", async (int id, HttpContext http, ReferralService referrals, CancellationToken ct) =>
            await referrals.GetAsync(id, ct) is { } referral ? WithETag(http, referral) : ApiProblems.NotFound("referral"))
            .WithSummary("One referral, with its version as the ETag").Produces<ReferralRow>().ProducesProblem(404);

        byId.MapPut("/{id:int}/status", async (int id, ReferralStatusRequest change, HttpContext http, ReferralService referrals, CancellationToken ct) =>
        {
            var expected = ApiVersions.Expected(http.Request, change.Version);
            if (expected == Guid.Empty)
            {
                return ApiProblems.VersionRequired();
            }

            var moved = await referrals.MoveAsync(id, change.Status, expected, ct);
            return moved.Status switch
            {
                SaveStatus.Saved when await referrals.GetAsync(id, ct) is { } referral => WithETag(http, referral),
                SaveStatus.ChangedElsewhere => ApiProblems.ChangedElsewhere(),
                _ => ApiProblems.NotFound("referral"),
            };
        }).Writes().WithSummary("Move a referral to another status (the date of the move is kept); send the version you read")
            .Produces<ReferralRow>().ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        byId.MapDeleteToTrash(TrashKind.Referral, "referral");

        return api;
    }

    private static IResult WithETag(HttpContext http, ReferralRow referral)
    {
        ApiVersions.SetETag(http, referral.Version);
        return TypedResults.Ok(referral);
    }
}
