using System;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

public class EvaluationTests
{
    private static readonly SubjectRef Project = new(SubjectType.Project, "P001");
    private static readonly Performer UnitItself = new(PerformerRole.Unit, "县农业农村局");

    private static Evaluation SelfEvaluation(FiscalYear covered, FiscalYear conducted, BudgetExecution? execution) =>
        new("E1", EvaluationType.SelfEvaluation, Project, UnitItself, covered, conducted, Samples.AgricultureTree(), Samples.AgricultureRecords(), execution);

    private static BudgetExecution Execution => new(Money.FromYuan(1_000_000m), Money.FromYuan(850_000m));

    [Fact]
    public void Constructor_SelfEvaluationOfPreviousYear_KeepsRecordsInTreeOrder()
    {
        var records = Samples.AgricultureRecords().Reverse();
        var evaluation = new Evaluation("E1", EvaluationType.SelfEvaluation, Project, UnitItself, new FiscalYear(2019), new FiscalYear(2020), Samples.AgricultureTree(), records, Execution);
        Assert.Equal(evaluation.Indicators.Indicators.Select(i => i.Code), evaluation.Records.Select(r => r.Code));
        Assert.Equal(4600m, evaluation.GetRecord(new IndicatorCode("1.1.1")).Actual);
        Assert.Equal(0.85m, evaluation.BudgetExecution!.Rate!.Value.Value);
    }

    [Fact]
    public void Constructor_SelfEvaluationOfSameYear_ThrowsEvaluationConstraint()
    {
        var e = Assert.Throws<DomainInvariantException>(() => SelfEvaluation(new FiscalYear(2020), new FiscalYear(2020), Execution));
        Assert.Equal(ProblemCodes.EvaluationConstraint, e.Problem.Code);
        Assert.Contains("cannot cover", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SelfEvaluationWithoutBudgetExecution_IsBuilt()
    {
        // Issue 17 ("A form without a budget-execution block cannot be expressed"): the old constructor threw
        // (evaluation-constraint, "must record its budget execution"); the rule set decides now, at scoring.
        var evaluation = SelfEvaluation(new FiscalYear(2019), new FiscalYear(2020), null);

        Assert.Null(evaluation.BudgetExecution);
    }

    [Fact]
    public void Constructor_FinanceEvaluationWithOrWithoutOnSiteVisit_IsBuilt()
    {
        // Issue 17 ("a finance evaluation without [an on-site visit] is refused"): the old constructor threw without a visit.
        var bureau = new Performer(PerformerRole.ThirdParty, "某会计师事务所");
        Evaluation Make(OnSiteVisit? visit) => new("F1", EvaluationType.FinanceEvaluation, Project, bureau, new FiscalYear(2019), new FiscalYear(2020), Samples.AgricultureTree(), Samples.AgricultureRecords(), onSiteVisit: visit);
        Assert.Null(Make(null).OnSiteVisit);
        Assert.Equal(new LocalDate(2020, 6, 3), Make(new OnSiteVisit(new LocalDate(2020, 6, 3), "现场核查")).OnSiteVisit!.Date);
    }

    [Fact]
    public void Constructor_SelfEvaluationPerformedByFinanceBureau_Throws() =>
        Assert.Throws<DomainInvariantException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, Project, new Performer(PerformerRole.FinanceBureau, "县财政局"),
            new FiscalYear(2019), new FiscalYear(2020), Samples.AgricultureTree(), Samples.AgricultureRecords(), Execution));

    [Fact]
    public void Constructor_MissingRecord_ThrowsRecordMismatchNamingIndicator()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, Project, UnitItself, new FiscalYear(2019), new FiscalYear(2020),
            Samples.AgricultureTree(), Samples.AgricultureRecords().Skip(1), Execution));
        Assert.Equal("records", e.ParamName);
        Assert.Equal(ProblemCodes.RecordMismatch, e.Problem.Code);
        Assert.Equal("1.1.1", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void FindProblems_UnknownDuplicateAndMisfitRecords_AreAllListed()
    {
        var records = Samples.AgricultureRecords().ToList();
        records.Add(IndicatorRecord.Measured(new IndicatorCode("9.9.9"), 1m));
        records.Add(IndicatorRecord.NoData(new IndicatorCode("1.1.2")));
        records[7] = IndicatorRecord.Measured(new IndicatorCode("2.3.1"), 7m);
        var problems = Evaluation.FindProblems(EvaluationType.SelfEvaluation, Project, UnitItself, new FiscalYear(2019), new FiscalYear(2020), Samples.AgricultureTree(), records, Execution, null);
        Assert.Equal(new[] { "2.3.1", "9.9.9", "1.1.2" }, problems.Select(p => p.Location.IndicatorCode));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.RecordMismatch, p.Code));
    }

    [Fact]
    public void Constructor_MissingStatesAreExplicit_NotNulls()
    {
        var records = Samples.AgricultureRecords().ToList();
        records[0] = IndicatorRecord.NotApplicable(new IndicatorCode("1.1.1"), "项目调整，不再建设");
        records[1] = IndicatorRecord.NoData(new IndicatorCode("1.1.2"));
        records[2] = IndicatorRecord.NotYetDue(new IndicatorCode("1.2.1"));
        var evaluation = new Evaluation("E1", EvaluationType.SelfEvaluation, Project, UnitItself, new FiscalYear(2019), new FiscalYear(2020), Samples.AgricultureTree(), records, Execution);
        Assert.Equal(new[] { RecordState.NotApplicable, RecordState.NoData, RecordState.NotYetDue }, evaluation.Records.Take(3).Select(r => r.State));
        Assert.Equal("项目调整，不再建设", evaluation.Records[0].Reason);
    }

    [Fact]
    public void IndicatorRecord_NegativeAssessorScore_Throws() =>
        Assert.Equal("assessorScore", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorRecord.Achieved(new IndicatorCode("x"), AchievementLevel.Achieved, -1m)).ParamName);

    [Fact]
    public void BudgetExecution_NegativeSpent_ThrowsAmountNegative()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new BudgetExecution(Money.FromYuan(1m), Money.FromYuan(-1m)));
        Assert.Equal("spent", e.ParamName);
        Assert.Equal(ProblemCodes.AmountNegative, e.Problem.Code);
    }

    [Fact]
    public void BudgetExecution_ZeroAdjustedBudget_HasNoRate() =>
        Assert.Null(new BudgetExecution(Money.Zero, Money.Zero).Rate);

    [Theory]
    [InlineData(EvaluationType.ExAnteAssessment, 2021, 2020, true)]
    [InlineData(EvaluationType.ExAnteAssessment, 2019, 2020, false)]
    [InlineData(EvaluationType.Monitoring, 2020, 2020, true)]
    [InlineData(EvaluationType.Monitoring, 2019, 2020, false)]
    [InlineData(EvaluationType.SelfEvaluation, 2019, 2020, true)]
    [InlineData(EvaluationType.SelfEvaluation, 2018, 2020, false)]
    [InlineData(EvaluationType.FinanceEvaluation, 2018, 2020, true)]
    [InlineData(EvaluationType.FinanceEvaluation, 2021, 2020, false)]
    public void EvaluationTypeInfo_AllowsYears_PerType(EvaluationType type, int covered, int conducted, bool allowed) =>
        Assert.Equal(allowed, EvaluationTypeInfo.Of(type).AllowsYears(new FiscalYear(covered), new FiscalYear(conducted)));

    [Fact]
    public void EvaluationTypeInfo_EveryTypeHasPerformersAndSubjects()
    {
        foreach (var type in Enum.GetValues<EvaluationType>())
        {
            var info = EvaluationTypeInfo.Of(type);
            Assert.Equal(type, info.Type);
            Assert.NotEmpty(info.Performers);
            Assert.NotEmpty(info.Subjects);
        }

        Assert.Equal(new[] { SubjectType.Department }, EvaluationTypeInfo.Of(EvaluationType.WholeDepartmentEvaluation).Subjects);
    }
}

public class PerformanceTargetTests
{
    private static PerformanceTarget Draft() =>
        new(new SubjectRef(SubjectType.Project, "P001"), new FiscalYear(2021), "建设高标准农田5000亩", Samples.AgricultureTree(), "U01");

    [Fact]
    public void SubmitThenApprove_RecordsReviewer()
    {
        var approved = Draft().Submit().Approve("农业科");
        Assert.Equal(TargetStatus.Approved, approved.Status);
        Assert.Equal("农业科", approved.ReviewedBy);
        Assert.Null(approved.ReturnReason);
    }

    [Fact]
    public void Return_CarriesReason_AndCanBeResubmitted()
    {
        var returned = Draft().Submit().Return("农业科", "满意度指标缺少指标值");
        Assert.Equal(TargetStatus.Returned, returned.Status);
        Assert.Equal("满意度指标缺少指标值", returned.ReturnReason);
        Assert.Equal(TargetStatus.Submitted, returned.Submit().Status);
    }

    [Fact]
    public void Approve_Draft_ThrowsInvalidOperation() => Assert.Throws<InvalidOperationException>(() => Draft().Approve("农业科"));

    [Fact]
    public void Submit_Approved_ThrowsInvalidOperation() => Assert.Throws<InvalidOperationException>(() => Draft().Submit().Approve("x").Submit());

    [Fact]
    public void Return_BlankReason_ThrowsWithParameterName() =>
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => Draft().Submit().Return("x", " ")).ParamName);

    [Fact]
    public void Restore_ReturnedWithoutReason_Throws()
    {
        var d = Draft();
        Assert.Equal("returnReason", Assert.Throws<ArgumentException>(() => PerformanceTarget.Restore(d.Subject, d.Year, d.OverallGoal, d.Indicators, d.AuthoredBy, TargetStatus.Returned, "x", null)).ParamName);
    }
}

public class SubjectTests
{
    [Fact]
    public void SpendingItem_NegativeBudget_ThrowsAmountNegative() =>
        Assert.Equal(ProblemCodes.AmountNegative, Assert.Throws<DomainInvariantException>(() =>
            new SpendingItem(SubjectType.Project, "P1", "物业服务外包", "D1", null, Sector.PublicServices, ProjectKind.Recurring, false, Money.FromYuan(-1m))).Problem.Code);

    [Fact]
    public void SpendingItem_DepartmentType_Throws() =>
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SpendingItem(SubjectType.Department, "P1", "x", "D1", null, Sector.Agriculture, ProjectKind.Recurring, false, Money.Zero)).ParamName);

    [Fact]
    public void SpendingItem_Policy_RefersByTypeAndCode()
    {
        var policy = new SpendingItem(SubjectType.Policy, "POL1", "耕地地力保护补贴", "D1", "U1", Sector.Agriculture, ProjectKind.Recurring, true, Money.FromWanYuan(500m));
        Assert.Equal(new SubjectRef(SubjectType.Policy, "POL1"), policy.Ref);
        Assert.Equal(5_000_000m, policy.Budget.Yuan);
        Assert.True(policy.IsNewMajor);
    }

    [Fact]
    public void Sector_Custom_BuiltInCode_Throws() =>
        Assert.Throws<ArgumentException>(() => Sector.Custom("agriculture", new LocalizedName("农业", "Agriculture")));

    [Fact]
    public void IndicatorClass_Custom_BuiltInCode_Throws_AndCustomEqualsByLevelAndCode()
    {
        Assert.Throws<ArgumentException>(() => IndicatorClass.Custom(1, "output", new LocalizedName("产出", "Output")));
        var a = IndicatorClass.Custom(2, "digital", new LocalizedName("数字化", "Digital"));
        var b = IndicatorClass.Custom(2, "digital", new LocalizedName("数字化指标", "Digitalisation"));
        Assert.Equal(a, b);
        Assert.True(a.IsCustom);
        Assert.True(IndicatorClass.TryGetBuiltIn(1, "output", out var output) && output == IndicatorClass.Output);
    }
}
