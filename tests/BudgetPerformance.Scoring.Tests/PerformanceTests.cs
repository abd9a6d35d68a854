using System;
using System.Linq;
using System.Runtime.CompilerServices;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Testing;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// The performance issue's checks that are not timed (figures come from the benchmarks, never from tests): the shared
/// generator is deterministic and realistic, bulk scoring allocates nothing per indicator, parallel equals sequential.
/// </summary>
public class PerformanceTests
{
    private static readonly EvaluationScorer National = new(PerfRules.National());
    private static readonly EvaluationScorer Alternative = new(PerfRules.Alternative());

    [Fact]
    public void Generator_SameSeed_GivesTheSameEvaluations()
    {
        var a = new EvaluationGenerator(seed: 7).Generate(300);
        var b = new EvaluationGenerator(seed: 7).Generate(300);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Id, b[i].Id);
            Assert.Equal(a[i].BudgetExecution, b[i].BudgetExecution);
            Assert.Equal(a[i].Records, b[i].Records);
            Assert.Equal(a[i].Indicators.Indicators, b[i].Indicators.Indicators);
        }

        var other = new EvaluationGenerator(seed: 8).Generate(300);
        Assert.NotEqual(a.Select(e => e.BudgetExecution!.Spent), other.Select(e => e.BudgetExecution!.Spent));
    }

    [Fact]
    public void Generator_DefaultSeed_GivesAFixedPortfolio()
    {
        // A pin on the default seed: the benchmarks' data must not drift silently between runs or machines.
        var results = National.ScoreAll(new EvaluationGenerator().Generate(1000)).ToList();
        var checksum = results.Sum(r => r.Total!.Value);
        var again = National.ScoreAll(new EvaluationGenerator().Generate(1000)).Sum(r => r.Total!.Value);
        Assert.Equal(checksum, again);
        Assert.Equal(GeneratorPin.TotalOfFirstThousand, checksum);
    }

    [Fact]
    public void Generator_EveryEvaluation_ScoresCompleteUnderBothRuleSets_WithEveryStrategy()
    {
        var evaluations = new EvaluationGenerator().Generate(5000);
        foreach (var evaluation in evaluations)
        {
            Assert.Equal(EvaluationGenerator.IndicatorsPerEvaluation, evaluation.Indicators.Indicators.Count);
            var result = National.Score(evaluation);
            Assert.True(result.Outcome == ScoringOutcome.Complete, $"{evaluation.Id}: {string.Join("; ", result.Problems)}");
            Assert.NotNull(result.Budget?.Score);
            Assert.Equal(ScoringOutcome.Complete, Alternative.Score(evaluation).Outcome);
        }

        var strategies = National.ScoreAll(evaluations.Take(1)).Single().Indicators.Select(s => s.StrategyId ?? "judgement").ToHashSet();
        Assert.Equal(
            ["deduct-above", "deduct-below", "deviation", "equality", "judgement", "proportional", "qualitative-bands", "reverse-linear", "reverse-ratio", "steps"],
            strategies.Order());

        // Realistic spread: every grade occurs, and the two rule sets disagree on some grades (the compare path has work).
        var grades = evaluations.Select(e => National.Score(e).Grade!.Value).ToHashSet();
        Assert.Equal(4, grades.Count);
        Assert.Contains(evaluations, e => National.Score(e).Grade != Alternative.Score(e).Grade);
    }

    [Fact]
    public void Score_ExplanationsOff_AllocatesNothingPerIndicator()
    {
        var one = EvaluationGenerator.Wide(1);
        var fifty = EvaluationGenerator.Wide(50);
        var small = AllocatedBy(one);
        var large = AllocatedBy(fifty);

        // The result holds one IndicatorScore per indicator, in one array: that, and nothing else, may grow.
        var slot = Unsafe.SizeOf<IndicatorScore>();
        Assert.True(large - small <= (49 * slot) + 8, $"1 indicator: {small} B, 50 indicators: {large} B, {(large - small) / 49.0:F1} B per extra indicator (the result's slot is {slot} B)");

        // And a whole evaluation is bounded by its result: a few hundred bytes beyond the indicator slots.
        Assert.True(small < 1024, $"1 indicator: {small} B");
    }

    [Fact]
    public void Score_ExplanationsOff_EveryStrategyAllocatesOnlyTheResult()
    {
        // The generated evaluation uses all nine strategy kinds under 8 level-2 nodes; the wide one of the same size uses
        // one strategy under one level-2 and one level-1 node. The difference may only be the result's 7 extra level-2 and
        // 2 extra level-1 subtotals.
        var generated = AllocatedBy(new EvaluationGenerator().Next());
        var wide = AllocatedBy(EvaluationGenerator.Wide(EvaluationGenerator.IndicatorsPerEvaluation));
        var subtotal = Unsafe.SizeOf<Subtotal>();
        Assert.True(generated - wide <= 9 * subtotal, $"generated: {generated} B, wide: {wide} B, a subtotal is {subtotal} B");
    }

    [Fact]
    public void ScoreAllParallel_GeneratedPortfolio_GivesTheSequentialResults()
    {
        var evaluations = new EvaluationGenerator().Generate(3000);
        var sequential = National.ScoreAll(evaluations).ToList();
        var parallel = National.ScoreAllParallel(evaluations, Math.Max(2, Environment.ProcessorCount));
        Assert.Equal(sequential.Count, parallel.Count);
        for (var i = 0; i < sequential.Count; i++)
        {
            Assert.Equal(sequential[i].Total, parallel[i].Total);
            Assert.Equal(sequential[i].Grade, parallel[i].Grade);
            Assert.Equal(sequential[i].Indicators, parallel[i].Indicators);
        }
    }

    private static long AllocatedBy(Evaluation evaluation)
    {
        National.Score(evaluation); // warm: JIT and static caches
        var least = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            National.Score(evaluation);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}

internal static class GeneratorPin
{
    public const decimal TotalOfFirstThousand = 86887.92m;
}
