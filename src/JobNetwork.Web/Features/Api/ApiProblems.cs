using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using JobNetwork.Web.Features.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobNetwork.Web.Features.Api;

/// <summary>Every API error is an RFC 9457 problem document, never the HTML pages the rest of the app shows.</summary>
public static class ApiProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new { type = $"https://httpstatuses.io/{status}", title, status, detail },
            (JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
    }

    public static ProblemHttpResult NotFound(string what = "record") =>
        TypedResults.Problem($"That {what} doesn't exist, or isn't yours.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult ChangedElsewhere() =>
        TypedResults.Problem(SaveResult.ChangedElsewhere().Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed since you read it");

    public static ProblemHttpResult VersionRequired() =>
        TypedResults.Problem("Send the version you read: its ETag as If-Match, or the \"version\" field.",
            statusCode: StatusCodes.Status428PreconditionRequired, title: "Version required");

    public static ProblemHttpResult Invalid(string? message) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "Not saved");

    /// <summary>The service's answer as an HTTP result: <paramref name="saved"/> on success, a problem otherwise.</summary>
    public static IResult From(SaveResult result, Func<int, IResult> saved) => result.Status switch
    {
        SaveStatus.Saved => saved(result.Id ?? 0),
        SaveStatus.NotFound => NotFound(),
        SaveStatus.ChangedElsewhere => ChangedElsewhere(),
        _ => Invalid(result.Message),
    };

    /// <summary>The form's own DataAnnotations, with field names as the JSON spells them; null when valid.</summary>
    public static ValidationProblem? Validate(object form)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true))
        {
            return null;
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage ?? "Invalid.")))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Item2).ToArray());
        return TypedResults.ValidationProblem(errors, title: "Some fields need fixing");
    }

    /// <summary>
    /// For errors raised before an endpoint runs (a body that isn't JSON, a route value of the wrong type): the app's
    /// HTML status pages are switched off under /api and the bare status gets a problem document instead.
    /// </summary>
    public static async Task ProblemsForBareErrorsAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        await next(context);
        if (context.Response is { HasStarted: false, StatusCode: >= 400, ContentType: null })
        {
            await WriteAsync(context, context.Response.StatusCode, "Request refused",
                context.Response.StatusCode == StatusCodes.Status404NotFound
                    ? "There is no such API route. See /scalar for the reference."
                    : "The request could not be read. Check the JSON body and the values in the address.");
        }
    }
}
