using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Web.Features.Contacts;

/// <summary>A contact as the API reads it; <see cref="Version"/> (also the ETag) goes back with an update.</summary>
public sealed record ContactDetails(
    int Id, string Name, string? HowWeMet, Closeness Closeness, int? CompanyId, string? CompanyName, string? Title,
    string? Email, string? Phone, string? LinkedInUrl, string? Location, string? Notes, DateOnly? NextFollowUpOn,
    IReadOnlyList<int> CircleIds, int? PrimaryCircleId, IReadOnlyList<string> Tags, Guid Version)
{
    public static ContactDetails From(Contact c) => new(
        c.Id, c.Name, c.HowWeMet, c.Closeness, c.CompanyId, c.Company?.Name, c.Title, c.Email, c.Phone, c.LinkedInUrl,
        c.Location, c.Notes, c.NextFollowUpOn, c.Memberships.Select(m => m.CircleId).Order().ToList(),
        c.Memberships.FirstOrDefault(m => m.IsPrimary)?.CircleId, c.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(), c.Version);
}

/// <summary>/api/v1/contacts: the same <see cref="ContactService"/> (and ownership filter) as the contacts pages.</summary>
public static class ContactEndpoints
{
    public static RouteGroupBuilder MapContactEndpoints(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");

        contacts.MapGet("/", async (ContactService service, CancellationToken ct, string? search = null, int? circleId = null,
            Closeness? closeness = null, int? companyId = null, string? tag = null, ContactSort sort = ContactSort.Name,
            bool descending = false, int page = 1, int pageSize = ApiPaging.DefaultPageSize) =>
        {
            if (ApiPaging.Check(page, pageSize) is { } invalid)
            {
                return (IResult)invalid;
            }

            var result = await service.SearchAsync(new ContactQuery
            {
                Search = search, CircleId = circleId, Closeness = closeness, CompanyId = companyId, Tag = tag,
                Sort = sort, Descending = descending, Page = page - 1, PageSize = pageSize,
            }, ct);
            return TypedResults.Ok(new ApiPage<ContactRow>(result.Items, page, pageSize, result.TotalCount));
        }).WithSummary("Search, filter and page your contacts").Produces<ApiPage<ContactRow>>().ProducesValidationProblem();

        contacts.MapGet("/{id:int}", async (int id, HttpContext http, ContactService service, CancellationToken ct) =>
        {
            if (await service.GetAsync(id, ct) is not { } contact)
            {
                return (IResult)ApiProblems.NotFound("contact");
            }

            ApiVersions.SetETag(http, contact.Version);
            return TypedResults.Ok(ContactDetails.From(contact));
        }).WithSummary("One contact, with its version as the ETag").Produces<ContactDetails>().ProducesProblem(404);

        contacts.MapPost("/", async (ContactForm form, ContactService service, CancellationToken ct) =>
        {
            if (ApiProblems.Validate(form) is { } invalid)
            {
                return (IResult)invalid;
            }

            var result = await service.CreateAsync(form, ct);
            return result.Succeeded
                ? TypedResults.Created($"{ApiRegistration.Prefix}/contacts/{result.Id}", ContactDetails.From((await service.GetAsync(result.Id!.Value, ct))!))
                : ApiProblems.From(result, _ => TypedResults.NoContent());
        }).Writes().WithSummary("Add a contact").Produces<ContactDetails>(201).ProducesValidationProblem().ProducesProblem(400);

        contacts.MapPut("/{id:int}", async (int id, ContactForm form, HttpContext http, ContactService service, CancellationToken ct) =>
        {
            if (ApiProblems.Validate(form) is { } invalid)
            {
                return (IResult)invalid;
            }

            form.Version = ApiVersions.Expected(http.Request, form.Version);
            if (form.Version == Guid.Empty)
            {
                return ApiProblems.VersionRequired();
            }

            var result = await service.UpdateAsync(id, form, ct);
            if (!result.Succeeded)
            {
                return ApiProblems.From(result, _ => TypedResults.NoContent());
            }

            ApiVersions.SetETag(http, form.Version);
            return TypedResults.Ok(ContactDetails.From((await service.GetAsync(id, ct))!));
        }).Writes().WithSummary("Replace a contact's fields; send the version you read (If-Match or \"version\")")
            .Produces<ContactDetails>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        contacts.MapDeleteToTrash(TrashKind.Contact, "contact");

        return api;
    }
}
