using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.Api;

/// <summary>The shape every create and update route shares: validate the form, check the version, save, read back.</summary>
public static class ApiUpdates
{
    public static async Task<IResult> CreateAsync<TForm>(TForm form, Func<Task<SaveResult>> save, Func<int, Task<object?>> read, string collectionPath)
        where TForm : class
    {
        if (ApiProblems.Validate(form) is { } invalid)
        {
            return invalid;
        }

        var result = await save();
        return result.Succeeded
            ? TypedResults.Created($"{ApiRegistration.Prefix}{collectionPath}/{result.Id}", await read(result.Id!.Value))
            : ApiProblems.From(result, _ => TypedResults.NoContent());
    }

    /// <summary>
    /// <paramref name="bodyVersion"/> is the form's version field; an If-Match header takes its place. A stale version
    /// is the service's "changed elsewhere", answered 412; no version at all is 428.
    /// </summary>
    public static async Task<IResult> UpdateAsync<TForm>(HttpContext http, TForm form, Guid bodyVersion, Action<Guid> useVersion,
        Func<Task<SaveResult>> save, Func<Task<(object? Body, Guid Version)>> read)
        where TForm : class
    {
        if (ApiProblems.Validate(form) is { } invalid)
        {
            return invalid;
        }

        var expected = ApiVersions.Expected(http.Request, bodyVersion);
        if (expected == Guid.Empty)
        {
            return ApiProblems.VersionRequired();
        }

        useVersion(expected);
        var result = await save();
        if (!result.Succeeded)
        {
            return ApiProblems.From(result, _ => TypedResults.NoContent());
        }

        var (body, version) = await read();
        ApiVersions.SetETag(http, version);
        return TypedResults.Ok(body);
    }
}
