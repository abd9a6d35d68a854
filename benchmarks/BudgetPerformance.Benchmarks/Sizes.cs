using System;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// Portfolio sizes. The CI dry run (<c>--ci-dry</c>) sets <see cref="SmallVariable"/> so that every benchmark runs once
/// on a tiny portfolio: it proves the benchmarks still build, set up, verify and run, and measures nothing.
/// </summary>
internal static class Sizes
{
    public const string SmallVariable = "BPM_BENCHMARK_SMALL";

    /// <summary>The bulk portfolio (also the per-operation divisor of the bulk benchmarks).</summary>
    public const int Bulk = 100_000;

    /// <summary>The sample scored by RulesEngine and, for the ratio, by the library and the hand-written baseline.</summary>
    public const int RulesEngineSample = 1_000;

    /// <summary>The portfolio written to JSON for the reading benchmarks.</summary>
    public const int Json = 10_000;

    public static bool Small => Environment.GetEnvironmentVariable(SmallVariable) == "1";

    public static int Of(int full) => Small ? Math.Min(full, 50) : full;
}
