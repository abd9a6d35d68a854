using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Testing;

/// <summary>
/// A minimal rule set around one family, for the tests of a stage engine that used to take the bare family: the envelope
/// <c>test v1</c>, the national grade scale, and the family (nothing else).
/// </summary>
public static class MinimalRuleSet
{
    /// <summary>The envelope and grading only: <c>test v1</c>, the national 2020 grade scale, totals to two decimals.</summary>
    public static RuleSet Empty() =>
        new(
            "test",
            1,
            new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(9999, 12, 31)),
            new LocalizedName("测试规则", "Test rules"),
            [PerfRules.Ten],
            new GradingRules(GradeScale.National2020, PerfRules.Two, PerfRules.Ten));

    /// <summary>A rule set with a result-application family and, optionally, a rectification family (for <see cref="BudgetProposer"/>).</summary>
    /// <param name="resultApplication">The result-application family.</param>
    /// <param name="rectification">The rectification family, or null.</param>
    public static RuleSet Of(ResultApplicationRules resultApplication, RectificationRules? rectification = null) =>
        Empty().WithResultApplication(resultApplication).WithRectification(rectification);

    /// <summary>A rule set with a distribution family (for <c>DistributionChecker</c>).</summary>
    /// <param name="distribution">The distribution family.</param>
    public static RuleSet Of(DistributionRules distribution) => Empty().WithDistribution(distribution);
}

/// <summary>
/// Real scoring results of a chosen grade: a one-indicator evaluation of the subject (a proportional indicator of 100 points,
/// target 100) is scored under <see cref="PerfRules.National"/>, so that the total is the actual value — 95 (优), 85 (良),
/// 70 (中) or 50 (差) on the national 2020 scale. Projects and policies get a finance evaluation, departments a
/// whole-department evaluation (neither carries the budget block).
/// </summary>
public static class GradedResults
{
    private static readonly IndicatorCode Code = new("1.1.1");
    private static readonly EvaluationScorer Scorer = new(PerfRules.National());

    /// <summary>The total that puts a result in <paramref name="grade"/> on the national scale.</summary>
    /// <param name="grade">The grade.</param>
    public static decimal TotalOf(Grade grade) => grade switch
    {
        Grade.Excellent => 95m,
        Grade.Good => 85m,
        Grade.Fair => 70m,
        _ => 50m,
    };

    /// <summary>A complete result of <paramref name="subject"/> graded <paramref name="grade"/>.</summary>
    /// <param name="subject">The project, policy or department.</param>
    /// <param name="grade">The grade.</param>
    /// <param name="evaluationId">The evaluation's id; by default <c>E-</c> and the subject's code.</param>
    public static ScoringResult Of(SubjectRef subject, Grade grade, string? evaluationId = null) =>
        Scorer.Score(Build(subject, IndicatorRecord.Measured(Code, TotalOf(grade)), evaluationId));

    /// <summary>A complete result of <paramref name="subject"/> with the given total (its grade is the scale's).</summary>
    /// <param name="subject">The project, policy or department.</param>
    /// <param name="total">The total, 0 to 100.</param>
    /// <param name="evaluationId">The evaluation's id.</param>
    public static ScoringResult WithTotal(SubjectRef subject, decimal total, string evaluationId) =>
        Scorer.Score(Build(subject, IndicatorRecord.Measured(Code, total), evaluationId));

    /// <summary>An incomplete result of <paramref name="subject"/> (its only indicator has no data): no total, no grade.</summary>
    /// <param name="subject">The project, policy or department.</param>
    /// <param name="evaluationId">The evaluation's id; by default <c>E-</c> and the subject's code.</param>
    public static ScoringResult Incomplete(SubjectRef subject, string? evaluationId = null) =>
        Scorer.Score(Build(subject, IndicatorRecord.NoData(Code), evaluationId));

    /// <summary>A recurring project, by default the seed's property-services project (创业大厦物业服务外包项目).</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    public static SpendingItem Project(string code = "P-WY-01", string name = "创业大厦物业服务外包项目", ProjectKind kind = ProjectKind.Recurring) =>
        new(SubjectType.Project, code, name, "D01", null, Sector.PublicServices, kind, false, Money.FromYuan(3_900_000m));

    /// <summary>
    /// A proposal request for <paramref name="subject"/> from a real result graded <paramref name="grade"/>, with earlier
    /// grades (most recent first); the evaluated amount is the request unless given.
    /// </summary>
    /// <param name="subject">The project, policy or department.</param>
    /// <param name="grade">This year's grade.</param>
    /// <param name="request">The request in yuan.</param>
    /// <param name="evaluated">The evaluated amount in yuan, or null for the request.</param>
    /// <param name="earlier">The earlier grades.</param>
    public static ProposalRequest Request(Subject subject, Grade grade, decimal request, decimal? evaluated = null, IEnumerable<Grade>? earlier = null) =>
        new(subject, Of(subject.Ref, grade), Money.FromYuan(request), Money.FromYuan(evaluated ?? request), earlier);

    private static Evaluation Build(SubjectRef subject, IndicatorRecord record, string? id)
    {
        var indicator = LevelThreeIndicator.Quantitative(Code, "完成率", Direction.AtLeast, 100m, "%", 100m, ValueBasis.Plan, "说明");
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 100m,
                [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 100m, [indicator])]),
        ]);
        var department = subject.Type == SubjectType.Department;
        return new Evaluation(
            id ?? "E-" + subject.Code,
            department ? EvaluationType.WholeDepartmentEvaluation : EvaluationType.FinanceEvaluation,
            subject,
            new Performer(PerformerRole.FinanceBureau, "县财政局"),
            new FiscalYear(2020),
            new FiscalYear(2020),
            tree,
            [record],
            onSiteVisit: department ? null : new OnSiteVisit(new LocalDate(2020, 10, 9)));
    }
}
