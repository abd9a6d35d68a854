using System;
using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Tests;

/// <summary>Issue 17 items 5 and 6: the budget block per evaluation type, and what each type must record, as rule-set data.</summary>
public class BudgetBlockRulesTests
{
    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);

    private static KeyValuePair<EvaluationType, decimal> Own(EvaluationType type, decimal points) => new(type, points);

    [Fact]
    public void PointsFor_ListedType_IsThePoints_UnlistedType_IsNull()
    {
        var rules = new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], Src);

        Assert.Equal(10m, rules.PointsFor(EvaluationType.SelfEvaluation));
        Assert.Null(rules.PointsFor(EvaluationType.FinanceEvaluation));
        Assert.Empty(rules.PointsByType);
    }

    [Fact]
    public void PointsFor_NoTypeListed_IsNullForEveryType() =>
        Assert.All(Enum.GetValues<EvaluationType>(), t => Assert.Null(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [], Src).PointsFor(t)));

    [Fact]
    public void PointsFor_TypeWithPointsOfItsOwn_CarriesTheBlockAtThem()
    {
        var rules = new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], [Own(EvaluationType.DepartmentEvaluation, 20m), Own(EvaluationType.FinanceEvaluation, 0m)], Src);

        Assert.Equal(10m, rules.PointsFor(EvaluationType.SelfEvaluation));
        Assert.Equal(20m, rules.PointsFor(EvaluationType.DepartmentEvaluation));
        Assert.Equal(0m, rules.PointsFor(EvaluationType.FinanceEvaluation));
        Assert.Null(rules.PointsFor(EvaluationType.WholeDepartmentEvaluation));
        Assert.Equal([EvaluationType.SelfEvaluation, EvaluationType.DepartmentEvaluation, EvaluationType.FinanceEvaluation], rules.AppliesTo);
    }

    [Fact]
    public void PointsFor_OwnPointsOverrideTheSharedOnes_ForAListedType() =>
        Assert.Equal(20m, new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], [Own(EvaluationType.SelfEvaluation, 20m)], Src)
            .PointsFor(EvaluationType.SelfEvaluation));

    [Theory]
    [InlineData(-0.01, 1)]
    [InlineData(0, 0)]
    public void FindProblems_OwnPoints_ZeroAllowed_BelowZeroNot(decimal points, int problems)
    {
        var found = BudgetExecutionRules.FindProblems(10m, [Own(EvaluationType.SelfEvaluation, points)]);

        Assert.Equal(problems, found.Count);
        Assert.All(found, p => Assert.Equal((ProblemCodes.InvalidValue, "pointsByType[0].points"), (p.Code, p.Location.Element)));
    }

    [Fact]
    public void FindProblems_TypeGivenPointsTwice_IsReportedAtTheSecond()
    {
        var problem = Assert.Single(BudgetExecutionRules.FindProblems(10m, [Own(EvaluationType.SelfEvaluation, 10m), Own(EvaluationType.SelfEvaluation, 20m)]));

        Assert.Equal((ProblemCodes.InvalidValue, "pointsByType[1].type", "The budget block's points are given twice for SelfEvaluation."), (problem.Code, problem.Location.Element, problem.MessageEn));
    }

    [Fact]
    public void Constructor_TypeGivenPointsTwice_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [], [Own(EvaluationType.SelfEvaluation, 10m), Own(EvaluationType.SelfEvaluation, 20m)], Src));

    [Fact]
    public void RecordRequirements_SayWhatEachTypeMustRecord()
    {
        var rules = new RecordRequirementsRules([EvaluationType.SelfEvaluation], [EvaluationType.FinanceEvaluation, EvaluationType.FinanceEvaluation], Src);

        Assert.True(rules.RequiresBudgetExecution(EvaluationType.SelfEvaluation));
        Assert.False(rules.RequiresBudgetExecution(EvaluationType.FinanceEvaluation));
        Assert.True(rules.RequiresOnSiteVisit(EvaluationType.FinanceEvaluation));
        Assert.False(rules.RequiresOnSiteVisit(EvaluationType.SelfEvaluation));
        Assert.Equal([EvaluationType.FinanceEvaluation], rules.OnSiteVisit);
        Assert.Same(Src, rules.Source);
    }

    [Fact]
    public void RecordRequirements_NullOrUndefined_Throws()
    {
        Assert.Equal("budgetExecution", Assert.Throws<ArgumentNullException>(() => new RecordRequirementsRules(null!, [], Src)).ParamName);
        Assert.Equal("onSiteVisit", Assert.Throws<ArgumentOutOfRangeException>(() => new RecordRequirementsRules([], [(EvaluationType)99], Src)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new RecordRequirementsRules([], [], null!));
    }

    [Fact]
    public void RuleSet_WithRecordRequirements_HasTheFamily()
    {
        var rules = new RecordRequirementsRules([], [EvaluationType.FinanceEvaluation], Src);
        var set = new RuleSet("r", 1, new NodaTime.DateInterval(new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2030, 12, 31)), new Values.LocalizedName("规则", "Rules"), [Src],
            new GradingRules(Grades.GradeScale.National2020, Grades.Rounding.TwoDecimalsHalfAwayFromZero, Src));

        Assert.False(set.Has(RuleFamily.RecordRequirements));
        Assert.Same(rules, set.WithRecordRequirements(rules).RecordRequirements);
        Assert.Contains(RuleFamily.RecordRequirements, set.WithRecordRequirements(rules).Families);
        Assert.Equal("记录要求 / Record requirements", Values.DisplayNames.Of(RuleFamily.RecordRequirements).Chinese + " / " + Values.DisplayNames.Of(RuleFamily.RecordRequirements).English);
    }
}
