using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>One generated project: every number drawn by FsCheck; an actual above 100 means "no such evaluation".</summary>
public sealed record ProjectDraw(int Dept, int Sector, bool NewMajor, long BudgetFen, int Target, bool Monitored, bool ExAnte, int Self, int Department, int Finance, long? RequestFen);

/// <summary>Independently computed expectations of a generated county (plain loops over the draws, no library code).</summary>
public sealed class Expected
{
    public int Projects;
    public int ProjectsWithTargets;
    public int DepartmentsWithTargets;
    public int ExAnte;
    public int NewMajor;
    public int NewMajorAssessed;
    public int Monitored;
    public Money MonitoredAmount;
    public int SelfProjects;
    public int SelfDepartments;
    public int DepartmentEvaluations;
    public int DepartmentEvaluationDepartments;
    public Money DepartmentEvaluationAmount;
    public int FinanceEvaluations;
    public Money FinanceAmount;
    public List<Sector> FinanceSectors = [];
    public int WholeDepartment;
    public int[] Grades = new int[4];   // 优, 良, 中, 差
    public Money TotalCut;
    public List<string> CutCodes = [];
}

public sealed class GeneratedCounty
{
    public required Portfolio Portfolio { get; init; }

    public required Dictionary<SubjectRef, Money> Requests { get; init; }

    public required Expected Expected { get; init; }

    public required IReadOnlyList<ProjectDraw> Draws { get; init; }

    public override string ToString() => string.Join("; ", Draws);
}

public static class RandomCounty
{
    public const int Year = 2020;
    private const int NoEvaluation = 101;

    private static Gen<int> Actual => Gen.Frequency((2, Gen.Choose(0, 100)), (1, Gen.Constant(NoEvaluation)));

    private static Gen<ProjectDraw> Draw =>
        from dept in Gen.Choose(0, 3)
        from sector in Gen.Choose(0, Sector.BuiltIn.Count - 1)
        from newMajor in Gen.Elements(true, false)
        from budget in Gen.Choose(1, 500_000_000)
        from target in Gen.Choose(0, 4)
        from monitored in Gen.Elements(true, false)
        from exAnte in Gen.Elements(true, false)
        from self in Actual
        from department in Actual
        from finance in Actual
        from request in Gen.Frequency((3, Gen.Choose(0, 900_000_000).Select(r => (long?)r)), (1, Gen.Constant((long?)null)))
        select new ProjectDraw(dept, sector, newMajor, budget, target, monitored, exAnte, self, department, finance, request);

    public static Gen<GeneratedCounty> Counties =>
        from draws in Draw.ListOf()
        from whole in Gen.Choose(0, 100).ArrayOf(4)
        from wholeOn in Gen.Elements(true, false).ArrayOf(4)
        select Create([.. draws], whole, wholeOn);

    private static int GradeIndex(decimal total) => total >= 90m ? 0 : total >= 80m ? 1 : total >= 60m ? 2 : 3;

    public static GeneratedCounty Create(IReadOnlyList<ProjectDraw> draws, int[] whole, bool[] wholeOn)
    {
        var departments = Enumerable.Range(0, 4).Select(d => new Department($"D{d}", $"部门{d}")).ToList();
        var items = new List<SpendingItem>();
        var targets = new List<PerformanceTarget>();
        var evaluations = new List<Evaluation>();
        var requests = new Dictionary<SubjectRef, Money>();
        var e = new Expected { MonitoredAmount = Money.Zero, DepartmentEvaluationAmount = Money.Zero, FinanceAmount = Money.Zero, TotalCut = Money.Zero };
        var targetDepartments = new HashSet<int>();
        var selfDepartments = new HashSet<int>();
        var evaluatingDepartments = new HashSet<int>();
        var financeSectors = new HashSet<int>();
        for (var k = 0; k < draws.Count; k++)
        {
            var d = draws[k];
            var code = $"P{k:000}";
            var subject = Build.Project(code);
            var budget = Money.FromYuan(d.BudgetFen / 100m);
            items.Add(new SpendingItem(SubjectType.Project, code, $"项目{k}", $"D{d.Dept}", null, Sector.BuiltIn[d.Sector], ProjectKind.Recurring, d.NewMajor, budget));
            e.Projects++;
            if (d.NewMajor)
            {
                e.NewMajor++;
            }

            if (d.Target > 0)
            {
                targets.Add(Build.Target(subject, Year, (TargetStatus)(d.Target - 1)));
                e.ProjectsWithTargets++;
                targetDepartments.Add(d.Dept);
            }

            if (d.Monitored)
            {
                evaluations.Add(Build.Evaluation("MO-" + code, EvaluationType.Monitoring, subject, Year, 50m));
                e.Monitored++;
                e.MonitoredAmount += budget;
            }

            if (d.ExAnte)
            {
                evaluations.Add(Build.Evaluation("EX-" + code, EvaluationType.ExAnteAssessment, subject, Year, 80m));
                e.ExAnte++;
                if (d.NewMajor)
                {
                    e.NewMajorAssessed++;
                }
            }

            int? grade = null;
            if (d.Self != NoEvaluation)
            {
                evaluations.Add(Build.Evaluation("SE-" + code, EvaluationType.SelfEvaluation, subject, Year, d.Self, budget));
                e.SelfProjects++;
                selfDepartments.Add(d.Dept);
                grade = GradeIndex(0.9m * d.Self + 10m);
                e.Grades[grade.Value]++;
            }

            if (d.Department != NoEvaluation)
            {
                evaluations.Add(Build.Evaluation("DE-" + code, EvaluationType.DepartmentEvaluation, subject, Year, d.Department));
                e.DepartmentEvaluations++;
                evaluatingDepartments.Add(d.Dept);
                e.DepartmentEvaluationAmount += budget;
                grade = GradeIndex(d.Department);
                e.Grades[grade.Value]++;
            }

            if (d.Finance != NoEvaluation)
            {
                evaluations.Add(Build.Evaluation("FE-" + code, EvaluationType.FinanceEvaluation, subject, Year, d.Finance));
                e.FinanceEvaluations++;
                e.FinanceAmount += budget;
                financeSectors.Add(d.Sector);
                grade = GradeIndex(d.Finance);
                e.Grades[grade.Value]++;
            }

            if (d.RequestFen is { } fen)
            {
                var request = fen / 100m;
                requests[subject] = Money.FromYuan(request);
                if (grade is >= 2)
                {
                    var cut = Math.Round(request * 0.10m, 2, MidpointRounding.AwayFromZero);
                    if (cut > 0m)
                    {
                        e.TotalCut += Money.FromYuan(cut);
                        e.CutCodes.Add(code);
                    }
                }
            }
        }

        for (var d = 0; d < 4; d++)
        {
            if (wholeOn[d])
            {
                evaluations.Add(Build.Evaluation($"WD-D{d}", EvaluationType.WholeDepartmentEvaluation, Build.Dept($"D{d}"), Year, whole[d]));
                e.WholeDepartment++;
                e.Grades[GradeIndex(whole[d])]++;
            }
        }

        e.DepartmentsWithTargets = targetDepartments.Count;
        e.SelfDepartments = selfDepartments.Count;
        e.DepartmentEvaluationDepartments = evaluatingDepartments.Count;
        e.FinanceSectors = [.. financeSectors.Order().Select(s => Sector.BuiltIn[s])];
        return new GeneratedCounty
        {
            Portfolio = new Portfolio(new FiscalYear(Year), departments, [], [], items, targets, evaluations),
            Requests = requests,
            Expected = e,
            Draws = draws,
        };
    }
}
