using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>The closed set of indicator scoring strategies. Each is parameterised data, never a code string.</summary>
public enum StrategyKind
{
    /// <summary>正向比例: for ≥ and &gt;, w × a ÷ t.</summary>
    Proportional = 0,

    /// <summary>反向线性: for ≤ and &lt;, full points up to t, falling linearly to 0 at a multiple of t (2t by default).</summary>
    ReverseLinear = 1,

    /// <summary>反向比例: for ≤ and &lt;, full points up to t, then w × t ÷ a.</summary>
    ReverseRatio = 2,

    /// <summary>等于: full points when a = t, otherwise proportional; target 0 has its own rule.</summary>
    Equality = 3,

    /// <summary>定性分档: the assessor's score checked against the band of the chosen achievement level.</summary>
    QualitativeBands = 4,

    /// <summary>阶梯: completion a ÷ t at or above a step earns that step's share of the points.</summary>
    StepThresholds = 5,

    /// <summary>偏差区间: the relative deviation |a − t| ÷ |t| within a band earns that band's share.</summary>
    DeviationBands = 6,

    /// <summary>按档扣分: a number of points lost per step below or above a threshold.</summary>
    PerStepDeduction = 7,

    /// <summary>评价人打分: the assessor's score within [0, w], recorded and validated, not computed.</summary>
    Judgement = 8,
}

/// <summary>How an equality indicator is scored when the actual value is above the target.</summary>
public enum EqualityOvershoot
{
    /// <summary>Proportional as for a positive indicator, w × a ÷ t (capped when the rule set caps): the deployed default [D].</summary>
    Proportional = 0,

    /// <summary>Symmetric: w × t ÷ a, so overshooting loses points as undershooting does.</summary>
    InverseRatio = 1,
}

/// <summary>Which side of a threshold a per-step deduction counts.</summary>
public enum DeductionSide
{
    /// <summary>Points are lost for each step the actual value lies below the threshold.</summary>
    Below = 0,

    /// <summary>Points are lost for each step the actual value lies above the threshold.</summary>
    Above = 1,
}

/// <summary>How partial steps count in a per-step deduction.</summary>
public enum StepCounting
{
    /// <summary>Every started step counts (ceiling): 6 points below with steps of 5 is 2 steps.</summary>
    EveryStartedStep = 0,

    /// <summary>Only whole steps count (floor): 6 points below with steps of 5 is 1 step.</summary>
    WholeStepsOnly = 1,

    /// <summary>Partial steps count in proportion: 6 points below with steps of 5 is 1.2 steps.</summary>
    Proportional = 2,
}

/// <summary>
/// An indicator scoring strategy: an id that level-3 indicators may reference, its kind, its parameters, the
/// source it cites, and optionally its own rounding (otherwise the rule set's indicator rounding applies).
/// The set of kinds is closed; the concrete classes are sealed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class ScoringStrategy
{
    private protected ScoringStrategy(string id, StrategyKind kind, SourceCitation source, Rounding? rounding)
    {
        Preconditions.CheckNotNull(id);
        if (!IndicatorClass.IsValidCode(id))
        {
            throw new ArgumentException($"'{id}' is not a valid strategy id: use lower-case ASCII letters, digits and '-'.", nameof(id));
        }

        Id = id;
        Kind = kind;
        Source = Preconditions.CheckNotNull(source);
        Rounding = rounding;
    }

    /// <summary>The id, unique in its rule set.</summary>
    public string Id { get; }

    /// <summary>The kind.</summary>
    public StrategyKind Kind { get; }

    /// <summary>The source the strategy cites.</summary>
    public SourceCitation Source { get; }

    /// <summary>The strategy's own rounding of indicator scores, or null to use the rule set's.</summary>
    public Rounding? Rounding { get; }

    /// <summary>Whether the strategy can score an indicator with this direction.</summary>
    /// <param name="direction">The direction.</param>
    public abstract bool Accepts(Direction direction);

    /// <summary>The id and kind.</summary>
    public override string ToString() => $"{Id} ({Kind})";

    private protected static bool IsQuantitative(Direction d) => d != Direction.Qualitative;

    private protected static bool IsPositive(Direction d) => d is Direction.AtLeast or Direction.GreaterThan;

    private protected static bool IsReverse(Direction d) => d is Direction.AtMost or Direction.LessThan;
}

/// <summary>正向比例: a ≥ t earns w; below, w × a ÷ t. For ≥ and &gt;.</summary>
public sealed class ProportionalStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public ProportionalStrategy(string id, SourceCitation source, Rounding? rounding = null)
        : base(id, StrategyKind.Proportional, source, rounding)
    {
    }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsPositive(direction);
}

/// <summary>
/// 反向线性: a ≤ t earns w; between t and <see cref="ZeroAtMultiple"/> × t the score falls linearly,
/// w × (1 − (a − t) ÷ ((m − 1) × |t|)); at or beyond m × t it is 0. With t = 0: a ≤ 0 earns w, otherwise 0.
/// For ≤ and &lt;.
/// </summary>
public sealed class ReverseLinearStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="zeroAtMultiple">The multiple of the target at which the score reaches 0; above 1 (2 by RULES.md).</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public ReverseLinearStrategy(string id, SourceCitation source, decimal zeroAtMultiple, Rounding? rounding = null)
        : base(id, StrategyKind.ReverseLinear, source, rounding)
    {
        if (zeroAtMultiple <= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(zeroAtMultiple), zeroAtMultiple, "The score must reach 0 beyond the target: use a multiple above 1.");
        }

        ZeroAtMultiple = zeroAtMultiple;
    }

    /// <summary>The multiple of the target at which the score reaches 0 (inclusive).</summary>
    public decimal ZeroAtMultiple { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsReverse(direction);
}

/// <summary>反向比例: a ≤ t earns w; above, w × t ÷ a. For ≤ and &lt;. With t ≤ 0 and a &gt; t, 0.</summary>
public sealed class ReverseRatioStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public ReverseRatioStrategy(string id, SourceCitation source, Rounding? rounding = null)
        : base(id, StrategyKind.ReverseRatio, source, rounding)
    {
    }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsReverse(direction);
}

/// <summary>
/// 等于: a = t earns w; a &lt; t earns w × a ÷ t; a &gt; t is scored by <see cref="Overshoot"/>. With t = 0:
/// a ≤ 0 earns w, otherwise 0 [D]. For =.
/// </summary>
public sealed class EqualityStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="overshoot">How a value above the target is scored.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public EqualityStrategy(string id, SourceCitation source, EqualityOvershoot overshoot, Rounding? rounding = null)
        : base(id, StrategyKind.Equality, source, rounding)
    {
        Overshoot = Preconditions.CheckDefined(overshoot);
    }

    /// <summary>How a value above the target is scored.</summary>
    public EqualityOvershoot Overshoot { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => direction == Direction.EqualTo;
}

/// <summary>
/// 定性分档: the assessor chooses an achievement level and a score inside its band. The bands, as shares of w:
/// achieved from <see cref="AchievedFrom"/> to 1, partly achieved from <see cref="PartlyFrom"/> to
/// <see cref="AchievedFrom"/>, not achieved from 0 to <see cref="PartlyFrom"/>. Edges are
/// <see cref="EdgeRounding"/>(w × share). With <see cref="LowerEdgesInclusive"/> each band includes its lower edge
/// (national: 0.8w ≤ s ≤ w, 0.6w ≤ s &lt; 0.8w, 0 ≤ s &lt; 0.6w); otherwise its upper edge
/// (0.8w &lt; s ≤ w, 0.6w &lt; s ≤ 0.8w, 0 ≤ s ≤ 0.6w). A score outside the band is an input error.
/// </summary>
public sealed class QualitativeBandsStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="achievedFrom">The lower edge of "achieved" as a share of w (0.8 nationally); in (partlyFrom, 1].</param>
    /// <param name="partlyFrom">The lower edge of "partly achieved" as a share of w (0.6 nationally; 0.5 in some provinces); in (0, achievedFrom).</param>
    /// <param name="lowerEdgesInclusive">Whether each band includes its lower edge (true nationally).</param>
    /// <param name="edgeRounding">How the edges w × share are rounded (2 decimals, half away from zero [D]).</param>
    /// <param name="rounding">Its own rounding of scores, or null.</param>
    public QualitativeBandsStrategy(string id, SourceCitation source, decimal achievedFrom, decimal partlyFrom, bool lowerEdgesInclusive, Rounding edgeRounding, Rounding? rounding = null)
        : base(id, StrategyKind.QualitativeBands, source, rounding)
    {
        if (achievedFrom <= 0m || achievedFrom > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(achievedFrom), achievedFrom, "The achieved edge must lie in (0, 1].");
        }

        if (partlyFrom <= 0m || partlyFrom >= achievedFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(partlyFrom), partlyFrom, "The partly-achieved edge must lie in (0, achievedFrom).");
        }

        AchievedFrom = achievedFrom;
        PartlyFrom = partlyFrom;
        LowerEdgesInclusive = lowerEdgesInclusive;
        EdgeRounding = edgeRounding;
    }

    /// <summary>The lower edge of "achieved", as a share of the points.</summary>
    public decimal AchievedFrom { get; }

    /// <summary>The lower edge of "partly achieved", as a share of the points.</summary>
    public decimal PartlyFrom { get; }

    /// <summary>Whether each band includes its lower edge.</summary>
    public bool LowerEdgesInclusive { get; }

    /// <summary>How the edges are rounded.</summary>
    public Rounding EdgeRounding { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => direction == Direction.Qualitative;

    /// <summary>The band [lower, upper] of an achievement level for <paramref name="points"/>, with the edges rounded.</summary>
    /// <param name="level">The achievement level.</param>
    /// <param name="points">The indicator's points.</param>
    /// <returns>The edges; which edge is inclusive follows <see cref="LowerEdgesInclusive"/>, except that 0 and w are always inclusive.</returns>
    public (decimal Lower, decimal Upper) BandOf(AchievementLevel level, decimal points)
    {
        var achieved = EdgeRounding.Apply(points * AchievedFrom);
        var partly = EdgeRounding.Apply(points * PartlyFrom);
        return Preconditions.CheckDefined(level) switch
        {
            AchievementLevel.Achieved => (achieved, points),
            AchievementLevel.PartlyAchieved => (partly, achieved),
            _ => (0m, partly),
        };
    }

    /// <summary>Whether <paramref name="score"/> lies in the band of <paramref name="level"/> for <paramref name="points"/>.</summary>
    /// <param name="level">The chosen level.</param>
    /// <param name="points">The points.</param>
    /// <param name="score">The assessor's score.</param>
    public bool InBand(AchievementLevel level, decimal points, decimal score)
    {
        var (lower, upper) = BandOf(level, points);
        var isTop = level == AchievementLevel.Achieved;
        var isBottom = level == AchievementLevel.NotAchieved;
        var lowerOk = LowerEdgesInclusive || isBottom ? score >= lower : score > lower;
        var upperOk = !LowerEdgesInclusive || isTop ? score <= upper : score < upper;
        return lowerOk && upperOk;
    }
}

/// <summary>One step of a <see cref="StepThresholdsStrategy"/>: completion at or above <see cref="MinimumCompletion"/> earns <see cref="ShareOfPoints"/>.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct ThresholdStep : IEquatable<ThresholdStep>
{
    /// <summary>Creates a step.</summary>
    /// <param name="minimumCompletion">The completion a ÷ t from which the step applies (inclusive), e.g. 0.95.</param>
    /// <param name="shareOfPoints">The share of the points earned, in [0, 1].</param>
    public ThresholdStep(decimal minimumCompletion, decimal shareOfPoints)
    {
        MinimumCompletion = minimumCompletion;
        if (shareOfPoints < 0m || shareOfPoints > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(shareOfPoints), shareOfPoints, "The share must lie in [0, 1].");
        }

        ShareOfPoints = shareOfPoints;
    }

    /// <summary>The completion from which the step applies, inclusive.</summary>
    public decimal MinimumCompletion { get; }

    /// <summary>The share of the points earned.</summary>
    public decimal ShareOfPoints { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(ThresholdStep left, ThresholdStep right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ThresholdStep left, ThresholdStep right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ThresholdStep other) => MinimumCompletion == other.MinimumCompletion && ShareOfPoints == other.ShareOfPoints;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ThresholdStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MinimumCompletion, ShareOfPoints);
}

/// <summary>
/// 阶梯: completion c = a ÷ t is compared with the steps from the highest down; the first step with
/// c ≥ its minimum earns its share of w; below every step the score is 0. For ≥ and &gt; with t &gt; 0.
/// Example: c ≥ 0.95 → w, c ≥ 0.90 → 0.8w, c ≥ 0.80 → 0.5w, below → 0.
/// </summary>
public sealed class StepThresholdsStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="steps">At least one step; distinct minimums; a higher minimum never earns a smaller share.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public StepThresholdsStrategy(string id, SourceCitation source, IEnumerable<ThresholdStep> steps, Rounding? rounding = null)
        : base(id, StrategyKind.StepThresholds, source, rounding)
    {
        Preconditions.CheckNotNull(steps);
        var sorted = steps.OrderByDescending(s => s.MinimumCompletion).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("At least one step is needed.", nameof(steps));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].MinimumCompletion == sorted[i - 1].MinimumCompletion || sorted[i].ShareOfPoints > sorted[i - 1].ShareOfPoints)
            {
                throw new ArgumentException("Steps need distinct minimums, and a higher minimum never earns a smaller share.", nameof(steps));
            }
        }

        Steps = new ReadOnlyCollection<ThresholdStep>(sorted);
    }

    /// <summary>The steps, highest minimum first.</summary>
    public IReadOnlyList<ThresholdStep> Steps { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsPositive(direction);
}

/// <summary>One band of a <see cref="DeviationBandsStrategy"/>: a deviation up to <see cref="MaximumDeviation"/> earns <see cref="ShareOfPoints"/>.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct DeviationBand : IEquatable<DeviationBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="maximumDeviation">The largest relative deviation of the band, e.g. 0.10 for ±10%; at least 0.</param>
    /// <param name="shareOfPoints">The share of the points earned, in [0, 1].</param>
    public DeviationBand(decimal maximumDeviation, decimal shareOfPoints)
    {
        MaximumDeviation = Preconditions.CheckNonNegative(maximumDeviation);
        if (shareOfPoints < 0m || shareOfPoints > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(shareOfPoints), shareOfPoints, "The share must lie in [0, 1].");
        }

        ShareOfPoints = shareOfPoints;
    }

    /// <summary>The largest relative deviation of the band.</summary>
    public decimal MaximumDeviation { get; }

    /// <summary>The share of the points earned.</summary>
    public decimal ShareOfPoints { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(DeviationBand left, DeviationBand right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DeviationBand left, DeviationBand right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(DeviationBand other) => MaximumDeviation == other.MaximumDeviation && ShareOfPoints == other.ShareOfPoints;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DeviationBand other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MaximumDeviation, ShareOfPoints);
}

/// <summary>
/// 偏差区间: the relative deviation d = |a − t| ÷ |t| is compared with the bands from the narrowest; the first band
/// that holds d earns its share of w; beyond every band the score is 0. With <see cref="UpperEdgesInclusive"/>, a band
/// holds d ≤ its maximum (within ±10% includes exactly 10%); otherwise d &lt; its maximum. For any quantitative
/// direction with t ≠ 0. Example: ±10% → 5 of 5 points, ±10–15% → 3, ±15–20% → 1, beyond → 0.
/// </summary>
public sealed class DeviationBandsStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="bands">At least one band; distinct maximums; a wider band never earns a larger share.</param>
    /// <param name="upperEdgesInclusive">Whether a band includes its maximum.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public DeviationBandsStrategy(string id, SourceCitation source, IEnumerable<DeviationBand> bands, bool upperEdgesInclusive, Rounding? rounding = null)
        : base(id, StrategyKind.DeviationBands, source, rounding)
    {
        Preconditions.CheckNotNull(bands);
        var sorted = bands.OrderBy(b => b.MaximumDeviation).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("At least one band is needed.", nameof(bands));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].MaximumDeviation == sorted[i - 1].MaximumDeviation || sorted[i].ShareOfPoints > sorted[i - 1].ShareOfPoints)
            {
                throw new ArgumentException("Bands need distinct maximums, and a wider band never earns a larger share.", nameof(bands));
            }
        }

        Bands = new ReadOnlyCollection<DeviationBand>(sorted);
        UpperEdgesInclusive = upperEdgesInclusive;
    }

    /// <summary>The bands, narrowest first.</summary>
    public IReadOnlyList<DeviationBand> Bands { get; }

    /// <summary>Whether a band includes its maximum.</summary>
    public bool UpperEdgesInclusive { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsQuantitative(direction);
}

/// <summary>
/// 按档扣分: starting from w, lose <see cref="PointsPerStep"/> for each step of <see cref="StepSize"/> that the actual
/// value lies <see cref="Side"/> the threshold (the indicator's target when <see cref="Threshold"/> is null),
/// counting partial steps by <see cref="Counting"/>; never below 0. Examples: lose 1 point per 5 percentage points
/// below 90; lose 0.5 per point over a limit. For any quantitative direction.
/// </summary>
public sealed class PerStepDeductionStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="side">Below or above the threshold.</param>
    /// <param name="threshold">The threshold in the indicator's unit, or null to use the indicator's target.</param>
    /// <param name="stepSize">The size of one step, above 0.</param>
    /// <param name="pointsPerStep">The points lost per step, above 0.</param>
    /// <param name="counting">How partial steps count.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public PerStepDeductionStrategy(string id, SourceCitation source, DeductionSide side, decimal? threshold, decimal stepSize, decimal pointsPerStep, StepCounting counting, Rounding? rounding = null)
        : base(id, StrategyKind.PerStepDeduction, source, rounding)
    {
        Side = Preconditions.CheckDefined(side);
        Threshold = threshold;
        if (stepSize <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "The step size must be above 0.");
        }

        if (pointsPerStep <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(pointsPerStep), pointsPerStep, "The points per step must be above 0.");
        }

        StepSize = stepSize;
        PointsPerStep = pointsPerStep;
        Counting = Preconditions.CheckDefined(counting);
    }

    /// <summary>Below or above the threshold.</summary>
    public DeductionSide Side { get; }

    /// <summary>The threshold, or null for the indicator's target.</summary>
    public decimal? Threshold { get; }

    /// <summary>The size of one step.</summary>
    public decimal StepSize { get; }

    /// <summary>The points lost per step.</summary>
    public decimal PointsPerStep { get; }

    /// <summary>How partial steps count.</summary>
    public StepCounting Counting { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsQuantitative(direction);
}

/// <summary>评价人打分: the assessor's score, which must lie in [0, w], is the indicator's score. For any direction.</summary>
public sealed class JudgementStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public JudgementStrategy(string id, SourceCitation source, Rounding? rounding = null)
        : base(id, StrategyKind.Judgement, source, rounding)
    {
    }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => true;
}
