using System;
using System.Collections.Generic;
using BudgetPerformance.Evaluations;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// The generated portfolio as plain arrays of decimals (structure of arrays), the input of the hand-written baseline.
/// Built once in setup from the library's evaluations; the baseline itself touches no library type.
/// </summary>
internal sealed class FlatPortfolio
{
    public const int PerEvaluation = 15;

    public FlatPortfolio(int count)
    {
        Count = count;
        Target = new decimal[count * PerEvaluation];
        Actual = new decimal[count * PerEvaluation];
        Level = new byte[count * PerEvaluation];
        Adjusted = new decimal[count];
        Spent = new decimal[count];
    }

    public int Count { get; }

    /// <summary>Per indicator: the target (0 for qualitative ones).</summary>
    public decimal[] Target { get; }

    /// <summary>Per indicator: the actual value, or the assessor's score of a qualitative or judged one.</summary>
    public decimal[] Actual { get; }

    /// <summary>Per indicator: the achievement level (0 achieved, 1 partly, 2 not) of a qualitative one.</summary>
    public byte[] Level { get; }

    public decimal[] Adjusted { get; }

    public decimal[] Spent { get; }

    public static FlatPortfolio From(IReadOnlyList<Evaluation> evaluations)
    {
        var flat = new FlatPortfolio(evaluations.Count);
        for (var e = 0; e < evaluations.Count; e++)
        {
            var evaluation = evaluations[e];
            for (var i = 0; i < PerEvaluation; i++)
            {
                var k = (e * PerEvaluation) + i;
                var indicator = evaluation.Indicators.Indicators[i];
                var record = evaluation.Records[i];
                flat.Target[k] = indicator.Target ?? 0m;
                flat.Actual[k] = record.Actual ?? record.AssessorScore ?? 0m;
                flat.Level[k] = (byte)(record.Achievement ?? AchievementLevel.Achieved);
            }

            flat.Adjusted[e] = evaluation.BudgetExecution!.AdjustedBudget.Yuan;
            flat.Spent[e] = evaluation.BudgetExecution!.Spent.Yuan;
        }

        return flat;
    }
}

/// <summary>
/// The limit: what a careful programmer would hand-write for exactly this form and these rules, with plain loops
/// over arrays of decimals and a switch per indicator, no library types, no validation beyond the qualitative bands,
/// no explanations. It writes every indicator score, the three level-1 subtotals, the total and the grade.
/// </summary>
internal static class HandWritten
{
    // The strategy of each of the 15 positions under the national rule set, and the points.
    private const int Proportional = 0, Steps = 1, Deviation = 2, Equality = 3, DeductBelow = 4, ReverseLinear = 5, ReverseRatio = 6, Qualitative = 7, Judgement = 8, DeductAbove = 9;

    private static readonly int[] Kind =
        [Proportional, Steps, Deviation, Proportional, Equality, DeductBelow, Proportional, ReverseLinear, ReverseRatio, Proportional, Steps, Qualitative, Judgement, Proportional, DeductAbove];

    private static readonly decimal[] Points = [6m, 5m, 4m, 5m, 5m, 5m, 10m, 5m, 5m, 10m, 8m, 6m, 6m, 6m, 4m];

    // Level 1: positions [0, 9) output, [9, 13) benefit, [13, 15) satisfaction.
    private static readonly int[] LevelOneEnd = [9, 13, 15];

    /// <summary>Scores every evaluation; returns the sum of the totals (a checksum the benchmark returns).</summary>
    public static decimal ScoreAll(FlatPortfolio p, decimal[] scores, decimal[] levelOne, decimal[] totals, byte[] grades)
    {
        var checksum = 0m;
        var target = p.Target;
        var actual = p.Actual;
        for (var e = 0; e < p.Count; e++)
        {
            var baseIndex = e * FlatPortfolio.PerEvaluation;
            var indicators = 0m;
            var start = 0;
            for (var l = 0; l < LevelOneEnd.Length; l++)
            {
                var subtotal = 0m;
                for (var i = start; i < LevelOneEnd[l]; i++)
                {
                    var k = baseIndex + i;
                    var s = Round(Score(Kind[i], Points[i], target[k], actual[k], p.Level[k]));
                    scores[k] = s;
                    subtotal += s;
                }

                levelOne[(e * 3) + l] = subtotal;
                indicators += subtotal;
                start = LevelOneEnd[l];
            }

            var rate = p.Spent[e] / p.Adjusted[e];
            var budget = Round((rate > 1m ? 1m : rate) * 10m);
            var total = Round(indicators + budget);
            totals[e] = total;
            grades[e] = total >= 90m ? (byte)3 : total >= 80m ? (byte)2 : total >= 60m ? (byte)1 : (byte)0;
            checksum += total;
        }

        return checksum;
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Score(int kind, decimal w, decimal t, decimal a, byte level)
    {
        decimal raw;
        switch (kind)
        {
            case Proportional:
                raw = t > 0m ? w * a / t : (a >= t ? w : 0m);
                break;
            case Steps:
                {
                    var c = a / t;
                    raw = c >= 0.95m ? w : c >= 0.90m ? w * 0.8m : c >= 0.80m ? w * 0.5m : 0m;
                    break;
                }

            case Deviation:
                {
                    var d = Math.Abs(a - t) / Math.Abs(t);
                    raw = d <= 0.10m ? w : d <= 0.15m ? w * 0.6m : d <= 0.20m ? w * 0.2m : 0m;
                    break;
                }

            case Equality:
                raw = t == 0m ? (a <= 0m ? w : 0m) : a == t ? w : w * a / t;
                break;
            case DeductBelow:
                {
                    var gap = 90m - a;
                    raw = gap <= 0m ? w : w - (decimal.Ceiling(gap / 5m) * 1m);
                    break;
                }

            case DeductAbove:
                {
                    var gap = a - t;
                    raw = gap <= 0m ? w : w - (decimal.Floor(gap / 1m) * 0.5m);
                    break;
                }

            case ReverseLinear:
                raw = a <= t ? w : t == 0m ? 0m : w * (1m - ((a - t) / t));
                break;
            case ReverseRatio:
                raw = a <= t ? w : t <= 0m ? 0m : w * t / a;
                break;
            case Qualitative:
                {
                    var achieved = Round(w * 0.8m);
                    var partly = Round(w * 0.6m);
                    var ok = level switch
                    {
                        0 => a >= achieved && a <= w,
                        1 => a >= partly && a < achieved,
                        _ => a >= 0m && a < partly,
                    };
                    return ok ? a : throw new InvalidOperationException("score outside its band");
                }

            default: // Judgement
                return a <= w ? a : throw new InvalidOperationException("judged score above the points");
        }

        if (raw < 0m)
        {
            raw = 0m;
        }

        return raw > w ? w : raw;
    }
}
