using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Evaluations;

/// <summary>
/// One score that covers several level-3 rows, as forms with merged score cells record it.
/// <list type="bullet">
/// <item>With an <see cref="AssessorScore"/>, the group is scored as a whole: its members are recorded as
/// <see cref="RecordState.Grouped"/>, lie under one level-2 node, and the score must lie in [0, sum of their points].</item>
/// <item>Without one, the members are scored one by one and the group only carries the <see cref="RecordedScore"/>
/// written on the form, which reconciliation compares with the sum of the members' scores.</item>
/// </list>
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorScoreGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="id">The group's id; not blank.</param>
    /// <param name="members">Two or more distinct level-3 codes.</param>
    /// <param name="assessorScore">The assessor's score for the whole group, or null.</param>
    /// <param name="recordedScore">The score written on the form for the group, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">An invariant is broken (<see cref="FindProblems"/> lists every one); a score is
    /// negative (<see cref="ArgumentOutOfRangeException"/>).</exception>
    public IndicatorScoreGroup(string id, IEnumerable<IndicatorCode> members, decimal? assessorScore, decimal? recordedScore)
    {
        Guard.Against.Null(id);
        var list = Guard.Against.Null(members).ToArray();
        foreach (var problem in FindProblems(id, list, assessorScore, recordedScore))
        {
            var parameter = problem.Location.Element ?? nameof(recordedScore);
            throw parameter is nameof(assessorScore) or nameof(recordedScore) && problem.Location.Element is not null
                ? new ArgumentOutOfRangeException(parameter, parameter == nameof(assessorScore) ? assessorScore : recordedScore, problem.MessageEn)
                : new ArgumentException(problem.MessageEn, parameter);
        }

        Id = id;
        Members = new ReadOnlyCollection<IndicatorCode>(list);
        AssessorScore = assessorScore;
        RecordedScore = recordedScore;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>
    /// Lists every broken invariant of a candidate group, without building it: an id that is not blank (<c>name-required</c>
    /// at <c>id</c>), two or more distinct created codes (<c>record-mismatch</c> at <c>members</c>), scores that are not
    /// negative (<c>score-negative</c> at <c>assessorScore</c> or <c>recordedScore</c>), and at least one of the two scores
    /// (<c>required-missing</c>, naming no element: it concerns the group as a whole). The constructor checks the same.
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="members">The member codes.</param>
    /// <param name="assessorScore">The assessor's score, or null.</param>
    /// <param name="recordedScore">The recorded score, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(string? id, IEnumerable<IndicatorCode> members, decimal? assessorScore, decimal? recordedScore)
    {
        var list = Guard.Against.Null(members).ToArray();
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(Messages.ScoreGroupWithoutId.At(ProblemLocation.OfElement(nameof(id))));
        }

        if (list.Length < 2 || list.Distinct().Count() != list.Length || list.Any(c => c == default))
        {
            problems.Add(Messages.ScoreGroupTooFewMembers.At(ProblemLocation.OfElement(nameof(members))));
        }

        if (assessorScore < 0m)
        {
            problems.Add(Messages.NegativeAssessorScore.At(ProblemLocation.OfElement(nameof(assessorScore)), assessorScore));
        }

        if (recordedScore < 0m)
        {
            problems.Add(Messages.NegativeRecordedScore.At(ProblemLocation.OfElement(nameof(recordedScore)), recordedScore));
        }

        if (assessorScore is null && recordedScore is null)
        {
            problems.Add(Messages.ScoreGroupWithoutScore.At(ProblemLocation.None));
        }

        return problems;
    }

    /// <summary>The member codes, in the order given.</summary>
    public IReadOnlyList<IndicatorCode> Members { get; }

    /// <summary>The assessor's score for the group, or null when the members are scored one by one.</summary>
    public decimal? AssessorScore { get; }

    /// <summary>The score written on the form, or null.</summary>
    public decimal? RecordedScore { get; }

    /// <summary>The id and members.</summary>
    public override string ToString() => Id + " [" + string.Join(", ", Members) + "]" +
        (AssessorScore is { } s ? " = " + s.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
