using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Internal;
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
    public IndicatorScoreGroup(string id, IEnumerable<IndicatorCode> members, decimal? assessorScore, decimal? recordedScore)
    {
        Id = Preconditions.CheckNotBlank(id);
        Preconditions.CheckNotNull(members);
        var list = members.ToArray();
        if (list.Length < 2 || list.Distinct().Count() != list.Length || list.Any(c => c == default))
        {
            throw new ArgumentException($"Group {id} needs two or more distinct indicator codes.", nameof(members));
        }

        if (assessorScore < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(assessorScore), assessorScore, "The assessor's score must not be negative.");
        }

        if (recordedScore < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(recordedScore), recordedScore, "The recorded score must not be negative.");
        }

        if (assessorScore is null && recordedScore is null)
        {
            throw new ArgumentException($"Group {id} carries neither an assessor's score nor a recorded score.", nameof(recordedScore));
        }

        Members = new ReadOnlyCollection<IndicatorCode>(list);
        AssessorScore = assessorScore;
        RecordedScore = recordedScore;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

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
