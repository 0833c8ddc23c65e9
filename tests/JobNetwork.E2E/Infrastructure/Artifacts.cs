namespace JobNetwork.E2E.Infrastructure;

/// <summary>Where screenshots go: next to the test binaries, and copied to <c>test-output/screenshots/</c> at the repository root.</summary>
public static class Artifacts
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    public static string BinScreenshots => Ensure(Path.Combine(AppContext.BaseDirectory, "screenshots"));

    public static string StableScreenshots => Ensure(Path.Combine(RepositoryRoot.Value, "test-output", "screenshots"));

    public static string FileName(string name)
    {
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return safe.ToLowerInvariant() + ".png";
    }

    private static string Ensure(string folder)
    {
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobNetwork.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
