using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Evaluations as recorded facts: every problem <see cref="Evaluation.FindProblems"/> words, the type constraints of
/// DOMAIN.md ("Evaluation types") at their year edges, records, budget execution, performers, visits and score groups.
/// </summary>
public class EvaluationFactTests
{
    private static readonly SubjectRef Project = new(SubjectType.Project, "P001");
    private static readonly Performer Unit = new(PerformerRole.Unit, "农田建设股");
    private static readonly BudgetExecution Execution = new(Money.FromYuan(1_000_000m), Money.FromYuan(850_000m));
    private static readonly FiscalYear Y2020 = new(2020);
    private static readonly FiscalYear Y2021 = new(2021);

    private static IReadOnlyList<Problem> Find(
        EvaluationType type = EvaluationType.SelfEvaluation, Performer? performer = null, FiscalYear? covered = null, FiscalYear? conducted = null,
        IEnumerable<IndicatorRecord>? records = null, BudgetExecution? execution = null, OnSiteVisit? visit = null, IEnumerable<IndicatorScoreGroup>? groups = null,
        SubjectRef? subject = null) =>
        Evaluation.FindProblems(type, subject ?? Project, performer ?? Unit, covered ?? Y2020, conducted ?? Y2021, Samples.AgricultureTree(),
            records ?? Samples.AgricultureRecords(), execution, visit, groups);

    private static List<IndicatorRecord> Records(Func<IndicatorRecord, IndicatorRecord> change) => Samples.AgricultureRecords().Select(change).ToList();

    [Fact]
    public void FindProblems_ValidSelfEvaluation_HasNone() => Assert.Empty(Find(execution: Execution));

    [Fact]
    public void FindProblems_EveryTypeConstraint_InOrderWithItsWording()
    {
        var problems = Find(EvaluationType.FinanceEvaluation, performer: Unit, covered: Y2021, conducted: Y2020, subject: new SubjectRef(SubjectType.InternalSection, "S1"));

        Assert.Equal(
        [
            "A FinanceEvaluation is not performed by the role Unit.",
            "A FinanceEvaluation is not about a InternalSection.",
            "A FinanceEvaluation conducted in 2020 cannot cover 2021 (rule: SameOrEarlier).",
        ], problems.Select(p => p.MessageEn));
        Assert.All(problems, p => Assert.Equal((ProblemCodes.EvaluationConstraint, (string?)null), (p.Code, p.Location.IndicatorCode)));
    }

    // Issue 17 ("A form without a budget-execution block cannot be expressed"): the old model refused a self-evaluation
    // without a budget execution (evaluation-constraint "A SelfEvaluation must record its budget execution."), whatever
    // the rule set; what a type must record is now a rule of the rule set (RecordRequirementsRules), checked by scoring.
    [Fact]
    public void FindProblems_SelfEvaluationWithoutBudgetExecution_HasNone() => Assert.Empty(Find());

    // Issue 17 ("a finance evaluation without [an on-site visit date] is refused"): the old model refused it
    // (evaluation-constraint "A FinanceEvaluation must record its on-site visit.").
    [Fact]
    public void FindProblems_FinanceEvaluationWithoutOnSiteVisit_HasNone() =>
        Assert.Empty(Find(EvaluationType.FinanceEvaluation, performer: new Performer(PerformerRole.FinanceBureau, "县财政局"), covered: Y2020, conducted: Y2020));

    [Fact]
    public void FindProblems_RecordProblems_Wording()
    {
        var records = Samples.AgricultureRecords().ToList();
        records[7] = IndicatorRecord.Measured(new IndicatorCode("2.3.1"), 7m);
        records[0] = IndicatorRecord.Achieved(new IndicatorCode("1.1.1"), AchievementLevel.Achieved, 15m);
        records.RemoveAt(1);
        records.Add(IndicatorRecord.NoData(new IndicatorCode("9.9.9")));
        records.Add(IndicatorRecord.NoData(new IndicatorCode("3.1.1")));

        var problems = Find(records: records, execution: Execution);

        Assert.Equal(
        [
            ("1.1.1", "A Achievement record does not fit the Quantitative indicator 1.1.1."),
            ("2.3.1", "A Measured record does not fit the Qualitative indicator 2.3.1."),
            ("9.9.9", "There is a record for 9.9.9, which is not a level-3 indicator of the tree."),
            ("3.1.1", "Indicator 3.1.1 has more than one record."),
            ("1.1.2", "Indicator 1.1.2 has no record (record NoData, NotYetDue or NotApplicable explicitly)."),
        ], problems.Select(p => (p.Location.IndicatorCode!, p.MessageEn)));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.RecordMismatch, p.Code));
    }

    [Fact]
    public void FindProblems_JudgedAndMissingStates_FitEveryKind()
    {
        var records = Records(r => r.Code.Value switch
        {
            "1.1.1" => IndicatorRecord.Judged(r.Code, 12m),
            "2.3.1" => IndicatorRecord.Judged(r.Code, 8m),
            "1.1.2" => IndicatorRecord.NotYetDue(r.Code),
            "1.2.1" => IndicatorRecord.NoData(r.Code),
            "1.3.1" => IndicatorRecord.NotApplicable(r.Code, "不适用"),
            _ => r,
        });

        Assert.Empty(Find(records: records, execution: Execution));
    }

    [Fact]
    public void FindProblems_AssessedGroup_MembersMustBeGrouped()
    {
        var group = new IndicatorScoreGroup("G1", [new("1.1.1"), new("1.1.2")], 22.5m, null);

        var ok = Records(r => r.Code.Value is "1.1.1" or "1.1.2" ? IndicatorRecord.Grouped(r.Code) : r);
        Assert.Empty(Find(records: ok, execution: Execution, groups: [group]));

        var oneUngrouped = Records(r => r.Code.Value is "1.1.1" ? IndicatorRecord.Grouped(r.Code) : r);
        var problem = Assert.Single(Find(records: oneUngrouped, execution: Execution, groups: [group]));
        Assert.Equal((ProblemCodes.RecordMismatch, "1.1.2", "Indicator 1.1.2 is a member of the assessed group G1 and must be recorded as Grouped."),
            (problem.Code, problem.Location.IndicatorCode, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_GroupedRecordOutsideAnAssessedGroup_IsAMismatch()
    {
        var grouped = Records(r => r.Code.Value is "1.1.1" or "1.1.2" ? IndicatorRecord.Grouped(r.Code) : r);
        var recordedOnly = new IndicatorScoreGroup("G1", [new("1.1.1"), new("1.1.2")], null, 20m);

        var problems = Find(records: grouped, execution: Execution, groups: [recordedOnly]);

        Assert.Equal(
        [
            ("1.1.1", "Indicator 1.1.1 is recorded as Grouped but is not a member of an assessed group."),
            ("1.1.2", "Indicator 1.1.2 is recorded as Grouped but is not a member of an assessed group."),
        ], problems.Select(p => (p.Location.IndicatorCode!, p.MessageEn)));
        Assert.Equal(2, Find(records: grouped, execution: Execution).Count);
        Assert.Empty(Find(execution: Execution, groups: [recordedOnly]));
    }

    [Fact]
    public void FindProblems_GroupAcrossLevelTwoNodesWithoutAssessorScore_IsAllowed()
    {
        var recordedOnly = new IndicatorScoreGroup("G1", [new("1.1.1"), new("1.2.1")], null, 20m);

        Assert.Empty(Find(execution: Execution, groups: [recordedOnly]));
    }

    [Fact]
    public void FindProblems_NullGroupItem_NamesGroups()
    {
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => Find(execution: Execution, groups: [null!])).ParamName);
        Assert.Equal("indicators", Assert.Throws<ArgumentNullException>(() =>
            Evaluation.FindProblems(EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, null!, Samples.AgricultureRecords(), Execution, null)).ParamName);
    }

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var group = new IndicatorScoreGroup("G1", [new("1.1.1"), new("1.1.2")], null, 20m);
        var tree = Samples.AgricultureTree();
        var e = new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, tree, Samples.AgricultureRecords(), Execution, null, 0m, Grade.Poor, [group]);

        Assert.Equal(("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021), (e.Id, e.Type, e.Subject, e.Performer, e.CoveredYear, e.ConductedIn));
        Assert.Same(tree, e.Indicators);
        Assert.Same(Execution, e.BudgetExecution);
        Assert.Null(e.OnSiteVisit);
        Assert.Equal((0m, Grade.Poor), (e.RecordedTotal!.Value, e.RecordedGrade!.Value));
        Assert.Same(group, Assert.Single(e.Groups));
        Assert.Equal(9, e.Records.Count);

        var plain = new Evaluation("E2", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, tree, Samples.AgricultureRecords(), Execution);
        Assert.Empty(plain.Groups);
        Assert.Null(plain.RecordedTotal);
        Assert.Null(plain.RecordedGrade);
    }

    [Fact]
    public void Constructor_ArgumentChecks()
    {
        var tree = Samples.AgricultureTree();
        var records = Samples.AgricultureRecords();

        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Evaluation(" ", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, tree, records, Execution)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => new Evaluation("E1", (EvaluationType)8, Project, Unit, Y2020, Y2021, tree, records, Execution)).ParamName);
        Assert.Equal("indicators", Assert.Throws<ArgumentNullException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, null!, records, Execution)).ParamName);
        Assert.Equal("recordedGrade", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, tree, records, Execution, null, 90m, (Grade)4)).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, tree, records, Execution, null, null, null, [null!])).ParamName);
        Assert.StartsWith("The recorded total must not be negative (-0.01).", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, tree, records, Execution, null, -0.01m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The subject must be a created SubjectRef.", Assert.Throws<ArgumentException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, default, Unit, Y2020, Y2021, tree, records, Execution)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The performer must be a created Performer.", Assert.Throws<ArgumentException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, Project, default, Y2020, Y2021, tree, records, Execution)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The fiscal years must be created FiscalYear values.", Assert.Throws<ArgumentException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, default, tree, records, Execution)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ConstraintProblemNamesTheType_RecordProblemNamesTheRecords()
    {
        var tree = Samples.AgricultureTree();

        var constraint = Assert.Throws<DomainInvariantException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2021, Y2021, tree, Samples.AgricultureRecords().Skip(1), Execution));
        Assert.Equal(("type", ProblemCodes.EvaluationConstraint, (string?)null), (constraint.ParamName, constraint.Problem.Code, constraint.Problem.Location.IndicatorCode));
        Assert.StartsWith("A SelfEvaluation conducted in 2021 cannot cover 2021 (rule: Previous).", constraint.Message, StringComparison.Ordinal);

        var record = Assert.Throws<DomainInvariantException>(() =>
            new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, tree, Samples.AgricultureRecords().Skip(1), Execution));
        Assert.Equal(("records", ProblemCodes.RecordMismatch, "1.1.1"), (record.ParamName, record.Problem.Code, record.Problem.Location.IndicatorCode));
    }

    [Fact]
    public void GetRecord_UnknownCode_Throws()
    {
        var e = new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, Y2020, Y2021, Samples.AgricultureTree(), Samples.AgricultureRecords(), Execution);

        Assert.Equal(AchievementLevel.PartlyAchieved, e.GetRecord(new IndicatorCode("2.3.1")).Achievement);
        Assert.Equal("The evaluation has no record for 2.3.", Assert.Throws<KeyNotFoundException>(() => e.GetRecord(new IndicatorCode("2.3"))).Message);
    }

    [Theory]
    [InlineData(EvaluationType.ExAnteAssessment, 2020, 2020, true)]
    [InlineData(EvaluationType.ExAnteAssessment, 2019, 2020, false)]
    [InlineData(EvaluationType.TargetReview, 2021, 2020, true)]
    [InlineData(EvaluationType.TargetReview, 2020, 2020, true)]
    [InlineData(EvaluationType.TargetReview, 2019, 2020, false)]
    [InlineData(EvaluationType.Monitoring, 2021, 2020, false)]
    [InlineData(EvaluationType.SelfEvaluation, 2020, 2020, false)]
    [InlineData(EvaluationType.SelfEvaluation, 2021, 2020, false)]
    [InlineData(EvaluationType.DepartmentEvaluation, 2020, 2020, true)]
    [InlineData(EvaluationType.DepartmentEvaluation, 2021, 2020, false)]
    [InlineData(EvaluationType.FinanceEvaluation, 2020, 2020, true)]
    [InlineData(EvaluationType.WholeDepartmentEvaluation, 2019, 2020, true)]
    [InlineData(EvaluationType.InternalSectionEvaluation, 2020, 2020, true)]
    [InlineData(EvaluationType.InternalSectionEvaluation, 2021, 2020, false)]
    public void AllowsYears_AtTheEdgeOfEachRule(EvaluationType type, int covered, int conducted, bool allowed) =>
        Assert.Equal(allowed, EvaluationTypeInfo.Of(type).AllowsYears(new FiscalYear(covered), new FiscalYear(conducted)));

    [Fact]
    public void TypeInfo_ConstraintsOfDomainMd()
    {
        var self = EvaluationTypeInfo.Of(EvaluationType.SelfEvaluation);
        Assert.Equal([PerformerRole.Unit], self.Performers);
        Assert.Equal([SubjectType.Project, SubjectType.Policy], self.Subjects);
        Assert.Equal(CoveredYearRule.Previous, self.CoveredYear);

        var finance = EvaluationTypeInfo.Of(EvaluationType.FinanceEvaluation);
        Assert.Equal([PerformerRole.FinanceBureau, PerformerRole.ThirdParty], finance.Performers);
        Assert.Equal(CoveredYearRule.SameOrEarlier, finance.CoveredYear);

        var section = EvaluationTypeInfo.Of(EvaluationType.InternalSectionEvaluation);
        Assert.Equal([PerformerRole.FinanceBureau], section.Performers);
        Assert.Equal([SubjectType.InternalSection], section.Subjects);

        Assert.Equal([PerformerRole.FinanceBureau], EvaluationTypeInfo.Of(EvaluationType.TargetReview).Performers);
        Assert.Equal(CoveredYearRule.SameOrLater, EvaluationTypeInfo.Of(EvaluationType.ExAnteAssessment).CoveredYear);
        Assert.Contains(PerformerRole.ExpertPanel, EvaluationTypeInfo.Of(EvaluationType.ExAnteAssessment).Performers);
        Assert.Equal(CoveredYearRule.Same, EvaluationTypeInfo.Of(EvaluationType.Monitoring).CoveredYear);
        Assert.Equal([PerformerRole.Unit, PerformerRole.Department, PerformerRole.FinanceBureau], EvaluationTypeInfo.Of(EvaluationType.Monitoring).Performers);
        Assert.Equal([SubjectType.Department], EvaluationTypeInfo.Of(EvaluationType.WholeDepartmentEvaluation).Subjects);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationTypeInfo.Of((EvaluationType)(-1))).ParamName);
    }

    [Fact]
    public void Records_FactoriesKeepTheirFields()
    {
        var code = new IndicatorCode("1.1.1");

        var m = IndicatorRecord.Measured(code, -3m, "统计报表", 0m);
        Assert.Equal((RecordState.Measured, (decimal?)-3m, (AchievementLevel?)null, (decimal?)null, (string?)null, "统计报表", (decimal?)0m),
            (m.State, m.Actual, m.Achievement, m.AssessorScore, m.Reason, m.Evidence, m.RecordedScore));
        var a = IndicatorRecord.Achieved(code, AchievementLevel.NotAchieved, 0m, "验收报告", 2m);
        Assert.Equal((RecordState.Achievement, (decimal?)null, (AchievementLevel?)AchievementLevel.NotAchieved, (decimal?)0m, "验收报告", (decimal?)2m),
            (a.State, a.Actual, a.Achievement, a.AssessorScore, a.Evidence, a.RecordedScore));
        var j = IndicatorRecord.Judged(code, 0m, "专家意见", 1m);
        Assert.Equal((RecordState.Judgement, (decimal?)0m, "专家意见", (decimal?)1m, (AchievementLevel?)null), (j.State, j.AssessorScore, j.Evidence, j.RecordedScore, j.Achievement));
        var n = IndicatorRecord.NotApplicable(code, "项目调整");
        Assert.Equal((RecordState.NotApplicable, "项目调整", (string?)null, (decimal?)null), (n.State, n.Reason, n.Evidence, n.RecordedScore));
        var g = IndicatorRecord.Grouped(code, "合并打分说明");
        Assert.Equal((RecordState.Grouped, "合并打分说明", (decimal?)null, (decimal?)null), (g.State, g.Evidence, g.AssessorScore, g.RecordedScore));
        Assert.Equal((RecordState.NoData, (decimal?)null), (IndicatorRecord.NoData(code).State, IndicatorRecord.NoData(code).Actual));
        Assert.Equal(code, IndicatorRecord.NotYetDue(code).Code);
    }

    [Fact]
    public void Records_ScoreChecks()
    {
        var code = new IndicatorCode("1.1.1");

        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorRecord.Judged(code, -0.01m)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorRecord.Achieved(code, (AchievementLevel)3, 1m)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => IndicatorRecord.NotApplicable(code, " ")).ParamName);
        var recorded = Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorRecord.Judged(code, 1m, null, -0.01m));
        Assert.Equal("recordedScore", recorded.ParamName);
        Assert.StartsWith("The recorded score must not be negative (-0.01).", recorded.Message, StringComparison.Ordinal);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => IndicatorRecord.NoData(default)).ParamName);
    }

    [Theory]
    [InlineData(RecordState.Measured, true, false)]
    [InlineData(RecordState.Achievement, false, true)]
    [InlineData(RecordState.Judgement, true, true)]
    [InlineData(RecordState.NotApplicable, true, true)]
    [InlineData(RecordState.NotYetDue, true, true)]
    [InlineData(RecordState.NoData, true, true)]
    [InlineData(RecordState.Grouped, true, true)]
    public void Records_Fits_ByStateAndKind(RecordState state, bool quantitative, bool qualitative)
    {
        var code = new IndicatorCode("1.1.1");
        var record = state switch
        {
            RecordState.Measured => IndicatorRecord.Measured(code, 1m),
            RecordState.Achievement => IndicatorRecord.Achieved(code, AchievementLevel.Achieved, 1m),
            RecordState.Judgement => IndicatorRecord.Judged(code, 1m),
            RecordState.NotApplicable => IndicatorRecord.NotApplicable(code, "r"),
            RecordState.NotYetDue => IndicatorRecord.NotYetDue(code),
            RecordState.NoData => IndicatorRecord.NoData(code),
            _ => IndicatorRecord.Grouped(code),
        };

        Assert.Equal(state, record.State);
        Assert.Equal(quantitative, record.Fits(IndicatorKind.Quantitative));
        Assert.Equal(qualitative, record.Fits(IndicatorKind.Qualitative));
    }

    [Fact]
    public void Records_EqualityFieldByField()
    {
        var code = new IndicatorCode("2.3.1");
        var a = IndicatorRecord.Achieved(code, AchievementLevel.PartlyAchieved, 7m, "报告", 7m);

        Assert.True(a.Equals(IndicatorRecord.Achieved(code, AchievementLevel.PartlyAchieved, 7.0m, "报告", 7.00m)));
        Assert.False(a.Equals(IndicatorRecord.Achieved(new IndicatorCode("2.3.2"), AchievementLevel.PartlyAchieved, 7m, "报告", 7m)));
        Assert.False(a.Equals(IndicatorRecord.Achieved(code, AchievementLevel.Achieved, 7m, "报告", 7m)));
        Assert.False(a.Equals(IndicatorRecord.Achieved(code, AchievementLevel.PartlyAchieved, 6m, "报告", 7m)));
        Assert.False(a.Equals(IndicatorRecord.Achieved(code, AchievementLevel.PartlyAchieved, 7m, "照片", 7m)));
        Assert.False(a.Equals(IndicatorRecord.Achieved(code, AchievementLevel.PartlyAchieved, 7m, "报告", 6m)));
        Assert.False(a.Equals(IndicatorRecord.Judged(code, 7m, "报告", 7m)));
        Assert.False(IndicatorRecord.NotApplicable(code, "甲").Equals(IndicatorRecord.NotApplicable(code, "乙")));
        Assert.True(IndicatorRecord.NotApplicable(code, "甲").Equals(IndicatorRecord.NotApplicable(code, "甲")));
        Assert.False(IndicatorRecord.Measured(code, 1m).Equals(IndicatorRecord.Measured(code, 2m)));
        Assert.False(a.Equals((IndicatorRecord?)null));
        Assert.NotEqual(a.GetHashCode(), IndicatorRecord.Achieved(code, AchievementLevel.Achieved, 7m, "报告", 7m).GetHashCode());
        Assert.Equal("2.3.1 Achievement", a.ToString());
    }

    [Fact]
    public void BudgetExecution_RateAndBoundaries()
    {
        Assert.Equal(0.85m, Execution.Rate!.Value.Value);
        Assert.Equal(1.2m, new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(120m)).Rate!.Value.Value);
        Assert.Equal(0m, new BudgetExecution(Money.FromYuan(100m), Money.Zero).Rate!.Value.Value);
        Assert.Null(new BudgetExecution(Money.Zero, Money.FromYuan(5m)).Rate);
        Assert.Equal(0m, new BudgetExecution(Money.FromYuan(1m), Money.Zero, 0m).RecordedScore);

        var budget = Assert.Throws<DomainInvariantException>(() => new BudgetExecution(Money.FromYuan(-0.01m), Money.Zero));
        Assert.Equal(("adjustedBudget", ProblemCodes.AmountNegative, (string?)null), (budget.ParamName, budget.Problem.Code, budget.Problem.Location.IndicatorCode));
        Assert.StartsWith("The adjusted budget must not be negative (-0.01).", budget.Message, StringComparison.Ordinal);
        Assert.StartsWith("The amount spent must not be negative (-0.01).", Assert.Throws<DomainInvariantException>(() => new BudgetExecution(Money.Zero, Money.FromYuan(-0.01m))).Message, StringComparison.Ordinal);
        Assert.StartsWith("The recorded score must not be negative (-0.01).", Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecution(Money.Zero, Money.Zero, -0.01m)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetExecution_EqualityFieldByField()
    {
        var a = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(90m), 9m);

        Assert.True(a.Equals((object)new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(90m), 9m)));
        Assert.False(a.Equals(new BudgetExecution(Money.FromYuan(101m), Money.FromYuan(90m), 9m)));
        Assert.False(a.Equals(new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(91m), 9m)));
        Assert.False(a.Equals(new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(90m), 8m)));
        Assert.False(a.Equals((BudgetExecution?)null));
        Assert.False(a.Equals((object)"100"));
        Assert.Equal((Money.FromYuan(100m), Money.FromYuan(90m), (decimal?)9m), (a.AdjustedBudget, a.Spent, a.RecordedScore));
    }

    [Fact]
    public void Performer_ChecksAndFieldByFieldEquality()
    {
        Assert.Equal("role", Assert.Throws<ArgumentOutOfRangeException>(() => new Performer((PerformerRole)5, "股")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Performer(PerformerRole.Unit, " ")).ParamName);
        var p = new Performer(PerformerRole.ThirdParty, "某会计师事务所");
        Assert.True(p == new Performer(PerformerRole.ThirdParty, "某会计师事务所"));
        Assert.False(p == new Performer(PerformerRole.ThirdParty, "另一事务所"));
        Assert.False(p == new Performer(PerformerRole.ExpertPanel, "某会计师事务所"));
        Assert.NotEqual(p.GetHashCode(), new Performer(PerformerRole.ExpertPanel, "某会计师事务所").GetHashCode());
        Assert.Equal("ThirdParty: 某会计师事务所", p.ToString());
    }

    [Fact]
    public void OnSiteVisit_FieldByFieldEquality()
    {
        var v = new OnSiteVisit(new LocalDate(2021, 5, 18), "抽查");

        Assert.False(v.Equals(new OnSiteVisit(new LocalDate(2021, 5, 19), "抽查")));
        Assert.False(v.Equals(new OnSiteVisit(new LocalDate(2021, 5, 18), "复查")));
        Assert.False(v.Equals((OnSiteVisit?)null));
        Assert.True(v.Equals((object)new OnSiteVisit(new LocalDate(2021, 5, 18), "抽查")));
        Assert.False(v.Equals((object)"抽查"));
        Assert.True(new OnSiteVisit(new LocalDate(2021, 5, 18)).Equals(new OnSiteVisit(new LocalDate(2021, 5, 18))));
        Assert.Null(new OnSiteVisit(new LocalDate(2021, 5, 18)).Notes);
        Assert.NotEqual(v.GetHashCode(), new OnSiteVisit(new LocalDate(2021, 5, 19), "抽查").GetHashCode());
    }

    [Fact]
    public void ScoreGroup_ValuesTextAndChecks()
    {
        IndicatorCode[] three = [new("1.1.2"), new("1.1.1"), new("1.2.1")];
        var g = new IndicatorScoreGroup("G1", three, 0m, 0m);

        Assert.Equal(("G1", (decimal?)0m, (decimal?)0m), (g.Id, g.AssessorScore, g.RecordedScore));
        Assert.Equal(three, g.Members);
        Assert.Equal("G1 [1.1.2, 1.1.1, 1.2.1] = 0", g.ToString());
        Assert.Equal("G2 [1.1.1, 1.1.2] = 12.5", new IndicatorScoreGroup("G2", [new("1.1.1"), new("1.1.2")], 12.5m, null).ToString());
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new IndicatorScoreGroup(" ", three, 1m, null)).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => new IndicatorScoreGroup("G1", null!, 1m, null)).ParamName);
        Assert.StartsWith("A score group needs two or more distinct members.",
            Assert.Throws<ArgumentException>(() => new IndicatorScoreGroup("G1", [new("1.1.1")], 1m, null)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A score group carries an assessorScore, a recordedScore or both.",
            Assert.Throws<ArgumentException>(() => new IndicatorScoreGroup("G1", three, null, null)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The assessor's score must not be negative (-1).",
            Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorScoreGroup("G1", three, -1m, null)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The recorded score must not be negative (-1).",
            Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorScoreGroup("G1", three, 1m, -1m)).Message, StringComparison.Ordinal);
        Assert.Equal(
            [("name-required", "id"), ("record-mismatch", "members"), ("score-negative", "assessorScore"), ("required-missing", (string?)null)],
            IndicatorScoreGroup.FindProblems(" ", [new("1.1.1")], -1m, null).Select(p => (p.Code, p.Location.Element)).Take(3)
                .Concat(IndicatorScoreGroup.FindProblems("G1", three, null, null).Select(p => (p.Code, p.Location.Element))));
    }
}
