using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Trash;

namespace JobNetwork.Web.Features.JobLeads;

public sealed record JobLeadDetails(int Id, string Title, int CompanyId, string CompanyName, JobLeadStatus Status, LeadSource Source,
    int? SourceContactId, int? ReferralId, string? FoundVia, Advertising Advertising, string? Url, string? Notes,
    DateTime CreatedAtUtc, DateTime StatusChangedAtUtc, Guid Version)
{
    public static JobLeadDetails From(JobLead l) => new(l.Id, l.Title, l.CompanyId, l.Company.Name, l.Status, l.Source,
        l.SourceContactId, l.ReferralId, l.FoundVia, l.Advertising, l.Url, l.Notes, l.CreatedAtUtc, l.StatusChangedAtUtc, l.Version);
}

/// <summary>Where a lead moves to; <see cref="Version"/> is the one read (or send it as If-Match).</summary>
public sealed record JobLeadMove(JobLeadStatus Status, Guid Version);

/// <summary>/api/v1/leads, through <see cref="JobLeadService"/>: status moves are how a lead changes.</summary>
public static class JobLeadEndpoints
{
    public static RouteGroupBuilder MapJobLeadEndpoints(this RouteGroupBuilder api)
    {
        var leads = api.MapGroup("/leads").WithTags("Leads");

        leads.MapGet("/", async (JobLeadService service, CancellationToken ct, string? search = null, JobLeadStatus? status = null,
            int? companyId = null, int? circleId = null, int page = 1, int pageSize = ApiPaging.DefaultPageSize) =>
        {
            if (ApiPaging.Check(page, pageSize) is { } invalid)
            {
                return (IResult)invalid;
            }

            var result = await service.SearchAsync(new JobLeadQuery(search, status, companyId, circleId, Page: page - 1, PageSize: pageSize), ct);
            return TypedResults.Ok(new ApiPage<JobLeadRow>(result.Items, page, pageSize, result.TotalCount));
        }).WithSummary("Search, filter and page your job leads (latest move first)").Produces<ApiPage<JobLeadRow>>().ProducesValidationProblem();

        leads.MapGet("/{id:int}", async (int id, HttpContext http, JobLeadService service, CancellationToken ct) =>
        {
            if (await service.GetAsync(id, ct) is not { } lead)
            {
                return (IResult)ApiProblems.NotFound("lead");
            }

            ApiVersions.SetETag(http, lead.Version);
            return TypedResults.Ok(JobLeadDetails.From(lead));
        }).WithSummary("One lead, with its version as the ETag").Produces<JobLeadDetails>().ProducesProblem(404);

        leads.MapPost("/", (JobLeadForm form, JobLeadService service, CancellationToken ct) =>
            ApiUpdates.CreateAsync(form, () => service.CreateAsync(form, ct),
                async id => JobLeadDetails.From((await service.GetAsync(id, ct))!), "/leads"))
            .Writes().WithSummary("Add a job lead").Produces<JobLeadDetails>(201).ProducesValidationProblem().ProducesProblem(400);

        leads.MapPut("/{id:int}", (int id, JobLeadEditForm form, HttpContext http, JobLeadEditing editing, JobLeadService service, CancellationToken ct) =>
            ApiUpdates.UpdateAsync(http, form, form.Version, v => form.Version = v, () => editing.UpdateAsync(id, form, ct), async () =>
            {
                var lead = (await service.GetAsync(id, ct))!;
                return (JobLeadDetails.From(lead), lead.Version);
            }))
            .Writes().WithSummary("Correct a lead's title, company, link and notes (status moves and credit stay); send the version you read")
            .Produces<JobLeadDetails>().ProducesValidationProblem().ProducesProblem(400).ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        leads.MapPost("/{id:int}/moves", async (int id, JobLeadMove move, HttpContext http, JobLeadService service, CancellationToken ct) =>
        {
            var expected = ApiVersions.Expected(http.Request, move.Version);
            if (expected == Guid.Empty)
            {
                return (IResult)ApiProblems.VersionRequired();
            }

            var moved = await service.MoveAsync(id, move.Status, expected, ct);
            return moved.Status switch
            {
                Common.SaveStatus.Saved when await service.GetAsync(id, ct) is { } lead => WithETag(http, lead),
                Common.SaveStatus.ChangedElsewhere => ApiProblems.ChangedElsewhere(),
                _ => ApiProblems.NotFound("lead"),
            };
        }).Writes().WithSummary("Move a lead to another status (the date of the move is kept)")
            .Produces<JobLeadDetails>().ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);

        leads.MapDeleteToTrash(TrashKind.JobLead, "lead");

        return api;
    }

    private static IResult WithETag(HttpContext http, JobLead lead)
    {
        ApiVersions.SetETag(http, lead.Version);
        return TypedResults.Ok(JobLeadDetails.From(lead));
    }
}
