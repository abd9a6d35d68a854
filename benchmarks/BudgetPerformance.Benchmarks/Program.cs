using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BudgetPerformance.Scoring;
using BudgetPerformance.Testing;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// The benchmarks (BenchmarkSwitcher: <c>-- --filter '*'</c>, <c>--list flat</c>, <c>--job short</c> …), plus two modes of
/// our own: <c>--ci-dry</c> runs every benchmark once in BenchmarkDotNet's dry job, in process, on tiny portfolios,
/// and fails when one fails (CI: proves they still run, times nothing); <c>scale N [parallel]</c> generates N evaluations
/// and scores them streaming through ScoreAll (for benchmarks/scale-check.sh, which measures the peak RSS).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scale")
        {
            return Scale(args);
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            return Profile(args);
        }

        if (args.Length > 0 && args[0] == "json-profile")
        {
            return JsonProfile(args);
        }

        if (args.Contains("--ci-dry"))
        {
            return CiDry(args.Where(a => a != "--ci-dry").ToArray());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int CiDry(string[] args)
    {
        Environment.SetEnvironmentVariable(Sizes.SmallVariable, "1");
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("CiDry"))
            .WithArtifactsPath(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bpm-benchmarks-dry"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var filter = args.Length > 0 ? args : ["--filter", "*"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(filter, config).ToList();
        var cases = summaries.Sum(s => s.BenchmarksCases.Length);
        var failed = summaries.Sum(s => s.Reports.Count(r => !r.Success)) + summaries.Count(s => s.HasCriticalValidationErrors);
        var missing = summaries.Sum(s => s.BenchmarksCases.Length - s.Reports.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"benchmarks dry run: {cases} cases, {failed} failed, {missing} without a report"));
        return cases > 0 && failed == 0 && missing == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>profile [seconds]</c>: scores 20,000 generated evaluations over and over, for a sampling profiler
    /// (<c>DOTNET_PerfMapEnabled=1 perf record -g dotnet …BudgetPerformance.Benchmarks.dll profile 20</c>).
    /// </summary>
    private static int Profile(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var scorer = new EvaluationScorer(PerfRules.National());
        var evaluations = new EvaluationGenerator().Generate(20_000);
        var watch = Stopwatch.StartNew();
        long scored = 0;
        var sum = 0m;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var evaluation in evaluations)
            {
                sum += scorer.Score(evaluation).Total!.Value;
            }

            scored += evaluations.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scored} scored, {watch.Elapsed.TotalMilliseconds * 1e6 / scored:F0} ns each (checksum {sum})"));
        return 0;
    }

    /// <summary>
    /// <c>json-profile [seconds]</c>: reads the JSON benchmark's portfolio (10,000 evaluations) with the streaming reader
    /// over and over, then walks its tokens as long, and prints time and allocation per evaluation, MB/s and the ratio
    /// (for a sampling profiler, as <c>profile</c>; a quick check between BenchmarkDotNet runs, not a benchmark).
    /// </summary>
    private static int JsonProfile(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var benchmark = new JsonPortfolioReadBenchmarks();
        benchmark.Setup();
        var perRead = Sizes.Of(Sizes.Json);
        (double Ns, double Bytes) Run(Func<int> read)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            long evaluations = 0;
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                read();
                evaluations += perRead;
            }

            return (watch.Elapsed.TotalMilliseconds * 1e6 / evaluations, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)evaluations);
        }

        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        var library = Run(() => benchmark.LibraryRead().GetAwaiter().GetResult());
        sampler?.Print();
        var walk = Run(benchmark.TokenWalk);
        var bytesPerEvaluation = benchmark.Length / (double)perRead;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"portfolio {benchmark.Length} bytes, {perRead} evaluations ({bytesPerEvaluation:F0} bytes each)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"library reader: {library.Ns / 1000:F2} us/evaluation, {bytesPerEvaluation * 1000 / library.Ns:F1} MB/s, {library.Bytes:F0} B allocated/evaluation"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"token walk:     {walk.Ns / 1000:F2} us/evaluation, {bytesPerEvaluation * 1000 / walk.Ns:F1} MB/s, {walk.Bytes:F0} B allocated/evaluation"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: {library.Ns / walk.Ns:F2}"));
        return 0;
    }

    /// <summary>Counts the runtime's allocation samples (one per ~100 KB allocated) by type, for <c>json-profile --allocations</c>.</summary>
    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> samples = new();

        public void Print()
        {
            var total = samples.Values.Sum();
            foreach (var (type, count) in samples.OrderByDescending(x => x.Value).Take(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / total,6:F1}%  {type}"));
            }
        }

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.PayloadNames is { } names)
            {
                var type = eventData.Payload![names.IndexOf("TypeName")] as string ?? "?";
                samples.AddOrUpdate(type, 1, (_, n) => n + 1);
            }
        }
    }

    private static int Scale(string[] args)
    {
        var count = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000L;
        var scorer = new EvaluationScorer(PerfRules.National());
        var generator = new EvaluationGenerator();
        var byGrade = new long[4];
        long incomplete = 0;
        var sum = 0m;
        var watch = Stopwatch.StartNew();

        // Streaming: the generator yields one evaluation at a time and ScoreAll scores it lazily; nothing is kept.
        foreach (var result in scorer.ScoreAll(generator.Stream(count)))
        {
            if (result.Grade is { } grade)
            {
                byGrade[(int)grade]++;
                sum += result.Total!.Value;
            }
            else
            {
                incomplete++;
            }
        }

        watch.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scored {count} evaluations (generated and scored, streaming) in {watch.Elapsed.TotalSeconds:F1} s: {count / watch.Elapsed.TotalSeconds:F0} evaluations/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grades: excellent {byGrade[3]}, good {byGrade[2]}, fair {byGrade[1]}, poor {byGrade[0]}, not complete {incomplete}; mean total {(count - incomplete > 0 ? sum / (count - incomplete) : 0m):F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB, allocated in all {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB, gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        return incomplete == 0 ? 0 : 1;
    }
}
