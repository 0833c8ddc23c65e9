using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Web.Features.Companies;

public sealed record CompanyDetails(int Id, string Name, string? Website, string? Industry, string? Location, string? Notes,
    bool IsTarget, IReadOnlyList<int> ContactIds, Guid Version)
{
    public static CompanyDetails From(Company c) =>
        new(c.Id, c.Name, c.Website, c.Industry, c.Location, c.Notes, c.IsTarget, c.Contacts.Select(p => p.Id).ToList(), c.Version);
}

/// <summary>/api/v1/companies, through <see cref="CompanyService"/>.</summary>
public static class CompanyEndpoints
{
    public static RouteGroupBuilder MapCompanyEndpoints(this RouteGroupBuilder api)
    {
        var companies = api.MapGroup("/companies").WithTags("Companies");

        companies.MapGet("/", async (CompanyService service, CancellationToken ct, string? search = null, bool targetsOnly = false,
            CompanySort sort = CompanySort.Name, bool descending = false, int page = 1, int pageSize = ApiPaging.DefaultPageSize) =>
        {
            if (ApiPaging.Check(page, pageSize) is { } invalid)
            {
                return (IResult)invalid;
            }

            var result = await service.SearchAsync(new CompanyQuery(search, targetsOnly, sort, descending, page - 1, pageSize), ct);
            return TypedResults.Ok(new ApiPage<CompanyRow>(result.Items, page, pageSize, result.TotalCount));
        }).WithSummary("Search and page your companies").Produces<ApiPage<CompanyRow>>().ProducesValidationProblem();

        companies.MapGet("/{id:int}", async (int id, HttpContext http, CompanyService service, CancellationToken ct) =>
        {
            if (await service.GetAsync(id, ct) is not { } company)
            {
                return (IResult)ApiProblems.NotFound("company");
            }

            ApiVersions.SetETag(http, company.Version);
            return TypedResults.Ok(CompanyDetails.From(company));
        }).WithSummary("One company, with its version as the ETag").Produces<CompanyDetails>().ProducesProblem(404);

        companies.MapPost("/", (CompanyForm form, CompanyService service, CancellationToken ct) =>
            ApiUpdates.CreateAsync(form, () => service.SaveAsync(null, form, ct),
                async id => CompanyDetails.From((await service.GetAsync(id, ct))!), "/companies"))
            .Writes().WithSummary("Add a company").Produces<CompanyDetails>(201).ProducesValidationProblem().ProducesProblem(400);

        companies.MapPut("/{id:int}", (int id, CompanyForm form, HttpContext http, CompanyService service, CancellationToken ct) =>
            ApiUpdates.UpdateAsync(http, form, form.Version, v => form.Version = v, () => service.SaveAsync(id, form, ct), async () =>
            {
                var company = (await service.GetAsync(id, ct))!;
                return (CompanyDetails.From(company), company.Version);
            }))
            .Writes().WithSummary("Replace a company's fields; send the version you read (If-Match or \"version\")")
            .Produces<CompanyDetails>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        companies.MapDeleteToTrash(TrashKind.Company, "company");

        return api;
    }
}
