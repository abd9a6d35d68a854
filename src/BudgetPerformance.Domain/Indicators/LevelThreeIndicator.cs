using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

/// <summary>
/// A level-3 indicator (三级指标): the concrete, measurable indicator a unit writes, such as
/// "高标准农田建设面积 ≥ 5000 亩".
/// </summary>
/// <remarks>
/// <para>Invariants: the name is not blank; points are at least 0; a quantitative indicator has a numeric
/// target, a unit that is not blank and a direction other than <see cref="Direction.Qualitative"/>; a qualitative
/// indicator has the direction <see cref="Direction.Qualitative"/> and neither a target nor a unit.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LevelThreeIndicator : IEquatable<LevelThreeIndicator>
{
    /// <summary>Creates a level-3 indicator; prefer <see cref="Quantitative"/> or <see cref="Qualitative"/>.</summary>
    /// <param name="code">The code, unique in its tree.</param>
    /// <param name="name">The name (指标名称).</param>
    /// <param name="kind">Quantitative or qualitative.</param>
    /// <param name="direction">The direction (指标性质).</param>
    /// <param name="target">The target value (指标值); quantitative only.</param>
    /// <param name="unit">The unit (计量单位); quantitative only.</param>
    /// <param name="valueBasis">The basis of the target value.</param>
    /// <param name="points">The points (分值), at least 0.</param>
    /// <param name="explanation">The explanation (指标解释: formula or statistical scope; for qualitative indicators what is judged and how), or null when none was given.</param>
    /// <param name="scoringRule">The id of a scoring rule in the rule set, or null for the rule set's default for the direction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="DomainInvariantException">An invariant is broken; the exception names the parameter and the code.</exception>
    public LevelThreeIndicator(
        IndicatorCode code,
        string name,
        IndicatorKind kind,
        Direction direction,
        decimal? target,
        string? unit,
        ValueBasis valueBasis,
        decimal points,
        string? explanation = null,
        string? scoringRule = null)
    {
        Guard.Against.Uncreated(code);
        Guard.Against.Null(name);
        Guard.Against.Undefined(kind);
        Guard.Against.Undefined(direction);
        Guard.Against.Undefined(valueBasis);
        Guard.Against.Invariant(FindProblems(code, name, kind, direction, target, unit, points));
        Guard.Against.InvalidWhen(scoringRule is not null && string.IsNullOrWhiteSpace(scoringRule), nameof(scoringRule), "A scoring rule reference, when given, must not be blank.");

        Code = code;
        Name = name;
        Kind = kind;
        Direction = direction;
        Target = target;
        Unit = unit;
        ValueBasis = valueBasis;
        Points = points;
        Explanation = explanation;
        ScoringRule = scoringRule;
    }

    /// <summary>The code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Quantitative or qualitative.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>The direction; <see cref="Direction.Qualitative"/> exactly when <see cref="Kind"/> is qualitative.</summary>
    public Direction Direction { get; }

    /// <summary>The target value; present exactly when the indicator is quantitative.</summary>
    public decimal? Target { get; }

    /// <summary>The unit; present exactly when the indicator is quantitative.</summary>
    public string? Unit { get; }

    /// <summary>The basis of the target value.</summary>
    public ValueBasis ValueBasis { get; }

    /// <summary>The points (分值).</summary>
    public decimal Points { get; }

    /// <summary>The explanation, or null when none was given (target review reports that).</summary>
    public string? Explanation { get; }

    /// <summary>The id of the scoring rule to apply, or null for the rule set's default for <see cref="Direction"/>.</summary>
    public string? ScoringRule { get; }

    /// <summary>Creates a quantitative indicator.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="direction">A quantitative direction (not <see cref="Direction.Qualitative"/>).</param>
    /// <param name="target">The target value.</param>
    /// <param name="unit">The unit, e.g. 亩 or %.</param>
    /// <param name="points">The points.</param>
    /// <param name="valueBasis">The basis of the target.</param>
    /// <param name="explanation">The explanation, or null.</param>
    /// <param name="scoringRule">A scoring rule id, or null.</param>
    public static LevelThreeIndicator Quantitative(
        IndicatorCode code, string name, Direction direction, decimal target, string unit, decimal points,
        ValueBasis valueBasis = ValueBasis.NotStated, string? explanation = null, string? scoringRule = null) =>
        new(code, name, IndicatorKind.Quantitative, direction, target, unit, valueBasis, points, explanation, scoringRule);

    /// <summary>Creates a qualitative indicator.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="points">The points.</param>
    /// <param name="valueBasis">The basis of the judgement.</param>
    /// <param name="explanation">What is judged and how, or null.</param>
    /// <param name="scoringRule">A scoring rule id, or null.</param>
    public static LevelThreeIndicator Qualitative(
        IndicatorCode code, string name, decimal points,
        ValueBasis valueBasis = ValueBasis.NotStated, string? explanation = null, string? scoringRule = null) =>
        new(code, name, IndicatorKind.Qualitative, Direction.Qualitative, null, null, valueBasis, points, explanation, scoringRule);

    /// <summary>
    /// Lists every broken invariant of the candidate values: each problem is located at the indicator, with the parameter
    /// that carries it as <see cref="ProblemLocation.Element"/> (<c>target</c>, <c>unit</c>, ...).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="target">The target.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="points">The points.</param>
    public static IReadOnlyList<Problem> FindProblems(
        IndicatorCode code, string? name, IndicatorKind kind, Direction direction, decimal? target, string? unit, decimal points)
    {
        var at = code.ToString();
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(Messages.IndicatorWithoutName.At(ProblemLocation.OfIndicator(at, nameof(name)), at));
        }

        if (points < 0m)
        {
            problems.Add(Messages.IndicatorPointsNegative.At(ProblemLocation.OfIndicator(at, nameof(points)), at));
        }

        if ((kind == IndicatorKind.Qualitative) != (direction == Direction.Qualitative))
        {
            problems.Add(Messages.DirectionDoesNotFitKind.At(ProblemLocation.OfIndicator(at, nameof(direction)), at, Localized.Of(kind), Localized.Of(direction)));
        }

        if (kind == IndicatorKind.Quantitative)
        {
            if (target is null)
            {
                problems.Add(Messages.QuantitativeWithoutTarget.At(ProblemLocation.OfIndicator(at, nameof(target)), at));
            }

            if (string.IsNullOrWhiteSpace(unit))
            {
                problems.Add(Messages.QuantitativeWithoutUnit.At(ProblemLocation.OfIndicator(at, nameof(unit)), at));
            }
        }
        else if (target is not null || unit is not null)
        {
            problems.Add(Messages.QualitativeWithMeasure.At(ProblemLocation.OfIndicator(at, target is not null ? nameof(target) : nameof(unit)), at));
        }

        return problems;
    }

    /// <inheritdoc/>
    public bool Equals(LevelThreeIndicator? other) =>
        other is not null && Code == other.Code && string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind &&
        Direction == other.Direction && Target == other.Target && string.Equals(Unit, other.Unit, StringComparison.Ordinal) &&
        ValueBasis == other.ValueBasis && Points == other.Points &&
        string.Equals(Explanation, other.Explanation, StringComparison.Ordinal) &&
        string.Equals(ScoringRule, other.ScoringRule, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LevelThreeIndicator);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Name, Direction, Target, Points);

    /// <summary>For example <c>1.1.1 高标准农田建设面积 &gt;= 5000 亩 (15)</c>.</summary>
    public override string ToString() => Kind == IndicatorKind.Quantitative
        ? FormattableString.Invariant($"{Code} {Name} {DirectionSymbols.Of(Direction)} {Target} {Unit} ({Points})")
        : FormattableString.Invariant($"{Code} {Name} qualitative ({Points})");
}
