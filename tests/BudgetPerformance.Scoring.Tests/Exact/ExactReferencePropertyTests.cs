using System;
using System.Linq;
using BudgetPerformance.Grades;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Scoring.Tests.Exact;

/// <summary>
/// Issue 17 item 2: every measured strategy, scored through the public <see cref="EvaluationScorer"/> on single-indicator
/// evaluations, agrees with the exact-rational <see cref="ReferenceScorer"/> — on random inputs of every magnitude within the
/// document limits, on exact ties at every precision 0–4 and every rounding mode (made on purpose, see
/// <see cref="ScoringCases"/>), on the edges of steps, bands and step counts, with and without rescaled points (a
/// not-applicable sibling under the rescale policy), capped and uncapped. The result must also carry exactly the precision's
/// decimals. Bounded to stay within a few seconds.
/// </summary>
public class ExactReferencePropertyTests
{
    private static string? Disagreement(ScoringCase c)
    {
        var result = new EvaluationScorer(c.RuleSet()).Score(c.Evaluation());
        var expected = c.Expected;
        var score = result.Indicators[0].Score;
        if (expected is null)
        {
            return score is null ? null : $"expected no score, got {score}";
        }

        if (result.Outcome != ScoringOutcome.Complete || score is not { } s)
        {
            return $"expected {expected}, got outcome {result.Outcome} ({string.Join("; ", result.Problems.Select(p => p.Code + " " + p.MessageEn))})";
        }

        if (Rational.Of(s) != expected.Value)
        {
            return $"expected {expected.Value}, got {s}";
        }

        return s.Scale == c.Rounding.Decimals ? null : $"expected {c.Rounding.Decimals} decimals, got {s}";
    }

    private static Property Agrees(Gen<ScoringCase> cases) =>
        Prop.ForAll(cases.ToArbitrary(), c => Disagreement(c) is not { } why ? true.Label("agrees") : false.Label(c + ": " + why));

    [Property(MaxTest = 1000)]
    public Property EveryStrategy_AgreesWithTheExactReference() => Agrees(ScoringCases.All);

    [Property(MaxTest = 600)]
    public Property ExactTies_AtEveryPrecisionAndMode_AgreeWithTheExactReference() => Agrees(ScoringCases.TieCases);

    [Fact]
    public void TieGenerator_LandsExactlyOnTies_AtEveryPrecisionAndEveryMode()
    {
        // The generator makes ties on purpose rather than hoping to hit them: most raw scores it makes are exactly a
        // midpoint (the edge of the half modes) or a multiple of the unit (the edge of up and down), strictly inside (0, w),
        // and every precision 0–4 meets every mode with midpoints, rescaled and not.
        var sample = ScoringCases.TieCases.Sample(2000);
        Assert.Equal(2000, sample.Length);
        var ties = sample.Where(c => c.ExpectedRaw is { } raw && raw.Sign > 0 && raw < c.ScoredAgainst && IsTie(raw, c.Rounding.Decimals)).ToList();
        Assert.True(ties.Count >= sample.Length * 7 / 10, $"{ties.Count} of {sample.Length} are ties");
        foreach (var p in Enumerable.Range(0, 5))
        {
            foreach (var mode in Enum.GetValues<RoundingMode>())
            {
                var midpoints = ties.Where(c => c.Rounding.Decimals == p && c.Rounding.Mode == mode && !IsTie(c.ExpectedRaw!.Value, p, halves: false)).ToList();
                Assert.True(midpoints.Count(c => c.NotApplicablePoints > 0m) >= 3, $"precision {p}, {mode}: {midpoints.Count(c => c.NotApplicablePoints > 0m)} rescaled midpoints");
                Assert.True(midpoints.Count(c => c.NotApplicablePoints == 0m) >= 3, $"precision {p}, {mode}: {midpoints.Count(c => c.NotApplicablePoints == 0m)} midpoints");
            }
        }
    }

    // Whether x × 10^p × 2 (or x × 10^p) is a whole number: a midpoint or a multiple of the unit at precision p.
    private static bool IsTie(Rational x, int p, bool halves = true)
    {
        var scaled = x * Rational.Of((long)Math.Pow(10, p)) * Rational.Of(halves ? 2 : 1);
        return scaled.D.IsOne;
    }
}
