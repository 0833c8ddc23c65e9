using JobNetwork.Web.Infrastructure;

namespace JobNetwork.Tests.Infrastructure;

public class ContentRootTests
{
    private const string WorkingDirectory = "/home/someone";
    private const string AppDirectory = "/opt/jobnetwork/";

    private static Func<string, bool> Existing(params string[] folders) => path => folders.Contains(path);

    private static string? Choose(string[] args, Func<string, bool> exists, string? environmentRoot = null) =>
        ContentRoot.Choose(args, name => name == "ASPNETCORE_CONTENTROOT" ? environmentRoot : null, WorkingDirectory, AppDirectory, exists);

    [Fact]
    public void Started_from_another_folder_the_published_app_serves_its_own_wwwroot() =>
        Assert.Equal(AppDirectory, Choose([], Existing("/opt/jobnetwork/wwwroot")));

    [Fact]
    public void Dotnet_run_in_the_project_folder_keeps_the_working_directory() =>
        Assert.Null(Choose([], Existing("/home/someone/wwwroot", "/opt/jobnetwork/wwwroot")));

    [Theory]
    [InlineData("--contentRoot=/srv/app")]
    [InlineData("--contentroot")]
    public void An_explicit_content_root_argument_wins(string argument) =>
        Assert.Null(Choose([argument, "/srv/app"], Existing("/opt/jobnetwork/wwwroot")));

    [Fact]
    public void An_explicit_content_root_variable_wins() =>
        Assert.Null(Choose([], Existing("/opt/jobnetwork/wwwroot"), environmentRoot: "/srv/app"));

    [Fact]
    public void Without_a_wwwroot_anywhere_nothing_changes() =>
        Assert.Null(Choose([], Existing()));
}
