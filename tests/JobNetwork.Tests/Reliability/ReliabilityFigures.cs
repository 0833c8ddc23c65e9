namespace JobNetwork.Tests.Reliability;

/// <summary>Writes a measured figure to <c>test-output/reliability/</c> at the repository root, for the README.</summary>
public static class ReliabilityFigures
{
    public static void Write(string name, string text)
    {
        var folder = Path.Combine(FindRepositoryRoot(), "test-output", "reliability");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".txt"), text + Environment.NewLine);
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
