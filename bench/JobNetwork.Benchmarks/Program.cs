using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using JobNetwork.Benchmarks;

// Runs the dashboard benchmarks (see bench/README.md). Examples:
//   dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --filter '*'
//   dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --filter '*DashboardBenchmarks*'
//   dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --smoke [--sql] [--schema Analyzed]
//   dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --filter '*' --out-of-process
//   dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --import-smoke   (wall clock and CPU time of the import)
//   dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --caseload-smoke [Postgres] [--sql]   (200 clients, timed calls)
//   dotnet run -c Release --project bench/JobNetwork.Benchmarks -- --parser-smoke   (parse time per MB, normal vs adversarial files)
// In process by default: the out-of-process toolchain rebuilds the whole web app (Razor included) for every run,
// which takes minutes on a small machine. --out-of-process isolates each benchmark in its own process instead.
const string OutOfProcess = "--out-of-process";
if (args.Contains("--parser-smoke"))
{
    ParserSmokeRun.Run();
    return;
}

if (args.Contains("--caseload-smoke"))
{
    CaseloadBenchmarks.LogSql = args.Contains("--sql");
    await CaseloadBenchmarks.SmokeAsync(args.Contains("Postgres") ? "Postgres" : "Sqlite");
    return;
}

if (args.Contains("--import-smoke"))
{
    await ImportSmokeRun.RunAsync();
    return;
}

if (args.Contains("--smoke"))
{
    DashboardBenchmarkBase.LogSql = args.Contains("--sql");
    var at = Array.IndexOf(args, "--schema");
    var schema = at >= 0 && at + 1 < args.Length ? Enum.Parse<BenchmarkSchema>(args[at + 1]) : BenchmarkSchema.AsShipped;
    await new SmokeRun().RunAsync(schema);
    return;
}

var config = args.Contains(OutOfProcess)
    ? ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15))
    : DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
BenchmarkSwitcher.FromAssembly(typeof(DashboardBenchmarks).Assembly).Run(args.Where(a => a != OutOfProcess).ToArray(), config);
