using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Queries;
using BudgetPerformance.Rectification;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Argument checks of <see cref="Evaluation"/>, the score-group problems <see cref="Evaluation.FindProblems"/> lists,
/// and the query summaries' checks, properties and text.
/// </summary>
public class EvaluationArgumentTests
{
    private static readonly SubjectRef Project = new(SubjectType.Project, "P001");
    private static readonly Performer Unit = new(PerformerRole.Unit, "农田建设股");
    private static readonly BudgetExecution Execution = new(Money.FromYuan(100m), Money.FromYuan(90m), null);

    [Fact]
    public void Constructor_DefaultValues_NameTheParameter()
    {
        var tree = Samples.AgricultureTree();
        var records = Samples.AgricultureRecords();
        var y2020 = new FiscalYear(2020);
        var y2021 = new FiscalYear(2021);

        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, default, Unit, y2020, y2021, tree, records, Execution)).ParamName);
        Assert.Equal("performer", Assert.Throws<ArgumentException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, Project, default, y2020, y2021, tree, records, Execution)).ParamName);
        Assert.Equal("coveredYear", Assert.Throws<ArgumentException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, default, y2021, tree, records, Execution)).ParamName);
        Assert.Equal("conductedIn", Assert.Throws<ArgumentException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, y2020, default, tree, records, Execution)).ParamName);
        Assert.Equal("recordedTotal", Assert.Throws<ArgumentOutOfRangeException>(() => new Evaluation("E1", EvaluationType.SelfEvaluation, Project, Unit, y2020, y2021, tree, records, Execution, null, -0.01m)).ParamName);
    }

    [Fact]
    public void FindProblems_SubjectTypeNotAllowed_IsAConstraintProblem()
    {
        var problems = Find(new SubjectRef(SubjectType.Department, "D01"), Samples.AgricultureRecords(), []);

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.EvaluationConstraint, problem.Code);
        Assert.Null(problem.Location.IndicatorCode);
        Assert.Equal("A SelfEvaluation is not about a Department.", problem.MessageEn);
    }

    [Fact]
    public void FindProblems_GroupIdUsedTwiceAndMembersInTwoGroups()
    {
        IndicatorCode[] members = [new("1.1.1"), new("1.1.2")];
        var problems = Find(Project, Samples.AgricultureRecords(), [new("G1", members, null, 20m), new("G1", members.Reverse(), null, 20m)]);

        Assert.Equal(
        [
            (ProblemCodes.RecordMismatch, (string?)null, "scoreGroups[G1]", "The group id G1 is used twice."),
            (ProblemCodes.RecordMismatch, "1.1.2", "scoreGroups[G1].members", "Indicator 1.1.2 belongs to more than one group."),
            (ProblemCodes.RecordMismatch, "1.1.1", "scoreGroups[G1].members", "Indicator 1.1.1 belongs to more than one group."),
        ], problems.Select(p => (p.Code, p.Location.IndicatorCode, p.Location.Element, p.MessageEn)));
    }

    [Fact]
    public void FindProblems_GroupMemberOutsideTheTree()
    {
        var problems = Find(Project, Samples.AgricultureRecords(), [new("G1", [new("1.1.1"), new("9.9.9")], null, 20m)]);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.RecordMismatch, "9.9.9", "scoreGroups[G1].members"), (problem.Code, problem.Location.IndicatorCode, problem.Location.Element));
        Assert.Equal("Group G1 names 9.9.9, which is not a level-3 indicator of the tree.", problem.MessageEn);
    }

    [Fact]
    public void FindProblems_AssessedGroupAcrossLevelTwoNodes()
    {
        var records = Samples.AgricultureRecords()
            .Select(r => r.Code.Value is "1.1.1" or "1.2.1" ? IndicatorRecord.Grouped(r.Code) : r)
            .ToList();

        var problems = Find(Project, records, [new("G1", [new("1.1.1"), new("1.2.1")], 20m, null)]);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.RecordMismatch, (string?)null, "scoreGroups[G1]"), (problem.Code, problem.Location.IndicatorCode, problem.Location.Element));
        Assert.Equal("The members of the assessed group G1 lie under more than one level-2 node.", problem.MessageEn);
    }

    [Fact]
    public void EvaluationSummary_ChecksTotalAndKeepsEveryValue()
    {
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => Summary(-1m)).ParamName);

        var s = Summary(88.1m);

        Assert.Equal(
            ("E1", 3, EvaluationType.SelfEvaluation, SubjectType.Project, "P001", "高标准农田", "D01", "agriculture", PerformerRole.Unit, 2020, 2021, 4_000_000m, 88.1m, Grade.Good),
            (s.Id, s.Sequence, s.Type, s.SubjectType, s.SubjectCode, s.SubjectName, s.DepartmentCode, s.SectorCode, s.PerformerRole, s.CoveredYear, s.ConductedIn, s.AmountYuan, s.Total, s.Grade));
        Assert.Equal("E1 SelfEvaluation", s.ToString());
    }

    [Fact]
    public void RectificationSummary_ChecksDeadlineAndKeepsEveryValue()
    {
        var issued = new LocalDate(2021, 7, 1);
        Assert.Equal("deadline", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RectificationSummary("R1", 0, SubjectType.Project, "P001", "E1", "U01", issued, issued.PlusDays(-1), RectificationState.Issued, null, null)).ParamName);

        var s = new RectificationSummary("R1", 2, SubjectType.Project, "P001", "E1", "U01", issued, new LocalDate(2021, 9, 30), RectificationState.Reported, new LocalDate(2021, 9, 1), null);

        Assert.Equal(
            ("R1", 2, SubjectType.Project, "P001", "E1", "U01", issued, new LocalDate(2021, 9, 30), RectificationState.Reported, (LocalDate?)new LocalDate(2021, 9, 1), (LocalDate?)null),
            (s.Id, s.Sequence, s.SubjectType, s.SubjectCode, s.EvaluationId, s.Owner, s.IssuedOn, s.Deadline, s.State, s.ReportedOn, s.VerifiedOn));
        Assert.Equal("R1 due 2021-09-30", s.ToString());
    }

    [Fact]
    public void ProjectSummary_ApprovedTargetWithoutTarget_ThrowsAndValuesAreKept()
    {
        Assert.Equal("hasApprovedTarget", Assert.Throws<ArgumentException>(() =>
            new ProjectSummary(2021, 0, SubjectType.Project, "P001", "高标准农田", "D01", null, "agriculture", ProjectKind.OneOff, false, 1m, false, true, false)).ParamName);

        var s = new ProjectSummary(2021, 5, SubjectType.Policy, "Z01", "耕地地力保护补贴", "D01", "U01", "agriculture", ProjectKind.Recurring, true, 2_500_000m, true, true, false);

        Assert.Equal(
            (2021, 5, SubjectType.Policy, "Z01", "耕地地力保护补贴", "D01", "U01", "agriculture", ProjectKind.Recurring, true, 2_500_000m, true, true, false),
            (s.Year, s.Sequence, s.Type, s.Code, s.Name, s.DepartmentCode, s.UnitCode, s.SectorCode, s.Kind, s.IsNewMajor, s.BudgetYuan, s.HasTarget, s.HasApprovedTarget, s.HasExAnteAssessment));
        Assert.Equal("2021 Policy:Z01", s.ToString());
    }

    private static EvaluationSummary Summary(decimal total) =>
        new("E1", 3, EvaluationType.SelfEvaluation, SubjectType.Project, "P001", "高标准农田", "D01", "agriculture", PerformerRole.Unit, 2020, 2021, 4_000_000m, total, Grade.Good);

    private static IReadOnlyList<Problem> Find(SubjectRef subject, IReadOnlyList<IndicatorRecord> records, IndicatorScoreGroup[] groups) =>
        Evaluation.FindProblems(EvaluationType.SelfEvaluation, subject, Unit, new FiscalYear(2020), new FiscalYear(2021), Samples.AgricultureTree(), records, Execution, null, groups);
}
