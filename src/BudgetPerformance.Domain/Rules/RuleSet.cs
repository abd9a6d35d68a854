using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Rules;

/// <summary>
/// A rule set: versioned, dated, cited data that says how a jurisdiction scores, grades and acts on evaluations.
/// The domain holds the data; the Scoring package gives it behaviour. Callers always name the rule set they
/// apply: there is no ambient or default rule set.
/// </summary>
/// <remarks>
/// <para>A rule set is identified by <see cref="Id"/> and <see cref="Version"/> together, and applies to dates in
/// <see cref="Effective"/> (both ends inclusive), so that an old evaluation can be re-scored under the rules in force
/// then. Each family has one slot; later families are added as new slots.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleSet
{
    /// <summary>Creates a rule set.</summary>
    /// <param name="id">A stable id of lower-case ASCII letters, digits and '-', e.g. <c>national-2020</c>.</param>
    /// <param name="version">The version, at least 1; a changed rule set gets a higher version.</param>
    /// <param name="effective">The dates on which the rule set applies, both ends inclusive.</param>
    /// <param name="title">The title.</param>
    /// <param name="sources">The sources the rule set as a whole cites (at least one).</param>
    /// <param name="grading">The grading family.</param>
    /// <param name="indicatorScoring">The indicator-scoring family, or null when the rule set does not score indicators.</param>
    /// <param name="budgetExecution">The budget-execution family, or null.</param>
    /// <param name="aggregation">The aggregation family, or null.</param>
    /// <param name="weightCheck">The framework-weight check, or null.</param>
    /// <param name="reCheck">The random re-check family, or null.</param>
    /// <param name="exAnte">The ex-ante conclusion family, or null.</param>
    /// <param name="resultApplication">The result-to-budget family, or null.</param>
    /// <param name="rectification">The rectification family, or null.</param>
    /// <param name="distribution">The forced-distribution check, or null.</param>
    /// <param name="admission">The admission-gate family, or null.</param>
    /// <param name="targetReview">The target-review family, or null.</param>
    /// <param name="monitoring">The monitoring family, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid, there is no source (see <see cref="FindProblems"/>), the title is not a created <see cref="LocalizedName"/>, or a source is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1 (see <see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="effective"/>, <paramref name="sources"/> or <paramref name="grading"/> is null.</exception>
    public RuleSet(
        string id,
        int version,
        DateInterval effective,
        LocalizedName title,
        IEnumerable<SourceCitation> sources,
        GradingRules grading,
        IndicatorScoringRules? indicatorScoring = null,
        BudgetExecutionRules? budgetExecution = null,
        AggregationRules? aggregation = null,
        WeightCheckRules? weightCheck = null,
        ReCheckRules? reCheck = null,
        ExAnteRules? exAnte = null,
        ResultApplicationRules? resultApplication = null,
        RectificationRules? rectification = null,
        DistributionRules? distribution = null,
        AdmissionRules? admission = null,
        TargetReviewRules? targetReview = null,
        MonitoringRules? monitoring = null)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(effective);
        if (title == default)
        {
            throw new ArgumentException("The title must be a created LocalizedName.", nameof(title));
        }

        var list = Preconditions.CheckItemsNotNull(sources);
        foreach (var problem in FindProblems(id, version, list))
        {
            var parameter = problem.Location.Element!;
            throw parameter == nameof(version)
                ? new ArgumentOutOfRangeException(parameter, version, problem.MessageEn)
                : new ArgumentException(problem.MessageEn, parameter);
        }

        Id = id;
        Version = version;
        Effective = effective;
        Title = title;
        Sources = new ReadOnlyCollection<SourceCitation>([.. list]);
        Grading = Preconditions.CheckNotNull(grading);
        IndicatorScoring = indicatorScoring;
        BudgetExecution = budgetExecution;
        Aggregation = aggregation;
        WeightCheck = weightCheck;
        ReCheck = reCheck;
        ExAnte = exAnte;
        ResultApplication = resultApplication;
        Rectification = rectification;
        Distribution = distribution;
        Admission = admission;
        TargetReview = targetReview;
        Monitoring = monitoring;
    }

    /// <summary>
    /// Lists every broken invariant of a candidate rule set's envelope, without building it, in this order: the id is 1 to
    /// 64 lower-case ASCII letters, digits and '-' (null is reported as not valid; element <c>id</c>), the version is at
    /// least 1 (1 inclusive; element <c>version</c>), and at least one source is cited (element <c>sources</c>; only the
    /// number of sources is checked here, so a reader may pass places for sources it could not read). The constructor
    /// checks the same.
    /// </summary>
    /// <param name="id">The candidate id.</param>
    /// <param name="version">The candidate version.</param>
    /// <param name="sources">The candidate sources.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(string? id, int version, IReadOnlyCollection<SourceCitation?> sources)
    {
        Preconditions.CheckNotNull(sources);
        var problems = new List<Problem>();
        if (!IndicatorClass.IsValidCode(id))
        {
            problems.Add(Messages.RuleSetIdInvalid.At(ProblemLocation.OfElement(nameof(id)), id));
        }

        if (version < 1)
        {
            problems.Add(Messages.RuleSetVersionBelowOne.At(ProblemLocation.OfElement(nameof(version)), version));
        }

        if (sources.Count == 0)
        {
            problems.Add(Messages.RuleSetWithoutSources.At(ProblemLocation.OfElement(nameof(sources))));
        }

        return problems.AsReadOnly();
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The version.</summary>
    public int Version { get; }

    /// <summary>The dates on which it applies, both ends inclusive.</summary>
    public DateInterval Effective { get; }

    /// <summary>The title.</summary>
    public LocalizedName Title { get; }

    /// <summary>The sources the rule set cites.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; }

    /// <summary>The grading family.</summary>
    public GradingRules Grading { get; }

    /// <summary>The indicator-scoring family, or null.</summary>
    public IndicatorScoringRules? IndicatorScoring { get; }

    /// <summary>The budget-execution family, or null.</summary>
    public BudgetExecutionRules? BudgetExecution { get; }

    /// <summary>The aggregation family, or null.</summary>
    public AggregationRules? Aggregation { get; }

    /// <summary>The framework-weight check, or null.</summary>
    public WeightCheckRules? WeightCheck { get; }

    /// <summary>The random re-check family, or null.</summary>
    public ReCheckRules? ReCheck { get; }

    /// <summary>The ex-ante conclusion family, or null.</summary>
    public ExAnteRules? ExAnte { get; }

    /// <summary>The result-to-budget family, or null.</summary>
    public ResultApplicationRules? ResultApplication { get; }

    /// <summary>The rectification family, or null.</summary>
    public RectificationRules? Rectification { get; }

    /// <summary>The forced-distribution check, or null.</summary>
    public DistributionRules? Distribution { get; }

    /// <summary>The admission-gate family, or null.</summary>
    public AdmissionRules? Admission { get; }

    /// <summary>The target-review family, or null.</summary>
    public TargetReviewRules? TargetReview { get; }

    /// <summary>The monitoring family, or null.</summary>
    public MonitoringRules? Monitoring { get; }

    /// <summary>Whether the rule set applies on <paramref name="date"/> (both ends of <see cref="Effective"/> inclusive).</summary>
    /// <param name="date">The date.</param>
    public bool IsEffectiveOn(LocalDate date) => Effective.Contains(date);

    /// <summary>For example <c>national-2020 v1</c>.</summary>
    public override string ToString() => Id + " v" + Version.ToString(CultureInfo.InvariantCulture);
}
