using System;
using System.Linq;
using System.Numerics;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetPerformance.Scoring.Tests.Exact;

/// <summary>
/// Generators of <see cref="ScoringCase"/>s within the document limits (measures 0 or 10^-6..10^15, points 10^-4..10^4):
/// random inputs of every magnitude; exact ties, made on purpose (choose the precision, the mode and the rounded result's
/// half-unit or whole unit v, then solve the formula for the actual, with the target chosen so that the actual is a decimal);
/// and inputs on the edges of steps, bands and whole step counts, and just beside them.
/// </summary>
public static class ScoringCases
{
    private static readonly RoundingMode[] Modes = Enum.GetValues<RoundingMode>();
    private static readonly Rational Max = Rational.Of(1_000_000_000_000_000m);
    private static readonly Rational Min = Rational.Of(0.000001m);
    private static readonly Rational Tiny = Rational.Of(0.000001m);
    private static readonly SourceCitation Source = new("generated", SourceKind.Deployed);

    private static readonly ThresholdStep[][] Ladders =
    [
        [new(0.95m, 1m), new(0.9m, 0.8m), new(0.8m, 0.5m)],
        [new(1m, 1m), new(0.75m, 0.6m), new(0.5m, 0.3m)],
        [new(0.85m, 1m), new(0.6m, 0.45m)],
    ];

    private static readonly DeviationBand[][] BandSets =
    [
        [new(0.1m, 1m), new(0.15m, 0.6m), new(0.2m, 0.2m)],
        [new(0.05m, 1m), new(0.125m, 0.5m), new(0.333m, 0.25m)],
    ];

    private static readonly decimal[] Multiples = [2m, 1.5m, 3m, 2.5m, 1.2m];
    private static readonly decimal[] PerStep = [0.5m, 1m, 2m, 0.25m, 1.5m, 0.3m];

    /// <summary>Every kind of case: random, tie and edge.</summary>
    public static Gen<ScoringCase> All => Gen.Frequency((2, Random), (5, TieCases), (3, Edge));

    // ---- numbers ----

    /// <summary>A decimal of up to <paramref name="digits"/> significant digits and <paramref name="scale"/> decimals.</summary>
    private static Gen<decimal> Digits(int digits, int scale) =>
        from hi in Gen.Choose(0, 999_999_999)
        from mid in Gen.Choose(0, 999_999_999)
        from lo in Gen.Choose(0, 999_999_999)
        let mantissa = (new BigInteger(hi) * BigInteger.Pow(10, 18)) + (new BigInteger(mid) * BigInteger.Pow(10, 9)) + lo
        select new Rational(mantissa % BigInteger.Pow(10, digits), BigInteger.Pow(10, scale)).ToDecimal();

    /// <summary>A measure within the limits: any number of significant digits up to 20 (sometimes 28), any scale that keeps it in range.</summary>
    private static Gen<decimal> Measure =>
        (from digits in Gen.Frequency((6, Gen.Choose(1, 8)), (3, Gen.Choose(9, 20)), (1, Gen.Choose(21, 28)))
         from scale in Gen.Choose(0, Math.Min(28, digits + 5))
         from value in Digits(digits, scale)
         select value).Where(InLimits).Where(v => v > 0m);

    private static bool InLimits(decimal v) => v == 0m || (Math.Abs(v) >= 0.000001m && Math.Abs(v) <= 1_000_000_000_000_000m);

    private static bool InLimits(Rational v) => v.Sign == 0 || (Rational.Abs(v) >= Min && Rational.Abs(v) <= Max);

    /// <summary>Points: whole, one, two or four decimals, up to <paramref name="largest"/>.</summary>
    private static Gen<decimal> PointsUpTo(int largest) => Gen.Frequency(
        (4, Gen.Choose(1, largest).Select(i => (decimal)i)),
        (2, Gen.Choose(1, largest * 10).Select(i => i / 10m)),
        (2, Gen.Choose(1, largest * 100).Select(i => i / 100m)),
        (1, Gen.Choose(1, Math.Min(largest * 10_000, 99_999_999)).Select(i => i / 10_000m)));

    /// <summary>(w, not-applicable sibling s, met sibling u): no rescaling half of the time.</summary>
    private static Gen<(decimal W, decimal S, decimal U)> PointsSet => Gen.Frequency(
        (2, PointsUpTo(100).Select(w => (w, 0m, 0m))),
        (1, Gen.Choose(1, 99_999_999).Select(i => (i / 10_000m, 0m, 0m))),
        (3, from w in PointsUpTo(100) from s in PointsUpTo(50) from u in Gen.Frequency((1, Gen.Constant(0m)), (2, PointsUpTo(100))) select (w, s, u)),
        (1, Gen.Elements((19m, 5m, 76m), (9m, 10m, 81m), (3m, 1m, 3m), (7m, 2m, 0m))));

    private static Gen<Rounding> Roundings => from p in Gen.Choose(0, 4) from mode in Gen.Elements(Modes) select new Rounding(p, mode);

    // ---- strategies (the rounding given is the strategy's own, or null) ----

    private static Gen<Func<Rounding?, ScoringStrategy>> Proportional => Gen.Constant<Func<Rounding?, ScoringStrategy>>(r => new ProportionalStrategy(ScoringCase.StrategyId, Source, r));

    private static Gen<Func<Rounding?, ScoringStrategy>> ReverseLinear =>
        Gen.Elements(Multiples).Select<decimal, Func<Rounding?, ScoringStrategy>>(m => r => new ReverseLinearStrategy(ScoringCase.StrategyId, Source, m, r));

    private static Gen<Func<Rounding?, ScoringStrategy>> ReverseRatio => Gen.Constant<Func<Rounding?, ScoringStrategy>>(r => new ReverseRatioStrategy(ScoringCase.StrategyId, Source, r));

    private static Gen<Func<Rounding?, ScoringStrategy>> Equality(EqualityOvershoot overshoot) =>
        Gen.Constant<Func<Rounding?, ScoringStrategy>>(r => new EqualityStrategy(ScoringCase.StrategyId, Source, overshoot, r));

    private static Gen<Func<Rounding?, ScoringStrategy>> Steps =>
        Gen.Choose(0, Ladders.Length - 1).Select<int, Func<Rounding?, ScoringStrategy>>(i => r => new StepThresholdsStrategy(ScoringCase.StrategyId, Source, Ladders[i], r));

    private static Gen<Func<Rounding?, ScoringStrategy>> Bands =>
        from i in Gen.Choose(0, BandSets.Length - 1)
        from inclusive in Gen.Elements(true, false)
        select (Func<Rounding?, ScoringStrategy>)(r => new DeviationBandsStrategy(ScoringCase.StrategyId, Source, BandSets[i], inclusive, r));

    private static ScoringStrategy Deduction(DeductionSide side, decimal? threshold, decimal size, decimal perStep, StepCounting counting, Rounding? r) =>
        new PerStepDeductionStrategy(ScoringCase.StrategyId, Source, side, threshold, size, perStep, counting, r);

    private static Gen<Direction> DirectionFor(ScoringStrategy s) => s switch
    {
        ProportionalStrategy or StepThresholdsStrategy => Gen.Constant(Direction.AtLeast),
        ReverseLinearStrategy or ReverseRatioStrategy => Gen.Constant(Direction.AtMost),
        EqualityStrategy => Gen.Constant(Direction.EqualTo),
        _ => Gen.Elements(Direction.AtLeast, Direction.EqualTo, Direction.AtMost),
    };

    /// <summary>A case around a strategy: the rounding sits on the rule set or, one time in four, on the strategy.</summary>
    private static Gen<ScoringCase> Around(string origin, Func<Rounding?, ScoringStrategy> make, Rounding rounding, (decimal W, decimal S, decimal U) points, decimal t, decimal a) =>
        from own in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from cap in Gen.Elements(true, false)
        from other in Roundings
        let strategy = make(own ? rounding : null)
        from direction in DirectionFor(strategy)
        select new ScoringCase(origin, strategy, direction, t, a, points.W, points.S, points.U, cap, own ? other : rounding);

    // ---- random ----

    private static Gen<Func<Rounding?, ScoringStrategy>> AnyStrategy => Gen.OneOf(
        Proportional, ReverseLinear, ReverseRatio, Equality(EqualityOvershoot.Proportional), Equality(EqualityOvershoot.InverseRatio),
        Equality(EqualityOvershoot.SymmetricDeviation), Steps, Bands,
        from side in Gen.Elements(DeductionSide.Below, DeductionSide.Above)
        from threshold in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (1, Measure.Select(v => (decimal?)v)))
        from size in Measure
        from perStep in Gen.Elements(PerStep)
        from counting in Gen.Elements(Enum.GetValues<StepCounting>())
        select (Func<Rounding?, ScoringStrategy>)(r => Deduction(side, threshold, size, perStep, counting, r)));

    private static Gen<ScoringCase> Random =>
        from make in AnyStrategy
        from rounding in Roundings
        from points in PointsSet
        from t in Measure
        from a in Gen.Frequency((3, Measure), (2, from f in Gen.Choose(0, 300_000) select Cut(Rational.Of(t) * new Rational(f, 100_000), 10)), (1, Gen.Constant(0m)))
        where InLimits(a)
        from c in Around("random", make, rounding, points, t, a)
        select c;

    private static decimal Cut(Rational v, int decimals) => v.Truncate(decimals);

    // ---- ties ----

    /// <summary>
    /// A tie at the precision: (2k + h) ÷ (2 × 10^p) with 0 ≤ v ≤ <paramref name="upTo"/>; h = 1 gives a midpoint (the edge of the
    /// half modes), h = 0 a multiple of the unit (the edge of up and down).
    /// </summary>
    private static Gen<Rational> TieValue(Rational upTo, int p) =>
        from k in Gen.Choose(0, (int)BigInteger.Min((upTo * Rational.Of(Pow10(p))).Floor(), 200_000_000))
        from h in Gen.Elements(0, 1)
        let v = new Rational((2 * k) + h, 2 * Pow10(p))
        select v > upTo ? new Rational(k, Pow10(p)) : v;

    private static long Pow10(int p) => (long)Math.Pow(10, p);

    /// <summary>
    /// A multiplier m = Q × r ÷ 10^j for the points W = P ÷ Q (lowest terms): the target t = W × m = P × r ÷ 10^j is then a
    /// decimal, and so is every actual that solves the formula for a decimal tie.
    /// </summary>
    private static Gen<Rational> Multiplier(Rational w) =>
        from r in Gen.Choose(1, 99_999)
        from j in Gen.Choose(0, 6)
        select Shrink(new Rational(w.D * r, BigInteger.Pow(10, j)), w);

    // Keeps t = W × m within 10^15 by moving the decimal point.
    private static Rational Shrink(Rational m, Rational w)
    {
        while (w * m > Max)
        {
            m /= Rational.Of(10);
        }

        return m;
    }

    /// <summary>Exact ties only.</summary>
    public static Gen<ScoringCase> TieCases =>
        from rounding in Roundings
        from points in PointsSet
        let w = new ScoringCase("", new ProportionalStrategy("p", Source), Direction.AtLeast, 1m, 1m, points.W, points.S, points.U, true, rounding).ScoredAgainst
        from m in Multiplier(w)
        from c in Gen.OneOf(
            // w × a ÷ t = v: a = v × t ÷ W = v × m (below the target; above it too, without the cap).
            from v in TieValue(w * Rational.Of(2), rounding.Decimals) from c in Around("tie proportional", r => new ProportionalStrategy(ScoringCase.StrategyId, Source, r), rounding, points, (w * m).Fit(), (v * m).Fit()) select c,
            // equality below the target, any overshoot: w × a ÷ t = v.
            from v in TieValue(w, rounding.Decimals) from o in Gen.Elements(Enum.GetValues<EqualityOvershoot>()) from c in Around("tie equality below", r => new EqualityStrategy(ScoringCase.StrategyId, Source, o, r), rounding, points, (w * m).Fit(), (v * m).Fit()) select c,
            // symmetric deviation above: w × (2t − a) ÷ t = v: a = 2t − v × m.
            from v in TieValue(w, rounding.Decimals) from c in Around("tie equality symmetric above", r => new EqualityStrategy(ScoringCase.StrategyId, Source, EqualityOvershoot.SymmetricDeviation, r), rounding, points, (w * m).Fit(), ((Rational.Of(2) * w * m) - (v * m)).Fit()) select c,
            // reverse linear: w × (1 − (a − t) ÷ ((M − 1) t)) = v: a = t + (M − 1) × (t − v × m).
            from v in TieValue(w, rounding.Decimals) from mult in Gen.Elements(Multiples) from c in Around("tie reverse-linear", r => new ReverseLinearStrategy(ScoringCase.StrategyId, Source, mult, r), rounding, points, (w * m).Fit(), ((w * m) + (Rational.Of(mult - 1m) * ((w * m) - (v * m)))).Fit()) select c,
            // w × t ÷ a = v (reverse ratio, equality's inverse-ratio overshoot): a = W × m, t = v × m.
            from tie in TieValue(w, rounding.Decimals) let v = tie.Sign > 0 ? tie : w from inverse in Gen.Elements(true, false)
            from c in Around("tie target over actual", inverse ? r => new EqualityStrategy(ScoringCase.StrategyId, Source, EqualityOvershoot.InverseRatio, r) : (Func<Rounding?, ScoringStrategy>)(r => new ReverseRatioStrategy(ScoringCase.StrategyId, Source, r)), rounding, points, (v * m).Fit(), (w * m).Fit()) select c,
            // proportional deduction: w − gap × per step ÷ size = v, with size = per step × m: gap = (W − v) × m.
            from v in TieValue(w, rounding.Decimals) from perStep in Gen.Elements(PerStep) from side in Gen.Elements(DeductionSide.Below, DeductionSide.Above) from explicitThreshold in Gen.Elements(true, false) from rest in Measure
            let gap = (w - v) * m
            let threshold = side == DeductionSide.Below ? gap + Rational.Of(rest) : Rational.Of(rest)
            let actual = side == DeductionSide.Below ? threshold - gap : threshold + gap
            let target = explicitThreshold ? Rational.Of(rest) : threshold
            let fits = InLimits(threshold) && InLimits(actual) && InLimits(target) && InLimits(Rational.Of(perStep) * m)
            from c in fits
                ? Around("tie proportional deduction", r => Deduction(side, explicitThreshold ? threshold.Fit() : null, (Rational.Of(perStep) * m).Fit(), perStep, StepCounting.Proportional, r), rounding, points, target.Fit(), actual.Fit())
                : Around("tie proportional", r => new ProportionalStrategy(ScoringCase.StrategyId, Source, r), rounding, points, (w * m).Fit(), (v * m).Fit())
            select c)
        where InLimits(c.Target) && InLimits(c.Actual) && c.Actual >= 0m
        select c;

    // ---- edges ----

    /// <summary>0, or a step of 10^-6 or of the target's last digit, either way.</summary>
    private static Gen<Rational> Beside(decimal t) => Gen.Elements(
        Rational.Zero, Rational.Zero, Tiny, Rational.Zero - Tiny, Rational.Of(LastDigit(t)), Rational.Zero - Rational.Of(LastDigit(t)));

    private static decimal LastDigit(decimal t) => new(1, 0, 0, false, (byte)((decimal.GetBits(t)[3] >> 16) & 0xFF));

    private static Gen<ScoringCase> Edge =>
        from rounding in Roundings
        from points in PointsSet
        from t in Measure
        from delta in Beside(t)
        let T = Rational.Of(t)
        from c in Gen.OneOf(
            // on the target, every strategy that has one.
            from make in AnyStrategy from c in Around("edge target", make, rounding, points, t, (T + delta).Fit()) select c,
            // reverse linear's zero point m·t; symmetric deviation's 2t.
            from mult in Gen.Elements(Multiples) from c in Around("edge zero point", r => new ReverseLinearStrategy(ScoringCase.StrategyId, Source, mult, r), rounding, points, t, ((Rational.Of(mult) * T) + delta).Fit()) select c,
            from c in Around("edge 2t", r => new EqualityStrategy(ScoringCase.StrategyId, Source, EqualityOvershoot.SymmetricDeviation, r), rounding, points, t, ((Rational.Of(2) * T) + delta).Fit()) select c,
            // a step's minimum completion: a = c × t.
            from i in Gen.Choose(0, Ladders.Length - 1) from s in Gen.Elements(Ladders[i])
            from c in Around("edge step", r => new StepThresholdsStrategy(ScoringCase.StrategyId, Source, Ladders[i], r), rounding, points, t, ((Rational.Of(s.MinimumCompletion) * T) + delta).Fit()) select c,
            // a band's edge: |a − t| = d × t, either side.
            from i in Gen.Choose(0, BandSets.Length - 1) from b in Gen.Elements(BandSets[i]) from inclusive in Gen.Elements(true, false) from sign in Gen.Elements(1, -1)
            from c in Around("edge band", r => new DeviationBandsStrategy(ScoringCase.StrategyId, Source, BandSets[i], inclusive, r), rounding, points, t, (T + (Rational.Of(sign) * Rational.Of(b.MaximumDeviation) * T) + delta).Fit()) select c,
            // a whole number of steps beyond the threshold.
            from n in Gen.Choose(1, 40) from size in Measure from perStep in Gen.Elements(PerStep) from side in Gen.Elements(DeductionSide.Below, DeductionSide.Above) from counting in Gen.Elements(Enum.GetValues<StepCounting>())
            let gap = (Rational.Of(n) * Rational.Of(size)) + delta
            let actual = side == DeductionSide.Below ? T - gap : T + gap
            from c in Around("edge whole steps", r => Deduction(side, null, size, perStep, counting, r), rounding, points, t, actual.Fit()) select c)
        where InLimits(c.Actual) && c.Actual >= 0m
        select c;
}
