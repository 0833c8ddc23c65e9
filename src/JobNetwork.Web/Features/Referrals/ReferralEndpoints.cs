using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Referrals;

public sealed record ContactReferrals(IReadOnlyList<ReferralRow> Given, IReadOnlyList<ReferralRow> Received);

public sealed record ReferralStatusRequest(ReferralStatus Status);

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

        api.MapGet("/referrals/{id:int}", async (int id, ReferralService referrals, CancellationToken ct) =>
            await referrals.GetAsync(id, ct) is { } referral ? (IResult)TypedResults.Ok(referral) : ApiProblems.NotFound("referral"))
            .WithTags("Referrals").WithSummary("One referral").Produces<ReferralRow>().ProducesProblem(404);

        api.MapPut("/referrals/{id:int}/status", async (int id, ReferralStatusRequest change, ReferralService referrals, CancellationToken ct) =>
            await referrals.SetStatusAsync(id, change.Status, ct) ? (IResult)TypedResults.NoContent() : ApiProblems.NotFound("referral"))
            .Writes().WithTags("Referrals").WithSummary("Move a referral to another status").Produces(204).ProducesProblem(404);

        return api;
    }
}
