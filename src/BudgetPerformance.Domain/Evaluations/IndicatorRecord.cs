using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Evaluations;

/// <summary>
/// The recorded fact for one level-3 indicator in an evaluation: a measured value, an achievement level with the
/// assessor's score, a judgement, or an explicit missing state; plus evidence and, optionally, the score that was
/// written on the published form (so that it can be re-checked).
/// </summary>
/// <remarks>
/// <para>Create records with the factory methods. Scores (assessor's and recorded) cannot be negative; whether a
/// score fits its band or its points is a scoring question, reported there, because such forms exist.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorRecord : IEquatable<IndicatorRecord>
{
    private IndicatorRecord(IndicatorCode code, RecordState state, decimal? actual, AchievementLevel? achievement, decimal? assessorScore, string? reason, string? evidence, decimal? recordedScore)
    {
        Guard.Against.Uncreated(code);

        Guard.Against.Problems(FindProblems(assessorScore, recordedScore), problem => problem.Location.Element == nameof(recordedScore)
            ? new ArgumentOutOfRangeException(nameof(recordedScore), recordedScore, problem.MessageEn)
            : new ArgumentOutOfRangeException(state == RecordState.Judgement ? "score" : nameof(assessorScore), assessorScore, problem.MessageEn));

        Code = code;
        State = state;
        Actual = actual;
        Achievement = achievement;
        AssessorScore = assessorScore;
        Reason = reason;
        Evidence = evidence;
        RecordedScore = recordedScore;
    }

    /// <summary>
    /// Lists every broken invariant of a record's scores, without building it: neither the assessor's score nor the recorded
    /// score is negative (<c>score-negative</c>, naming <c>assessorScore</c> or <c>recordedScore</c> as its
    /// <see cref="ProblemLocation.Element"/>). Whether a score fits its band or its points is a scoring question, reported
    /// there. The factory methods check the same.
    /// </summary>
    /// <param name="assessorScore">The assessor's score, or null.</param>
    /// <param name="recordedScore">The score written on the form, or null.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal? assessorScore, decimal? recordedScore)
    {
        var problems = new List<Problem>();
        if (assessorScore < 0m)
        {
            problems.Add(Messages.NegativeAssessorScore.At(ProblemLocation.OfElement(nameof(assessorScore)), assessorScore));
        }

        if (recordedScore < 0m)
        {
            problems.Add(Messages.NegativeRecordedScore.At(ProblemLocation.OfElement(nameof(recordedScore)), recordedScore));
        }

        return problems;
    }

    /// <summary>The code of the level-3 indicator.</summary>
    public IndicatorCode Code { get; }

    /// <summary>What was recorded.</summary>
    public RecordState State { get; }

    /// <summary>The actual value; present exactly when <see cref="State"/> is <see cref="RecordState.Measured"/>.</summary>
    public decimal? Actual { get; }

    /// <summary>The achievement level; present exactly when <see cref="State"/> is <see cref="RecordState.Achievement"/>.</summary>
    public AchievementLevel? Achievement { get; }

    /// <summary>The assessor's score; present exactly when <see cref="State"/> is <see cref="RecordState.Achievement"/> or <see cref="RecordState.Judgement"/>.</summary>
    public decimal? AssessorScore { get; }

    /// <summary>Why the indicator does not apply; present exactly when <see cref="State"/> is <see cref="RecordState.NotApplicable"/>.</summary>
    public string? Reason { get; }

    /// <summary>Evidence notes (佐证材料), or null.</summary>
    public string? Evidence { get; }

    /// <summary>The score written on the published form, or null when none was recorded.</summary>
    public decimal? RecordedScore { get; }

    /// <summary>A measured actual value.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="actual">The actual value (may be negative where the quantity can be: the rule set decides).</param>
    /// <param name="evidence">Evidence notes, or null.</param>
    /// <param name="recordedScore">The score on the published form, or null.</param>
    public static IndicatorRecord Measured(IndicatorCode code, decimal actual, string? evidence = null, decimal? recordedScore = null) =>
        new(code, RecordState.Measured, actual, null, null, null, evidence, recordedScore);

    /// <summary>A qualitative achievement level with the assessor's score.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="level">The achievement level.</param>
    /// <param name="assessorScore">The assessor's score, at least 0.</param>
    /// <param name="evidence">Evidence notes, or null.</param>
    /// <param name="recordedScore">The score on the published form, or null.</param>
    public static IndicatorRecord Achieved(IndicatorCode code, AchievementLevel level, decimal assessorScore, string? evidence = null, decimal? recordedScore = null) =>
        new(code, RecordState.Achievement, null, Guard.Against.Undefined(level), assessorScore, null, evidence, recordedScore);

    /// <summary>An assessor's judgement: a score given directly.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="score">The score, at least 0.</param>
    /// <param name="evidence">Evidence notes, or null.</param>
    /// <param name="recordedScore">The score on the published form, or null.</param>
    public static IndicatorRecord Judged(IndicatorCode code, decimal score, string? evidence = null, decimal? recordedScore = null) =>
        new(code, RecordState.Judgement, null, null, score, null, evidence, recordedScore);

    /// <summary>The indicator does not apply.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="reason">Why; not blank.</param>
    public static IndicatorRecord NotApplicable(IndicatorCode code, string reason) =>
        new(code, RecordState.NotApplicable, null, null, null, Guard.Against.Blank(reason), null, null);

    /// <summary>The indicator is not yet due.</summary>
    /// <param name="code">The indicator code.</param>
    public static IndicatorRecord NotYetDue(IndicatorCode code) => new(code, RecordState.NotYetDue, null, null, null, null, null, null);

    /// <summary>No data was supplied for the indicator.</summary>
    /// <param name="code">The indicator code.</param>
    public static IndicatorRecord NoData(IndicatorCode code) => new(code, RecordState.NoData, null, null, null, null, null, null);

    /// <summary>The indicator is scored as a member of a group by one assessor's score (see <see cref="IndicatorScoreGroup"/>).</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="evidence">Evidence notes, or null.</param>
    public static IndicatorRecord Grouped(IndicatorCode code, string? evidence = null) => new(code, RecordState.Grouped, null, null, null, null, evidence, null);

    /// <summary>Whether this kind of record fits an indicator of the given kind.</summary>
    /// <param name="kind">The indicator's kind.</param>
    public bool Fits(IndicatorKind kind) => State switch
    {
        RecordState.Measured => kind == IndicatorKind.Quantitative,
        RecordState.Achievement => kind == IndicatorKind.Qualitative,
        _ => true,
    };

    /// <inheritdoc/>
    public bool Equals(IndicatorRecord? other) =>
        other is not null && Code == other.Code && State == other.State && Actual == other.Actual && Achievement == other.Achievement &&
        AssessorScore == other.AssessorScore && string.Equals(Reason, other.Reason, StringComparison.Ordinal) &&
        string.Equals(Evidence, other.Evidence, StringComparison.Ordinal) && RecordedScore == other.RecordedScore;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndicatorRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, State, Actual, Achievement, AssessorScore);

    /// <summary>The code and state.</summary>
    public override string ToString() => $"{Code} {State}";
}
