using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
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
    /// <summary>
    /// Creates a rule set with its envelope and its grading family; the other families are added with the <c>With…</c>
    /// methods (<see cref="WithIndicatorScoring"/>, <see cref="WithAdmission"/>, ...), each of which returns a new rule set.
    /// </summary>
    /// <param name="id">A stable id of lower-case ASCII letters, digits and '-', e.g. <c>national-2020</c>.</param>
    /// <param name="version">The version, at least 1; a changed rule set gets a higher version.</param>
    /// <param name="effective">The dates on which the rule set applies, both ends inclusive.</param>
    /// <param name="title">The title.</param>
    /// <param name="sources">The sources the rule set as a whole cites (at least one).</param>
    /// <param name="grading">The grading family.</param>
    /// <exception cref="ArgumentException">The id is not valid, there is no source (see <see cref="FindProblems"/>), the title is not a created <see cref="LocalizedName"/>, or a source is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1 (see <see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="effective"/>, <paramref name="sources"/> or <paramref name="grading"/> is null.</exception>
    /// <example>
    /// A jurisdiction's rule set is a preset with a new identity and a few changed families:
    /// <code>
    /// var shandong = RuleSetPresets.Get("national-2020")
    ///     .WithIdentity("shandong-2024", 1, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31)), new LocalizedName("山东省 2024", "Shandong 2024"))
    ///     .WithResultApplication(shandongResults);
    /// </code>
    /// </example>
    public RuleSet(string id, int version, DateInterval effective, LocalizedName title, IEnumerable<SourceCitation> sources, GradingRules grading)
    {
        var list = CheckEnvelope(id, version, effective, title, sources);
        Id = id;
        Version = version;
        Effective = effective;
        Title = title;
        Sources = new ReadOnlyCollection<SourceCitation>([.. list]);
        Grading = Guard.Against.Null(grading);
    }

    // The checks of the envelope, for the constructor and WithIdentity/WithSources: programming errors throw, the values
    // are FindProblems's.
    private static IReadOnlyList<SourceCitation> CheckEnvelope(string id, int version, DateInterval effective, LocalizedName title, IEnumerable<SourceCitation> sources)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(effective);
        Guard.Against.Uncreated(title);

        var list = Guard.Against.NullItems(sources);
        foreach (var problem in FindProblems(id, version, list))
        {
            var parameter = problem.Location.Element!;
            throw parameter == nameof(version)
                ? new ArgumentOutOfRangeException(parameter, version, problem.MessageEn)
                : new ArgumentException(problem.MessageEn, parameter);
        }

        return list;
    }

    // The copy behind the With… methods: every value is already checked.
    private RuleSet(RuleSet other)
    {
        Id = other.Id;
        Version = other.Version;
        Effective = other.Effective;
        Title = other.Title;
        Sources = other.Sources;
        Grading = other.Grading;
        IndicatorScoring = other.IndicatorScoring;
        BudgetExecution = other.BudgetExecution;
        Aggregation = other.Aggregation;
        WeightCheck = other.WeightCheck;
        ReCheck = other.ReCheck;
        ExAnte = other.ExAnte;
        ResultApplication = other.ResultApplication;
        Rectification = other.Rectification;
        Distribution = other.Distribution;
        Admission = other.Admission;
        TargetReview = other.TargetReview;
        Monitoring = other.Monitoring;
        RecordRequirements = other.RecordRequirements;
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
        Guard.Against.Null(sources);
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
    public string Id { get; private init; }

    /// <summary>The version.</summary>
    public int Version { get; private init; }

    /// <summary>The dates on which it applies, both ends inclusive.</summary>
    public DateInterval Effective { get; private init; }

    /// <summary>
    /// Whether the rule set is in force on some day of <paramref name="year"/>: its <see cref="Effective"/> dates and the
    /// year overlap. An evaluation records the year it was conducted in, not the day, so this is the test of "the rule set in
    /// force when the evaluation was made" (a rule set effective from 25 February 2020 serves evaluations conducted in 2020).
    /// </summary>
    /// <param name="year">The year.</param>
    public bool IsInForceDuring(FiscalYear year) => Effective.Start <= year.End && Effective.End >= year.Start;

    /// <summary>The title.</summary>
    public LocalizedName Title { get; private init; }

    /// <summary>The sources the rule set cites.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; private init; }

    /// <summary>The grading family.</summary>
    public GradingRules Grading { get; private init; }

    /// <summary>The indicator-scoring family, or null.</summary>
    public IndicatorScoringRules? IndicatorScoring { get; private init; }

    /// <summary>The budget-execution family, or null.</summary>
    public BudgetExecutionRules? BudgetExecution { get; private init; }

    /// <summary>The aggregation family, or null.</summary>
    public AggregationRules? Aggregation { get; private init; }

    /// <summary>The framework-weight check, or null.</summary>
    public WeightCheckRules? WeightCheck { get; private init; }

    /// <summary>The random re-check family, or null.</summary>
    public ReCheckRules? ReCheck { get; private init; }

    /// <summary>The ex-ante conclusion family, or null.</summary>
    public ExAnteRules? ExAnte { get; private init; }

    /// <summary>The result-to-budget family, or null.</summary>
    public ResultApplicationRules? ResultApplication { get; private init; }

    /// <summary>The rectification family, or null.</summary>
    public RectificationRules? Rectification { get; private init; }

    /// <summary>The forced-distribution check, or null.</summary>
    public DistributionRules? Distribution { get; private init; }

    /// <summary>The admission-gate family, or null.</summary>
    public AdmissionRules? Admission { get; private init; }

    /// <summary>The target-review family, or null.</summary>
    public TargetReviewRules? TargetReview { get; private init; }

    /// <summary>The monitoring family, or null.</summary>
    public MonitoringRules? Monitoring { get; private init; }

    /// <summary>What each evaluation type must record (budget execution, on-site visit), or null for nothing beyond its rows.</summary>
    public RecordRequirementsRules? RecordRequirements { get; private init; }

    /// <summary>Every family the rule set carries: grading always, and each other family that is not null, in the order of <see cref="RuleFamily"/>.</summary>
    public IReadOnlyList<RuleFamily> Families
    {
        get
        {
            var families = new List<RuleFamily>();
            foreach (var family in Enum.GetValues<RuleFamily>())
            {
                if (Has(family))
                {
                    families.Add(family);
                }
            }

            return families.AsReadOnly();
        }
    }

    /// <summary>Whether the rule set carries <paramref name="family"/> (grading: always).</summary>
    /// <param name="family">The family.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="family"/> is not defined.</exception>
    public bool Has(RuleFamily family) => Guard.Against.Undefined(family) switch
    {
        RuleFamily.Grading => true,
        RuleFamily.IndicatorScoring => IndicatorScoring is not null,
        RuleFamily.BudgetExecution => BudgetExecution is not null,
        RuleFamily.Aggregation => Aggregation is not null,
        RuleFamily.WeightCheck => WeightCheck is not null,
        RuleFamily.ReCheck => ReCheck is not null,
        RuleFamily.ExAnte => ExAnte is not null,
        RuleFamily.ResultApplication => ResultApplication is not null,
        RuleFamily.Rectification => Rectification is not null,
        RuleFamily.Distribution => Distribution is not null,
        RuleFamily.Admission => Admission is not null,
        RuleFamily.TargetReview => TargetReview is not null,
        RuleFamily.Monitoring => Monitoring is not null,
        RuleFamily.RecordRequirements => RecordRequirements is not null,
        _ => false,
    };

    /// <summary>
    /// The problem of giving this rule set to <paramref name="stage"/> when it lacks some of <paramref name="families"/>:
    /// one <c>rule-family-missing</c> naming every family it lacks, or none. An engine states its families once and refuses
    /// a rule set that lacks one with this problem.
    /// </summary>
    /// <param name="families">The families the stage needs.</param>
    /// <param name="stage">The stage that needs them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="families"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A family or the stage is not defined.</exception>
    public IReadOnlyList<Problem> FindMissing(IEnumerable<RuleFamily> families, LifecycleStage stage)
    {
        Guard.Against.Undefined(stage);
        var missing = new List<RuleFamily>();
        foreach (var family in Guard.Against.Null(families))
        {
            if (!Has(family) && !missing.Contains(family))
            {
                missing.Add(family);
            }
        }

        if (missing.Count == 0)
        {
            return [];
        }

        var zh = string.Join("、", missing.Select(f => DisplayNames.Of(f).Chinese));
        var en = string.Join(", ", missing.Select(f => DisplayNames.Of(f).English));
        var stageName = DisplayNames.Of(stage);
        return [Messages.RuleFamilyMissing.At(ProblemLocation.OfElement("ruleSet").WithSubject(ToString()), ToString(), new Localized(zh, en),
            new Localized(stageName.Chinese, stageName.English))];
    }

    /// <summary>This rule set, after checking that it carries <paramref name="families"/> for <paramref name="stage"/>.</summary>
    /// <param name="families">The families the stage needs.</param>
    /// <param name="stage">The stage.</param>
    /// <exception cref="DomainInvariantException">The rule set lacks a family (<c>rule-family-missing</c>, naming every one it lacks; parameter <c>ruleSet</c>).</exception>
    public RuleSet Require(IEnumerable<RuleFamily> families, LifecycleStage stage)
    {
        Guard.Against.Invariant(FindMissing(families, stage), "ruleSet");

        return this;
    }

    /// <summary>A copy with another identity: id, version, effective dates and title (a derived rule set is a new rule set).</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version, at least 1.</param>
    /// <param name="effective">The dates on which it applies, both ends inclusive.</param>
    /// <param name="title">The title.</param>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public RuleSet WithIdentity(string id, int version, DateInterval effective, LocalizedName title)
    {
        CheckEnvelope(id, version, effective, title, Sources);
        return new RuleSet(this) { Id = id, Version = version, Effective = effective, Title = title };
    }

    /// <summary>A copy citing other sources for the rule set as a whole.</summary>
    /// <param name="sources">The sources, at least one.</param>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public RuleSet WithSources(IEnumerable<SourceCitation> sources) =>
        new RuleSet(this) { Sources = new ReadOnlyCollection<SourceCitation>([.. CheckEnvelope(Id, Version, Effective, Title, sources)]) };

    /// <summary>A copy with another grading family.</summary>
    /// <param name="grading">The grading family.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grading"/> is null.</exception>
    public RuleSet WithGrading(GradingRules grading) => new RuleSet(this) { Grading = Guard.Against.Null(grading) };

    /// <summary>A copy with another indicator-scoring family, or without one (null).</summary>
    /// <param name="indicatorScoring">The family, or null.</param>
    public RuleSet WithIndicatorScoring(IndicatorScoringRules? indicatorScoring) => new RuleSet(this) { IndicatorScoring = indicatorScoring };

    /// <summary>A copy with another budget-execution family, or without one (null).</summary>
    /// <param name="budgetExecution">The family, or null.</param>
    public RuleSet WithBudgetExecution(BudgetExecutionRules? budgetExecution) => new RuleSet(this) { BudgetExecution = budgetExecution };

    /// <summary>A copy with another aggregation family, or without one (null).</summary>
    /// <param name="aggregation">The family, or null.</param>
    public RuleSet WithAggregation(AggregationRules? aggregation) => new RuleSet(this) { Aggregation = aggregation };

    /// <summary>A copy with another framework-weight check, or without one (null).</summary>
    /// <param name="weightCheck">The family, or null.</param>
    public RuleSet WithWeightCheck(WeightCheckRules? weightCheck) => new RuleSet(this) { WeightCheck = weightCheck };

    /// <summary>A copy with another random re-check family, or without one (null).</summary>
    /// <param name="reCheck">The family, or null.</param>
    public RuleSet WithReCheck(ReCheckRules? reCheck) => new RuleSet(this) { ReCheck = reCheck };

    /// <summary>A copy with another ex-ante conclusion family, or without one (null).</summary>
    /// <param name="exAnte">The family, or null.</param>
    public RuleSet WithExAnte(ExAnteRules? exAnte) => new RuleSet(this) { ExAnte = exAnte };

    /// <summary>A copy with another result-to-budget family, or without one (null).</summary>
    /// <param name="resultApplication">The family, or null.</param>
    public RuleSet WithResultApplication(ResultApplicationRules? resultApplication) => new RuleSet(this) { ResultApplication = resultApplication };

    /// <summary>A copy with another rectification family, or without one (null).</summary>
    /// <param name="rectification">The family, or null.</param>
    public RuleSet WithRectification(RectificationRules? rectification) => new RuleSet(this) { Rectification = rectification };

    /// <summary>A copy with another forced-distribution check, or without one (null).</summary>
    /// <param name="distribution">The family, or null.</param>
    public RuleSet WithDistribution(DistributionRules? distribution) => new RuleSet(this) { Distribution = distribution };

    /// <summary>A copy with another admission-gate family, or without one (null).</summary>
    /// <param name="admission">The family, or null.</param>
    public RuleSet WithAdmission(AdmissionRules? admission) => new RuleSet(this) { Admission = admission };

    /// <summary>A copy with another target-review family, or without one (null).</summary>
    /// <param name="targetReview">The family, or null.</param>
    public RuleSet WithTargetReview(TargetReviewRules? targetReview) => new RuleSet(this) { TargetReview = targetReview };

    /// <summary>A copy with another monitoring family, or without one (null).</summary>
    /// <param name="monitoring">The family, or null.</param>
    public RuleSet WithMonitoring(MonitoringRules? monitoring) => new RuleSet(this) { Monitoring = monitoring };

    /// <summary>A copy with other record requirements, or without any (null).</summary>
    /// <param name="recordRequirements">The family, or null.</param>
    public RuleSet WithRecordRequirements(RecordRequirementsRules? recordRequirements) => new RuleSet(this) { RecordRequirements = recordRequirements };

    /// <summary>Whether the rule set applies on <paramref name="date"/> (both ends of <see cref="Effective"/> inclusive).</summary>
    /// <param name="date">The date.</param>
    public bool IsEffectiveOn(LocalDate date) => Effective.Contains(date);

    /// <summary>For example <c>national-2020 v1</c>.</summary>
    public override string ToString() => Id + " v" + Version.ToString(CultureInfo.InvariantCulture);
}
