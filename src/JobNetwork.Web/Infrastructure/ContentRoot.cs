namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// Where the published app's files are. ASP.NET Core takes the working directory as the content root, so
/// <c>dotnet /opt/jobnetwork/JobNetwork.Web.dll</c> started from anywhere else served every script and style sheet as an
/// empty 200: the page rendered, but no circuit ever started. When the working directory holds no <c>wwwroot</c> and the
/// app's own folder does, the app's folder is the content root. An explicit <c>--contentRoot</c> or
/// <c>ASPNETCORE_CONTENTROOT</c> always wins, and <c>dotnet run</c> (working directory = the project) is unchanged.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Choose(args, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Directory.Exists),
    };

    /// <returns>The folder to use, or null to keep ASP.NET Core's own choice.</returns>
    public static string? Choose(string[] args, Func<string, string?> environment, string workingDirectory, string appDirectory, Func<string, bool> directoryExists)
    {
        var explicitlySet = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (explicitlySet || directoryExists(Path.Combine(workingDirectory, "wwwroot")))
        {
            return null;
        }

        return directoryExists(Path.Combine(appDirectory, "wwwroot")) ? appDirectory : null;
    }
}
