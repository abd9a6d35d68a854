using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Queries;
using BudgetPerformance.Rectification;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// The portfolio's referential integrity (every problem located as list[index].field), subjects, the catalogue's
/// frameworks and the query summaries' checks.
/// </summary>
public class PortfolioAndSummaryTests
{
    private static readonly FiscalYear Y2021 = new(2021);
    private static readonly Department D01 = new("D01", "县农业农村局");
    private static readonly BudgetUnit U01 = new("U01", "县农田建设中心", "D01");
    private static readonly InternalSection S01 = new("S01", "农业科");

    private static SpendingItem Item(string code = "P001", string department = "D01", string? unit = "U01") =>
        new(SubjectType.Project, code, "高标准农田建设", department, unit, Sector.Agriculture, ProjectKind.OneOff, false, Money.FromYuan(1_000_000m));

    private static PerformanceTarget Target(string code = "P001", int year = 2021) =>
        new(new SubjectRef(SubjectType.Project, code), new FiscalYear(year), "建设高标准农田", Samples.AgricultureTree(), "U01");

    private static Evaluation SelfEvaluation(string id = "E1", string code = "P001", int conducted = 2021) =>
        new(id, EvaluationType.SelfEvaluation, new SubjectRef(SubjectType.Project, code), new Performer(PerformerRole.Unit, "县农田建设中心"),
            new FiscalYear(conducted - 1), new FiscalYear(conducted), Samples.AgricultureTree(), Samples.AgricultureRecords(),
            new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(850_000m)));

    private static IReadOnlyList<Problem> Find(
        IEnumerable<Department>? d = null, IEnumerable<BudgetUnit>? u = null, IEnumerable<InternalSection>? s = null,
        IEnumerable<SpendingItem>? i = null, IEnumerable<PerformanceTarget>? t = null, IEnumerable<Evaluation>? e = null) =>
        Portfolio.FindProblems(Y2021, d ?? [D01], u ?? [U01], s ?? [S01], i ?? [Item()], t ?? [Target()], e ?? [SelfEvaluation()]);

    [Fact]
    public void ValidPortfolio_KeepsEverythingInOrder()
    {
        var p = new Portfolio(Y2021, [D01], [U01], [S01], [Item("P001"), Item("P002")], [Target()], [SelfEvaluation()]);

        Assert.Empty(Find());
        Assert.Equal(Y2021, p.Year);
        Assert.Equal((D01, U01, S01), (p.Departments.Single(), p.Units.Single(), p.Sections.Single()));
        Assert.Equal(["P001", "P002"], p.SpendingItems.Select(x => x.Code));
        Assert.Single(p.Targets);
        Assert.Equal("E1", p.Evaluations.Single().Id);
        Assert.Equal("Portfolio 2021: 2 projects and policies, 1 targets, 1 evaluations", p.ToString());
    }

    [Fact]
    public void TryGetSubject_FindsEveryKindByTypeAndCode()
    {
        var p = new Portfolio(Y2021, [D01], [U01], [S01], [Item()], [], []);

        Assert.True(p.TryGetSubject(new SubjectRef(SubjectType.Department, "D01"), out var d));
        Assert.Same(D01, d);
        Assert.True(p.TryGetSubject(new SubjectRef(SubjectType.Unit, "U01"), out var u));
        Assert.Same(U01, u);
        Assert.True(p.TryGetSubject(new SubjectRef(SubjectType.InternalSection, "S01"), out var s));
        Assert.Same(S01, s);
        Assert.True(p.TryGetSubject(new SubjectRef(SubjectType.Project, "P001"), out var i));
        Assert.Equal("P001", i.Code);
        Assert.False(p.TryGetSubject(new SubjectRef(SubjectType.Policy, "P001"), out var none));
        Assert.Null(none);
        Assert.Equal("Portfolio 2021: 1 projects and policies, 0 targets, 0 evaluations", p.ToString());
    }

    [Fact]
    public void DuplicateSubjectCodes_PerTypeOnly()
    {
        var problems = Find(d: [D01, new Department("D01", "重复")], s: [S01, new InternalSection("S01", "重复科"), new InternalSection("D01", "同码不同类")]);

        Assert.Equal(
        [
            (ProblemCodes.DuplicateCode, "departments[1].code", "The Department code D01 is used more than once."),
            (ProblemCodes.DuplicateCode, "sections[1].code", "The InternalSection code S01 is used more than once."),
        ], problems.Select(p => (p.Code, p.Location.Element!, p.MessageEn)));
        Assert.Equal("units[1].code", Assert.Single(Find(u: [U01, U01])).Location.Element);
        Assert.Equal("spendingItems[2].code", Assert.Single(Find(i: [Item("P001"), Item("P002"), Item("P001")])).Location.Element);
    }

    [Fact]
    public void UnknownReferences_AreLocatedAtTheirField()
    {
        var problems = Find(
            u: [U01, new BudgetUnit("U02", "某中心", "D09")],
            i: [Item(), Item("P002", "D08", "U09"), Item("P003", "D01", null)],
            t: [Target(), Target("P404")],
            e: [SelfEvaluation(), SelfEvaluation("E2", "P405")]);

        Assert.Equal(
        [
            ("units[1].departmentCode", "The Department D09 is not in the portfolio."),
            ("spendingItems[1].departmentCode", "The Department D08 is not in the portfolio."),
            ("spendingItems[1].unitCode", "The Unit U09 is not in the portfolio."),
            ("targets[1].subject", "The Project P404 is not in the portfolio."),
            ("evaluations[1].subject", "The Project P405 is not in the portfolio."),
        ], problems.Select(p => (p.Location.Element!, p.MessageEn)));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.ReferenceUnknown, p.Code));
    }

    [Fact]
    public void SubjectsDeclaredLater_AreKnownToEarlierReferences()
    {
        // References are checked against every subject, whatever the order of the lists.
        Assert.Empty(Portfolio.FindProblems(Y2021, [new Department("D02", "县水利局"), D01], [new BudgetUnit("U02", "某中心", "D02"), U01], [], [Item("P001", "D02", "U02")], [], []));
    }

    [Fact]
    public void YearsAndDuplicateEvaluationIds()
    {
        var problems = Find(t: [Target(), Target(year: 2022)], e: [SelfEvaluation(), SelfEvaluation("E1"), SelfEvaluation("E3", conducted: 2022)]);

        Assert.Equal(
        [
            (ProblemCodes.YearMismatch, "targets[1].year", "The target of Project:P001 is for 2022, not 2021."),
            (ProblemCodes.DuplicateCode, "evaluations[1].id", "The evaluation id E1 is used more than once."),
            (ProblemCodes.YearMismatch, "evaluations[2].conductedIn", "Evaluation E3 was conducted in 2022, not 2021."),
        ], problems.Select(p => (p.Code, p.Location.Element!, p.MessageEn)));
    }

    [Fact]
    public void Constructor_ThrowsTheFirstProblemNamingItsList()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new Portfolio(Y2021, [D01], [U01], [], [Item()], [Target(year: 2022)], []));
        Assert.Equal(("targets", ProblemCodes.YearMismatch, "targets[0].year"), (e.ParamName, e.Problem.Code, e.Problem.Location.Element));

        var units = Assert.Throws<DomainInvariantException>(() => new Portfolio(Y2021, [], [U01], [], [], [], []));
        Assert.Equal(("units", ProblemCodes.ReferenceUnknown, "units[0].departmentCode"), (units.ParamName, units.Problem.Code, units.Problem.Location.Element));
        Assert.StartsWith("The Department D01 is not in the portfolio.", units.Message, StringComparison.Ordinal);

        var evaluations = Assert.Throws<DomainInvariantException>(() => new Portfolio(Y2021, [D01], [U01], [], [Item()], [], [SelfEvaluation(conducted: 2020)]));
        Assert.Equal(("evaluations", "evaluations[0].conductedIn"), (evaluations.ParamName, evaluations.Problem.Location.Element));
        Assert.Equal("sections", Assert.Throws<ArgumentException>(() => new Portfolio(Y2021, [], [], [null!], [], [], [])).ParamName);
        Assert.Equal("evaluations", Assert.Throws<ArgumentNullException>(() => Portfolio.FindProblems(Y2021, [], [], [], [], [], null!)).ParamName);
    }

    [Fact]
    public void Subjects_ChecksAndText()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new Department(" ", "县水利局")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new InternalSection("S01", "")).ParamName);
        Assert.Equal("departmentCode", Assert.Throws<ArgumentException>(() => new BudgetUnit("U01", "中心", " ")).ParamName);
        Assert.Equal((SubjectType.Unit, "D01"), (U01.Type, U01.DepartmentCode));
        Assert.Equal(new SubjectRef(SubjectType.InternalSection, "S01"), S01.Ref);
        Assert.Equal("InternalSection:S01 农业科", S01.ToString());
        Assert.Equal("Unit:U01 县农田建设中心", U01.ToString());
    }

    [Fact]
    public void SpendingItem_ChecksAndValues()
    {
        var item = new SpendingItem(SubjectType.Policy, "Z01", "耕地地力保护补贴", "D01", null, Sector.Agriculture, ProjectKind.Recurring, true, Money.Zero);

        Assert.Equal((SubjectType.Policy, "Z01", "耕地地力保护补贴", "D01", (string?)null, Sector.Agriculture, ProjectKind.Recurring, true, Money.Zero),
            (item.Type, item.Code, item.Name, item.DepartmentCode, item.UnitCode, item.Sector, item.Kind, item.IsNewMajor, item.Budget));
        Assert.Equal("U01", Item().UnitCode);
        Assert.False(Item().IsNewMajor);
        Assert.Equal("unitCode", Assert.Throws<ArgumentException>(() => Item(unit: " ")).ParamName);
        Assert.Equal("departmentCode", Assert.Throws<ArgumentException>(() => Item(department: "")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SpendingItem(SubjectType.Project, "P1", "n", "D01", null, Sector.Water, (ProjectKind)4, false, Money.Zero)).ParamName);
        var type = Assert.Throws<ArgumentOutOfRangeException>(() => new SpendingItem(SubjectType.InternalSection, "P1", "n", "D01", null, Sector.Water, ProjectKind.OneOff, false, Money.Zero));
        Assert.Equal("type", type.ParamName);
        Assert.StartsWith("A spending item is a project or a policy.", type.Message, StringComparison.Ordinal);
        var budget = Assert.Throws<DomainInvariantException>(() => new SpendingItem(SubjectType.Project, "P1", "n", "D01", null, Sector.Water, ProjectKind.OneOff, false, Money.FromYuan(-0.01m)));
        Assert.Equal(("budget", ProblemCodes.AmountNegative, "P1"), (budget.ParamName, budget.Problem.Code, budget.Problem.Location.Subject));
        Assert.StartsWith("The budget must not be negative (-0.01).", budget.Message, StringComparison.Ordinal);
        Assert.StartsWith("The sector must be a created Sector.", Assert.Throws<ArgumentException>(() =>
            new SpendingItem(SubjectType.Project, "P1", "n", "D01", null, default, ProjectKind.OneOff, false, Money.Zero)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubjectRef_ChecksFieldByFieldEqualityAndText()
    {
        var r = new SubjectRef(SubjectType.Project, "P001");

        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new SubjectRef(SubjectType.Project, " ")).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => new SubjectRef((SubjectType)5, "P001")).ParamName);
        Assert.True(r == new SubjectRef(SubjectType.Project, "P001"));
        Assert.False(r != new SubjectRef(SubjectType.Project, "P001"));
        Assert.True(r != new SubjectRef(SubjectType.Policy, "P001"));
        Assert.True(r != new SubjectRef(SubjectType.Project, "p001"));
        Assert.NotEqual(r.GetHashCode(), new SubjectRef(SubjectType.Policy, "P001").GetHashCode());
        Assert.Equal(r.GetHashCode(), new SubjectRef(SubjectType.Project, "P001").GetHashCode());
        Assert.Equal("Project:P001", r.ToString());
    }

    [Fact]
    public void Provenance_Checks() =>
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new Provenance(" ", true)).ParamName);

    [Fact]
    public void EvaluationSummary_ChecksEveryArgument()
    {
        EvaluationSummary Make(string id = "E1", int sequence = 0, EvaluationType type = EvaluationType.SelfEvaluation, SubjectType subjectType = SubjectType.Project,
            string code = "P001", string name = "高标准农田", string? department = "D01", string? sector = "agriculture", PerformerRole role = PerformerRole.Unit,
            int covered = 2020, int conducted = 2021, decimal amount = 0m, decimal? total = 0m, Grade? grade = null) =>
            new(id, sequence, type, subjectType, code, name, department, sector, role, covered, conducted, amount, total, grade);

        var s = Make(department: null, sector: null, total: null);
        Assert.Equal((0, (string?)null, (string?)null, (decimal?)null, (Grade?)null, 0m), (s.Sequence, s.DepartmentCode, s.SectorCode, s.Total, s.Grade, s.AmountYuan));
        Assert.Equal(0m, Make(total: 0m).Total);
        Assert.Equal((1900, 9998), (Make(covered: 1900).CoveredYear, Make(conducted: 9998).ConductedIn));

        var sequence = Assert.Throws<ArgumentOutOfRangeException>(() => Make(sequence: -1));
        Assert.Equal("sequence", sequence.ParamName);
        Assert.StartsWith("The sequence must not be negative.", sequence.Message, StringComparison.Ordinal);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Make(id: " ")).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => Make(type: (EvaluationType)8)).ParamName);
        Assert.Equal("subjectType", Assert.Throws<ArgumentOutOfRangeException>(() => Make(subjectType: (SubjectType)5)).ParamName);
        Assert.Equal("subjectCode", Assert.Throws<ArgumentException>(() => Make(code: "")).ParamName);
        Assert.Equal("subjectName", Assert.Throws<ArgumentException>(() => Make(name: " ")).ParamName);
        Assert.Equal("departmentCode", Assert.Throws<ArgumentException>(() => Make(department: " ")).ParamName);
        Assert.Equal("sectorCode", Assert.Throws<ArgumentException>(() => Make(sector: "")).ParamName);
        Assert.Equal("performerRole", Assert.Throws<ArgumentOutOfRangeException>(() => Make(role: (PerformerRole)5)).ParamName);
        Assert.Equal("coveredYear", Assert.Throws<ArgumentOutOfRangeException>(() => Make(covered: 1899)).ParamName);
        Assert.Equal("conductedIn", Assert.Throws<ArgumentOutOfRangeException>(() => Make(conducted: 9999)).ParamName);
        Assert.Equal("amountYuan", Assert.Throws<ArgumentOutOfRangeException>(() => Make(amount: -0.01m)).ParamName);
        Assert.StartsWith("The total must not be negative.", Assert.Throws<ArgumentOutOfRangeException>(() => Make(total: -0.01m)).Message, StringComparison.Ordinal);
        Assert.Equal("grade", Assert.Throws<ArgumentOutOfRangeException>(() => Make(grade: (Grade)4)).ParamName);
        Assert.Equal(Grade.Excellent, Make(grade: Grade.Excellent).Grade);
    }

    [Fact]
    public void ProjectSummary_ChecksEveryArgument()
    {
        ProjectSummary Make(int year = 2021, int sequence = 0, SubjectType type = SubjectType.Project, string code = "P001", string name = "高标准农田",
            string department = "D01", string? unit = null, string sector = "agriculture", ProjectKind kind = ProjectKind.OneOff, decimal budget = 0m,
            bool hasTarget = false, bool hasApproved = false) =>
            new(year, sequence, type, code, name, department, unit, sector, kind, false, budget, hasTarget, hasApproved, false);

        Assert.Equal((2021, 0, SubjectType.Project, (string?)null, 0m), (Make().Year, Make().Sequence, Make().Type, Make().UnitCode, Make().BudgetYuan));
        Assert.True(Make(hasTarget: true, hasApproved: true).HasApprovedTarget);
        Assert.True(Make(hasTarget: true).HasTarget);
        Assert.Equal(SubjectType.Policy, Make(type: SubjectType.Policy).Type);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Make(year: 1899)).ParamName);
        Assert.Equal("sequence", Assert.Throws<ArgumentOutOfRangeException>(() => Make(sequence: -1)).ParamName);
        var type = Assert.Throws<ArgumentOutOfRangeException>(() => Make(type: SubjectType.Department));
        Assert.Equal("type", type.ParamName);
        Assert.StartsWith("A project summary is about a project or a policy.", type.Message, StringComparison.Ordinal);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Make(code: " ")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Make(name: " ")).ParamName);
        Assert.Equal("departmentCode", Assert.Throws<ArgumentException>(() => Make(department: " ")).ParamName);
        Assert.Equal("unitCode", Assert.Throws<ArgumentException>(() => Make(unit: " ")).ParamName);
        Assert.Equal("sectorCode", Assert.Throws<ArgumentException>(() => Make(sector: " ")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Make(kind: (ProjectKind)4)).ParamName);
        Assert.Equal("budgetYuan", Assert.Throws<ArgumentOutOfRangeException>(() => Make(budget: -0.01m)).ParamName);
        Assert.StartsWith("An approved target is a target.", Assert.Throws<ArgumentException>(() => Make(hasApproved: true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RectificationSummary_ChecksAndFrom()
    {
        var issued = new LocalDate(2021, 3, 1);
        RectificationSummary Make(int sequence = 0, RectificationState state = RectificationState.Issued, LocalDate? deadline = null, string owner = "U01") =>
            new("N1", sequence, SubjectType.Project, "P001", "E1", owner, issued, deadline ?? issued, state, null, null);

        Assert.Equal(issued, Make().Deadline);
        Assert.Equal(RectificationState.Verified, Make(state: RectificationState.Verified).State);
        var overdue = Assert.Throws<ArgumentOutOfRangeException>(() => Make(state: RectificationState.Overdue));
        Assert.Equal("state", overdue.ParamName);
        Assert.StartsWith("Overdue is derived from a date, never recorded.", overdue.Message, StringComparison.Ordinal);
        Assert.Equal("state", Assert.Throws<ArgumentOutOfRangeException>(() => Make(state: (RectificationState)4)).ParamName);
        Assert.Equal("sequence", Assert.Throws<ArgumentOutOfRangeException>(() => Make(sequence: -1)).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => Make(owner: " ")).ParamName);
        Assert.StartsWith("The deadline cannot be before the date of issue.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Make(deadline: issued.PlusDays(-1))).Message, StringComparison.Ordinal);

        var notice = new RectificationNotice("N9", new SubjectRef(SubjectType.Policy, "Z01"), "E7", "未按期完成", "U02", issued, new LocalDate(2021, 6, 30))
            .Report(new LocalDate(2021, 6, 1)).Verify(new LocalDate(2021, 7, 15));
        var s = RectificationSummary.From(notice, 4);
        Assert.Equal(
            ("N9", 4, SubjectType.Policy, "Z01", "E7", "U02", issued, new LocalDate(2021, 6, 30), RectificationState.Verified, (LocalDate?)new LocalDate(2021, 6, 1), (LocalDate?)new LocalDate(2021, 7, 15)),
            (s.Id, s.Sequence, s.SubjectType, s.SubjectCode, s.EvaluationId, s.Owner, s.IssuedOn, s.Deadline, s.State, s.ReportedOn, s.VerifiedOn));
        Assert.Equal("N9 due 2021-06-30", s.ToString());
        Assert.Equal("notice", Assert.Throws<ArgumentNullException>(() => RectificationSummary.From(null!, 0)).ParamName);
    }

    [Fact]
    public void EvaluationCheck_OneAtATime_GivesWhatFindProblemsGivesForTheWholeList()
    {
        Evaluation[] evaluations = [SelfEvaluation("E1"), SelfEvaluation("E1"), SelfEvaluation("E2", "P404"), SelfEvaluation("E3", conducted: 2022)];
        var check = new PortfolioEvaluationCheck(Y2021, [D01, U01, S01, Item()]);

        var oneByOne = evaluations.SelectMany((e, k) => check.Check(e, k)).ToList();

        Assert.Equal(Find(e: evaluations), oneByOne);
        Assert.Equal(
            [
                (ProblemCodes.DuplicateCode, "evaluations[1].id", "E1"),
                (ProblemCodes.ReferenceUnknown, "evaluations[2].subject", "E2"),
                (ProblemCodes.YearMismatch, "evaluations[3].conductedIn", "E3"),
            ],
            oneByOne.Select(p => (p.Code, p.Location.Element!, p.Location.Subject!)));
    }

    [Fact]
    public void EvaluationCheck_Guards_NameTheirParameters()
    {
        Assert.Equal("year", Assert.Throws<ArgumentException>(() => new PortfolioEvaluationCheck(default, [])).ParamName);
        Assert.Equal("subjects", Assert.Throws<ArgumentNullException>(() => new PortfolioEvaluationCheck(Y2021, null!)).ParamName);
        var check = new PortfolioEvaluationCheck(Y2021, [D01]);
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => check.Check(null!, 0)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => check.Check(SelfEvaluation(), -1)).ParamName);
    }
}
