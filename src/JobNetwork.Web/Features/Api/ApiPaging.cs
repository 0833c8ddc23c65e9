using Microsoft.AspNetCore.Http.HttpResults;

namespace JobNetwork.Web.Features.Api;

/// <summary>One page of a list: <see cref="Page"/> counts from 1; <see cref="TotalCount"/> is across all pages.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

public static class ApiPaging
{
    public const int DefaultPageSize = 25;

    /// <summary>Refuses a page below 1 or a page size outside 1–<see cref="ApiOptions.MaximumPageSize"/>, per field.</summary>
    public static ValidationProblem? Check(int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["Pages count from 1."];
        }

        if (pageSize is < 1 or > ApiOptions.MaximumPageSize)
        {
            errors["pageSize"] = [$"Choose a page size from 1 to {ApiOptions.MaximumPageSize}."];
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "Some fields need fixing");
    }
}

/// <summary>Optimistic concurrency over HTTP: reads send the record's version as an ETag; updates send it back.</summary>
public static class ApiVersions
{
    public static void SetETag(HttpContext context, Guid version) =>
        context.Response.Headers.ETag = $"\"{version}\"";

    /// <summary>If-Match wins over the body's version field; Guid.Empty when neither was sent.</summary>
    public static Guid Expected(HttpRequest request, Guid bodyVersion)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim().TrimStart('W', '/').Trim('"');
        return Guid.TryParse(ifMatch, out var version) ? version : bodyVersion;
    }
}
