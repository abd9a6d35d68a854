using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Evaluations;

/// <summary>
/// An evaluation as a recorded fact: who evaluated what, for which year, against which indicator tree, what was
/// recorded for every level-3 indicator, the budget execution, and the results written on the published form.
/// It holds no computed score: scoring it is the Scoring package's job, under a rule set the caller names.
/// </summary>
/// <remarks>
/// <para>Invariants (each a <see cref="DomainInvariantException"/> with the parameter and the indicator code):
/// exactly one record per level-3 indicator and none for unknown codes; a measured value only for a
/// quantitative indicator and an achievement level only for a qualitative one; the type's constraints of
/// <see cref="EvaluationTypeInfo"/> (performer role, subject type, covered year, budget execution, on-site visit).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Evaluation
{
    private readonly Dictionary<IndicatorCode, IndicatorRecord> byCode;

    /// <summary>Creates an evaluation.</summary>
    /// <param name="id">The evaluation's id; not blank.</param>
    /// <param name="type">The evaluation type.</param>
    /// <param name="subject">What is evaluated.</param>
    /// <param name="performer">Who evaluated it.</param>
    /// <param name="coveredYear">The fiscal year whose spending or targets are evaluated.</param>
    /// <param name="conductedIn">The fiscal year in which the evaluation was carried out.</param>
    /// <param name="indicators">The indicator tree evaluated against.</param>
    /// <param name="records">One record per level-3 indicator, in any order.</param>
    /// <param name="budgetExecution">The budget execution, or null (whether the type must record one is a rule of the rule set, checked by scoring).</param>
    /// <param name="onSiteVisit">The on-site visit, or null (whether the type must record one is a rule of the rule set, checked by scoring).</param>
    /// <param name="recordedTotal">The total score written on the published form, or null.</param>
    /// <param name="recordedGrade">The grade written on the published form, or null.</param>
    /// <param name="groups">Scores that cover several rows (merged cells), or null for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="DomainInvariantException">An invariant is broken; <see cref="FindProblems"/> lists every one.</exception>
    public Evaluation(
        string id,
        EvaluationType type,
        SubjectRef subject,
        Performer performer,
        FiscalYear coveredYear,
        FiscalYear conductedIn,
        IndicatorTree indicators,
        IEnumerable<IndicatorRecord> records,
        BudgetExecution? budgetExecution = null,
        OnSiteVisit? onSiteVisit = null,
        decimal? recordedTotal = null,
        Grade? recordedGrade = null,
        IEnumerable<IndicatorScoreGroup>? groups = null)
    {
        Guard.Against.Blank(id);
        Guard.Against.Undefined(type);
        Guard.Against.Uncreated(subject);
        Guard.Against.Uncreated(performer);
        Guard.Against.InvalidWhen(coveredYear == default || conductedIn == default, coveredYear == default ? nameof(coveredYear) : nameof(conductedIn), "The fiscal years must be created FiscalYear values.");
        Guard.Against.Null(indicators);
        var list = Guard.Against.NullItems(records);

        if (recordedGrade is { } g)
        {
            Guard.Against.Undefined(g, nameof(recordedGrade));
        }

        var groupList = groups is null ? [] : Guard.Against.NullItems(groups);
        Guard.Against.ProblemsOutOfRange(FindRecordedTotalProblems(recordedTotal), recordedTotal, nameof(recordedTotal));

        Guard.Against.Problems(FindProblems(type, subject, performer, coveredYear, conductedIn, indicators, list, budgetExecution, onSiteVisit, groupList),
            problem => problem.ToException(problem.Code == ProblemCodes.RecordMismatch ? nameof(records) : nameof(type)));

        Id = id;
        Type = type;
        Subject = subject;
        Performer = performer;
        CoveredYear = coveredYear;
        ConductedIn = conductedIn;
        Indicators = indicators;
        byCode = list.ToDictionary(r => r.Code);
        Records = new ReadOnlyCollection<IndicatorRecord>(indicators.Indicators.Select(i => byCode[i.Code]).ToArray());
        BudgetExecution = budgetExecution;
        OnSiteVisit = onSiteVisit;
        RecordedTotal = recordedTotal;
        RecordedGrade = recordedGrade;
        Groups = new ReadOnlyCollection<IndicatorScoreGroup>([.. groupList]);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The type.</summary>
    public EvaluationType Type { get; }

    /// <summary>What is evaluated.</summary>
    public SubjectRef Subject { get; }

    /// <summary>Who evaluated it.</summary>
    public Performer Performer { get; }

    /// <summary>The fiscal year evaluated.</summary>
    public FiscalYear CoveredYear { get; }

    /// <summary>The fiscal year the evaluation was carried out in.</summary>
    public FiscalYear ConductedIn { get; }

    /// <summary>The indicator tree.</summary>
    public IndicatorTree Indicators { get; }

    /// <summary>The records, in the order of <see cref="IndicatorTree.Indicators"/>.</summary>
    public IReadOnlyList<IndicatorRecord> Records { get; }

    /// <summary>The budget execution, or null.</summary>
    public BudgetExecution? BudgetExecution { get; }

    /// <summary>The on-site visit, or null.</summary>
    public OnSiteVisit? OnSiteVisit { get; }

    /// <summary>The total score on the published form, or null.</summary>
    public decimal? RecordedTotal { get; }

    /// <summary>The grade on the published form, or null.</summary>
    public Grade? RecordedGrade { get; }

    /// <summary>The score groups (merged score cells), possibly empty.</summary>
    public IReadOnlyList<IndicatorScoreGroup> Groups { get; }

    /// <summary>The record of a level-3 indicator.</summary>
    /// <param name="code">The indicator code.</param>
    /// <exception cref="KeyNotFoundException">The tree has no such indicator.</exception>
    public IndicatorRecord GetRecord(IndicatorCode code) =>
        byCode.TryGetValue(code, out var record) ? record : throw new KeyNotFoundException($"The evaluation has no record for {code}.");

    /// <summary>
    /// Lists the problem of a candidate recorded total, apart from the rest (it needs no tree): it is not negative
    /// (<c>score-negative</c> at <c>recordedTotal</c>). The constructor checks the same.
    /// </summary>
    /// <param name="recordedTotal">The total written on the form, or null.</param>
    public static IReadOnlyList<Problem> FindRecordedTotalProblems(decimal? recordedTotal) =>
        recordedTotal < 0m ? [Messages.NegativeRecordedTotal.At(ProblemLocation.OfElement(nameof(recordedTotal)), recordedTotal)] : [];

    /// <summary>The element of a problem about a record: <c>records</c>, with the indicator's code.</summary>
    internal const string RecordsElement = "records";

    /// <summary>The element of a problem about a score group: <c>scoreGroups[G1]</c>.</summary>
    internal static string Group(string id) => "scoreGroups[" + id + "]";

    /// <summary>The element of a problem about a member of a score group: <c>scoreGroups[G1].members</c>, with the member's code.</summary>
    internal static string Members(string id) => Group(id) + ".members";

    /// <summary>
    /// Lists every broken invariant of a candidate evaluation, without building it. Each problem is located by its
    /// <see cref="ProblemLocation.Element"/> (the names of the JSON contract): <c>performer.role</c>, <c>subject.type</c>,
    /// <c>coveredYear</c> for a constraint of the type (what the type must record, a budget execution or an on-site visit,
    /// is a rule of the rule set, <see cref="Rules.RecordRequirementsRules"/>, checked where a rule set is present, never here); <c>records</c> with the
    /// indicator's code for a record; the indicator's code alone for a missing record; <c>scoreGroups[G1]</c> for a score
    /// group and <c>scoreGroups[G1].members</c> with the member's code for one of its members.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="performer">The performer.</param>
    /// <param name="coveredYear">The covered year.</param>
    /// <param name="conductedIn">The year of conduct.</param>
    /// <param name="indicators">The indicator tree.</param>
    /// <param name="records">The records.</param>
    /// <param name="budgetExecution">The budget execution, or null.</param>
    /// <param name="onSiteVisit">The on-site visit, or null.</param>
    /// <param name="groups">The score groups, or null for none.</param>
    public static IReadOnlyList<Problem> FindProblems(
        EvaluationType type,
        SubjectRef subject,
        Performer performer,
        FiscalYear coveredYear,
        FiscalYear conductedIn,
        IndicatorTree indicators,
        IEnumerable<IndicatorRecord> records,
        BudgetExecution? budgetExecution,
        OnSiteVisit? onSiteVisit,
        IEnumerable<IndicatorScoreGroup>? groups = null)
    {
        Guard.Against.Null(indicators);
        var list = Guard.Against.NullItems(records);
        var problems = new List<Problem>();
        var info = EvaluationTypeInfo.Of(type);
        if (!info.Performers.Contains(performer.Role))
        {
            problems.Add(Messages.PerformerNotAllowed.At(ProblemLocation.OfElement("performer.role"), Localized.Of(type), Localized.Of(performer.Role)));
        }

        if (!info.Subjects.Contains(subject.Type))
        {
            problems.Add(Messages.SubjectNotAllowed.At(ProblemLocation.OfElement("subject.type"), Localized.Of(type), Localized.Of(subject.Type)));
        }

        if (!info.AllowsYears(coveredYear, conductedIn))
        {
            problems.Add(Messages.YearsNotAllowed.At(ProblemLocation.OfElement("coveredYear"), Localized.Of(type), conductedIn, coveredYear, Localized.Of(info.CoveredYear)));
        }

        var seen = new HashSet<IndicatorCode>();
        foreach (var record in list)
        {
            var at = record.Code.ToString();
            if (!seen.Add(record.Code))
            {
                problems.Add(Messages.RecordTwice.At(ProblemLocation.OfIndicator(at, RecordsElement), at));
            }
            else if (!indicators.TryGetIndicator(record.Code, out var indicator))
            {
                problems.Add(Messages.RecordOfUnknownIndicator.At(ProblemLocation.OfIndicator(at, RecordsElement), at));
            }
            else if (!record.Fits(indicator.Kind))
            {
                problems.Add(Messages.RecordDoesNotFit.At(ProblemLocation.OfIndicator(at, RecordsElement), Localized.Of(record.State), Localized.Of(indicator.Kind), at));
            }
        }

        foreach (var indicator in indicators.Indicators)
        {
            if (!seen.Contains(indicator.Code))
            {
                problems.Add(Messages.RecordMissing.OfIndicator(indicator.Code.ToString(), indicator.Code));
            }
        }

        var groupList = groups is null ? [] : Guard.Against.NullItems(groups);
        var grouped = new Dictionary<IndicatorCode, IndicatorScoreGroup>();
        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groupList)
        {
            if (!groupIds.Add(group.Id))
            {
                problems.Add(Messages.GroupIdTwice.At(ProblemLocation.OfElement(Group(group.Id)), group.Id));
            }

            var parents = new HashSet<IndicatorCode>();
            foreach (var member in group.Members)
            {
                if (!grouped.TryAdd(member, group))
                {
                    problems.Add(Messages.MemberOfTwoGroups.At(ProblemLocation.OfIndicator(member.ToString(), Members(group.Id)), member));
                }

                if (!indicators.TryGetIndicator(member, out _))
                {
                    problems.Add(Messages.MemberNotInTree.At(ProblemLocation.OfIndicator(member.ToString(), Members(group.Id)), group.Id, member));
                }
                else
                {
                    parents.Add(indicators.Groups.SelectMany(g => g.Children).First(two => two.Children.Any(c => c.Code == member)).Code);
                }
            }

            if (group.AssessorScore is not null && parents.Count > 1)
            {
                problems.Add(Messages.AssessedGroupAcrossLevelTwo.At(ProblemLocation.OfElement(Group(group.Id)), group.Id));
            }
        }

        foreach (var record in list)
        {
            var inAssessedGroup = grouped.TryGetValue(record.Code, out var g) && g.AssessorScore is not null;
            if ((record.State == RecordState.Grouped) != inAssessedGroup)
            {
                var location = ProblemLocation.OfIndicator(record.Code.ToString(), RecordsElement);
                problems.Add(inAssessedGroup
                    ? Messages.MemberMustBeGrouped.At(location, record.Code, g!.Id)
                    : Messages.GroupedWithoutGroup.At(location, record.Code));
            }
        }

        return problems;
    }
}
