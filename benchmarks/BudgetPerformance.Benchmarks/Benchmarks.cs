using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Scoring;
using BudgetPerformance.Testing;

namespace BudgetPerformance.Benchmarks;

/// <summary>1. One self-evaluation (15 indicators and the budget block), scored without and with explanations.</summary>
[MemoryDiagnoser]
public class SingleEvaluationBenchmarks
{
    private EvaluationScorer scorer = null!;
    private Evaluation evaluation = null!;

    [GlobalSetup]
    public void Setup()
    {
        scorer = new EvaluationScorer(PerfRules.National());
        evaluation = new EvaluationGenerator().Next();
        Verify.Complete(scorer.Score(evaluation));
    }

    [Benchmark(Baseline = true, Description = "Score (no explanations)")]
    public ScoringResult Score() => scorer.Score(evaluation);

    [Benchmark(Description = "Explain (every number explained)")]
    public ScoringExplanation Explain() => scorer.Explain(evaluation);
}

/// <summary>
/// 2 and 3. 100,000 self-evaluations scored in bulk by the library (sequentially through <c>ScoreAll</c>, and on all
/// cores through <c>ScoreAllParallel</c>), against the hand-written limit. Times and allocations are per evaluation.
/// </summary>
[MemoryDiagnoser]
public class BulkScoringBenchmarks
{
    private EvaluationScorer scorer = null!;
    private List<Evaluation> evaluations = null!;
    private FlatPortfolio flat = null!;
    private decimal[] scores = null!;
    private decimal[] levelOne = null!;
    private decimal[] totals = null!;
    private byte[] grades = null!;

    [GlobalSetup]
    public void Setup()
    {
        scorer = new EvaluationScorer(PerfRules.National());
        evaluations = new EvaluationGenerator().Generate(Sizes.Of(Sizes.Bulk));
        flat = FlatPortfolio.From(evaluations);
        scores = new decimal[flat.Count * FlatPortfolio.PerEvaluation];
        levelOne = new decimal[flat.Count * 3];
        totals = new decimal[flat.Count];
        grades = new byte[flat.Count];

        // Verified once, before timing: the baseline computes exactly the library's scores, subtotals, totals and grades.
        HandWritten.ScoreAll(flat, scores, levelOne, totals, grades);
        Verify.SameAsLibrary(scorer, evaluations, scores, levelOne, totals, grades);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sizes.Bulk, Description = "Hand-written loops over decimal[] (the limit)")]
    public decimal HandWrittenBaseline() => HandWritten.ScoreAll(flat, scores, levelOne, totals, grades);

    [Benchmark(OperationsPerInvoke = Sizes.Bulk, Description = "Library ScoreAll (sequential)")]
    public decimal LibraryScoreAll()
    {
        var checksum = 0m;
        foreach (var result in scorer.ScoreAll(evaluations))
        {
            checksum += result.Total!.Value;
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = Sizes.Bulk, Description = "Library ScoreAllParallel (all cores)")]
    public decimal LibraryScoreAllParallel()
    {
        var checksum = 0m;
        var results = scorer.ScoreAllParallel(evaluations, Environment.ProcessorCount);
        for (var i = 0; i < results.Count; i++)
        {
            checksum += results[i].Total!.Value;
        }

        return checksum;
    }
}

/// <summary>
/// 4. The same rules as Microsoft RulesEngine 6.0.1 workflows in JSON, on a sample of 1,000 evaluations (RulesEngine is
/// too slow for 100,000 in a benchmark), against the library and the hand-written baseline on the same sample. Times and
/// allocations are per evaluation, so they scale to the bulk portfolio.
/// </summary>
[MemoryDiagnoser]
public class RulesEngineBenchmarks
{
    private EvaluationScorer scorer = null!;
    private RulesEngineScorer rulesEngine = null!;
    private List<Evaluation> evaluations = null!;
    private FlatPortfolio flat = null!;
    private decimal[] scores = null!;
    private decimal[] levelOne = null!;
    private decimal[] totals = null!;
    private byte[] grades = null!;

    [GlobalSetup]
    public void Setup()
    {
        scorer = new EvaluationScorer(PerfRules.National());
        rulesEngine = new RulesEngineScorer();
        evaluations = new EvaluationGenerator().Generate(Sizes.Of(Sizes.RulesEngineSample));
        flat = FlatPortfolio.From(evaluations);
        scores = new decimal[flat.Count * FlatPortfolio.PerEvaluation];
        levelOne = new decimal[flat.Count * 3];
        totals = new decimal[flat.Count];
        grades = new byte[flat.Count];

        // Verified once, before timing: RulesEngine computes exactly the library's indicator scores, totals and grades.
        var indicatorScores = new decimal[FlatPortfolio.PerEvaluation];
        foreach (var evaluation in evaluations)
        {
            var (total, grade) = rulesEngine.Score(evaluation, indicatorScores);
            var expected = scorer.Score(evaluation);
            for (var i = 0; i < indicatorScores.Length; i++)
            {
                Verify.Equal(expected.Indicators[i].Score, indicatorScores[i], $"RulesEngine, {evaluation.Id} indicator {i}");
            }

            Verify.Equal(expected.Total, total, $"RulesEngine, {evaluation.Id} total");
            Verify.Equal((int)expected.Grade!.Value, grade, $"RulesEngine, {evaluation.Id} grade");
        }

        HandWritten.ScoreAll(flat, scores, levelOne, totals, grades);
        Verify.SameAsLibrary(scorer, evaluations, scores, levelOne, totals, grades);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sizes.RulesEngineSample, Description = "Library Score")]
    public decimal Library()
    {
        var checksum = 0m;
        for (var i = 0; i < evaluations.Count; i++)
        {
            checksum += scorer.Score(evaluations[i]).Total!.Value;
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = Sizes.RulesEngineSample, Description = "Hand-written loops over decimal[]")]
    public decimal HandWrittenLoops() => HandWritten.ScoreAll(flat, scores, levelOne, totals, grades);

    [Benchmark(OperationsPerInvoke = Sizes.RulesEngineSample, Description = "RulesEngine 6.0.1 workflows")]
    public decimal RulesEngine()
    {
        var checksum = 0m;
        Span<decimal> indicatorScores = stackalloc decimal[FlatPortfolio.PerEvaluation];
        for (var i = 0; i < evaluations.Count; i++)
        {
            checksum += rulesEngine.Score(evaluations[i], indicatorScores).Total;
        }

        return checksum;
    }
}

/// <summary>
/// 6. The compare path (<c>bpm compare</c>): re-scoring a portfolio of 100,000 evaluations under two rule sets (national,
/// and an alternative with reverse-ratio and no cap) and listing the evaluations whose grade changes. Per evaluation.
/// </summary>
[MemoryDiagnoser]
public class CompareBenchmarks
{
    private EvaluationScorer national = null!;
    private EvaluationScorer alternative = null!;
    private List<Evaluation> evaluations = null!;

    [GlobalSetup]
    public void Setup()
    {
        national = new EvaluationScorer(PerfRules.National());
        alternative = new EvaluationScorer(PerfRules.Alternative());
        evaluations = new EvaluationGenerator().Generate(Sizes.Of(Sizes.Bulk));
        if (!Sizes.Small && Compare().Count == 0)
        {
            throw new InvalidOperationException("The two rule sets give the same grades: the compare benchmark would diff nothing.");
        }
    }

    [Benchmark(OperationsPerInvoke = Sizes.Bulk, Description = "Score under two rule sets and diff the grades")]
    public List<(string Id, Grade From, Grade To)> Compare()
    {
        var changes = new List<(string Id, Grade From, Grade To)>();
        for (var i = 0; i < evaluations.Count; i++)
        {
            var a = national.Score(evaluations[i]);
            var b = alternative.Score(evaluations[i]);
            if (a.Grade != b.Grade)
            {
                changes.Add((a.EvaluationId, a.Grade!.Value, b.Grade!.Value));
            }
        }

        return changes;
    }
}

/// <summary>
/// Allocation per indicator: one evaluation with 1, 15 or 50 indicators, scored without explanations. The allocated
/// bytes grow only by the result's own indicator-score slots.
/// </summary>
[MemoryDiagnoser]
public class AllocationScalingBenchmarks
{
    private EvaluationScorer scorer = null!;
    private Evaluation evaluation = null!;

    [Params(1, 15, 50)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        scorer = new EvaluationScorer(PerfRules.National());
        evaluation = EvaluationGenerator.Wide(Indicators);
        Verify.Complete(scorer.Score(evaluation));
    }

    [Benchmark(Description = "Score one evaluation")]
    public ScoringResult Score() => scorer.Score(evaluation);
}

internal static class Verify
{
    public static void Complete(ScoringResult result)
    {
        if (result.Outcome != ScoringOutcome.Complete)
        {
            throw new InvalidOperationException($"{result.EvaluationId} is {result.Outcome}: {string.Join("; ", result.Problems)}");
        }
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what}: expected {expected}, got {actual}.");
        }
    }

    public static void Equal(decimal? expected, decimal actual, string what)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{what}: expected {expected}, got {actual}.");
        }
    }

    public static void SameAsLibrary(EvaluationScorer scorer, IReadOnlyList<Evaluation> evaluations, decimal[] scores, decimal[] levelOne, decimal[] totals, byte[] grades)
    {
        for (var e = 0; e < evaluations.Count; e++)
        {
            var result = scorer.Score(evaluations[e]);
            Complete(result);
            for (var i = 0; i < FlatPortfolio.PerEvaluation; i++)
            {
                Equal(result.Indicators[i].Score, scores[(e * FlatPortfolio.PerEvaluation) + i], $"hand-written, {result.EvaluationId} indicator {i}");
            }

            for (var l = 0; l < 3; l++)
            {
                Equal(result.LevelOne[l].Score, levelOne[(e * 3) + l], $"hand-written, {result.EvaluationId} level 1 #{l}");
            }

            Equal(result.Total, totals[e], $"hand-written, {result.EvaluationId} total");
            Equal((int)result.Grade!.Value, (int)grades[e], $"hand-written, {result.EvaluationId} grade");
        }
    }
}
