using JobNetwork.Tests.Deployment;
using JobNetwork.Web.Data;
using JobNetwork.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace JobNetwork.Tests.Infrastructure;

public sealed class StartupSettingsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jobnetwork-tests", "settings-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was created.
        }
    }

    [Fact]
    public void The_default_settings_have_no_problem_and_create_the_data_folder()
    {
        var data = new DataDirectory(Path.Combine(folder, "data"));

        Assert.Null(StartupSettings.FindProblem(Configuration(), data));
        Assert.True(Directory.Exists(data.KeysFolder));
    }

    [Theory]
    [InlineData("HTTP_PORTS", "eighty", "ASPNETCORE_HTTP_PORTS is 'eighty'")]
    [InlineData("HTTP_PORTS", "70000", "not a port number")]
    [InlineData("URLS", "http//localhost:8080", "ASPNETCORE_URLS is")]
    [InlineData("BaseUrl", "jobs.example.com", "BaseUrl is 'jobs.example.com', which is not a web address")]
    [InlineData("Registration:Mode", "Sometimes", "Registration__Mode is 'Sometimes'. Set it to Closed, Open or InviteOnly.")]
    [InlineData("Registration:Mode", "7", "Registration__Mode is '7'")]
    [InlineData("DefaultTimeZone", "Mars/Olympus_Mons", "not a known time zone")]
    [InlineData("Smtp:Port", "smtp", "Smtp__Port is 'smtp'")]
    [InlineData("Backups:Keep", "0", "Backups__Keep is '0'")]
    [InlineData("Backups:IntervalHours", "daily", "Backups__IntervalHours is 'daily'")]
    [InlineData("Circuits:DisconnectedRetentionSeconds", "3m", "Circuits__DisconnectedRetentionSeconds is '3m'")]
    [InlineData("Circuits:MaxDisconnectedRetained", "-1", "Circuits__MaxDisconnectedRetained is '-1'")]
    [InlineData("ReverseProxy:KnownProxies", "proxy.local", "ReverseProxy__KnownProxies contains 'proxy.local'")]
    [InlineData("ReverseProxy:KnownNetworks", "10.0.0.0/33", "ReverseProxy__KnownNetworks contains '10.0.0.0/33'")]
    [InlineData("Database:Provider", "MySql", "Database__Provider is 'MySql'. Set it to Sqlite (the default) or Postgres.")]
    [InlineData("Database:Provider", "Postgres", "Database__Provider is Postgres but no connection string is set")]
    public void A_wrong_setting_is_named_with_what_to_set_instead(string key, string value, string expected)
    {
        var problem = StartupSettings.FindProblem(Configuration((key, value)), new DataDirectory(Path.Combine(folder, "data")));

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Registration:Mode", "inviteonly")]
    [InlineData("DefaultTimeZone", "Europe/Berlin")]
    [InlineData("URLS", "http://+:8080;http://*:8081")]
    [InlineData("Database:Provider", "sqlite")]
    [InlineData("HTTP_PORTS", "8080;8081")]
    [InlineData("ReverseProxy:KnownNetworks", "172.16.0.0/12, 10.0.0.0/8")]
    [InlineData("ReverseProxy:KnownProxies", "172.18.0.2,::1")]
    [InlineData("BaseUrl", "https://jobs.example.com")]
    public void Valid_settings_pass(string key, string value) =>
        Assert.Null(StartupSettings.FindProblem(Configuration((key, value)), new DataDirectory(Path.Combine(folder, "data"))));

    [Fact]
    public void A_data_folder_that_cannot_be_created_is_reported_with_the_fix()
    {
        Directory.CreateDirectory(folder);
        var blocker = Path.Combine(folder, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var problem = StartupSettings.FindProblem(Configuration(), new DataDirectory(Path.Combine(blocker, "data")));

        Assert.NotNull(problem);
        Assert.Contains("is not writable by", problem, StringComparison.Ordinal);
        Assert.Contains("JOBNETWORK_DATA", problem, StringComparison.Ordinal);
    }

    /// <summary>The real program, started as a process: it must exit at once with one critical line, not a stack trace.</summary>
    [Theory]
    [InlineData("ASPNETCORE_HTTP_PORTS", "eighty", "ASPNETCORE_HTTP_PORTS is 'eighty': 'eighty' is not a port number.")]
    [InlineData("Registration__Mode", "Sometimes", "Registration__Mode is 'Sometimes'. Set it to Closed, Open or InviteOnly.")]
    [InlineData("DefaultTimeZone", "Mars/Olympus_Mons", "DefaultTimeZone is 'Mars/Olympus_Mons', which is not a known time zone.")]
    [InlineData("BaseUrl", "jobs.example.com", "BaseUrl is 'jobs.example.com', which is not a web address.")]
    [InlineData("JOBNETWORK_DATA", "<file>/data", "is not writable by")]
    public async Task The_app_stops_at_start_with_one_line_saying_what_to_fix(string variable, string value, string expected)
    {
        Directory.CreateDirectory(folder);
        var blocker = Path.Combine(folder, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var environment = AppEnvironment();
        environment[variable] = value.Replace("<file>", blocker, StringComparison.Ordinal);

        var outcome = await RunAppAsync(environment, []);

        Assert.Equal(2, outcome.ExitCode);
        var lines = outcome.Output.Split('\n').Where(l => l.Contains("JobNetwork cannot start", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, "Expected one 'cannot start' line in:\n" + outcome.Output);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mail_server_that_does_not_resolve_only_turns_email_off_with_a_warning()
    {
        var environment = AppEnvironment();
        environment["Smtp__Host"] = "no-such-mail-server.invalid";

        // The backup command runs the whole start-up (checks, migration) and then exits: proof the app did not stop.
        var outcome = await RunAppAsync(environment, ["backup"]);

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Contains("Email is off: the mail server Smtp__Host 'no-such-mail-server.invalid' does not resolve.", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Backup written", outcome.Output, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> AppEnvironment() => new()
    {
        ["JOBNETWORK_DATA"] = Path.Combine(folder, "data"),
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_HTTP_PORTS"] = "0", // never bound: every run here exits before listening
        ["Logging__Console__FormatterName"] = "simple",
    };

    private static Task<ProcessOutcome> RunAppAsync(Dictionary<string, string?> environment, string[] arguments) =>
        ProcessRunner.RunAsync(
            "dotnet", [Path.Combine(ProcessRunner.BuiltAppFolder, "JobNetwork.Web.dll"), .. arguments], TimeSpan.FromMinutes(2),
            ProcessRunner.BuiltAppFolder, environment);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
