using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>Framework, target, evaluation and portfolio documents: contract → domain, with every problem reported.</summary>
internal sealed partial class Mapper
{
    // indicator-framework ------------------------------------------------------------------------------------------

    internal IndicatorFramework? Framework(FrameworkDocument d, string path)
    {
        var before = problems.Count;
        if (!IndicatorClass.IsValidCode(d.Id))
        {
            Add(Messages.FrameworkIdInvalid, path + ".id", null, ProblemList.Shorten(d.Id));
        }

        // Declared before the calls, not "out var": a statement mutant of a call would hide the variable, fail to compile
        // and make Stryker drop every mutant of the method (safe mode). For the same reason what a condition proved
        // non-null is asserted where it is used.
        LocalizedName title;
        FrameworkScope scope;
        Name(d.Title, path + ".title", out title);
        Enum<FrameworkScope>(d.Scope, path + ".scope", out scope);
        var hasOrigin = Enum<FrameworkOrigin>(d.Origin, path + ".origin", out var origin);
        Sector? sector = null;
        if (d.Sector is not null)
        {
            if (BudgetPerformance.Subjects.Sector.TryGetBuiltIn(d.Sector!, out var s))
            {
                sector = s;
            }
            else
            {
                Add(Messages.SectorNotBuiltIn, path + ".sector", null, ProblemList.Shorten(d.Sector!), string.Join(", ", BudgetPerformance.Subjects.Sector.BuiltIn));
            }
        }

        if (hasOrigin && (origin == FrameworkOrigin.Individual) != (d.Sector is not null))
        {
            Add(Messages.SectorDoesNotFitOrigin, path + ".sector", null);
        }

        NotBlank(d.Source, path + ".source", new("依据", "source"));
        NotNegative(d.BudgetExecutionPoints, path + ".budgetExecutionPoints", Messages.NegativeBudgetExecutionPoints);

        // The framework's nodes carry provenance; the tree itself is the common shape.
        var provenance = new Dictionary<IndicatorCode, Provenance>();
        var groupsPath = path + ".groups";
        for (var i = 0; i < d.Groups.Count; i++)
        {
            var g = d.Groups[i];
            var gp = ProblemList.Index(groupsPath, i);
            Provenance(g.Code, g.Source, g.Verified, gp, provenance);
            for (var k = 0; k < (g.Indicators?.Count ?? 0); k++)
            {
                var t = g.Indicators![k];
                Provenance(t.Code, t.Source, t.Verified, ProblemList.Index(gp + ".indicators", k), provenance);
            }

            for (var j = 0; j < (g.Children?.Count ?? 0); j++)
            {
                var s = g.Children![j];
                var sp = ProblemList.Index(gp + ".children", j);
                Provenance(s.Code, s.Source, s.Verified, sp, provenance);
                for (var k = 0; k < s.Indicators.Count; k++)
                {
                    var t = s.Indicators[k];
                    Provenance(t.Code, t.Source, t.Verified, ProblemList.Index(sp + ".indicators", k), provenance);
                }
            }
        }

        var plain = d.Groups.Select(g => new GroupContract
        {
            Code = g.Code,
            Name = g.Name,
            Class = g.Class,
            Points = g.Points,
            Children = g.Children?.Select(s => new SubgroupContract
            {
                Code = s.Code,
                Name = s.Name,
                Class = s.Class,
                Points = s.Points,
                Indicators = s.Indicators.Cast<IndicatorContract>().ToList(),
            }).ToList(),
            Indicators = g.Indicators?.Cast<IndicatorContract>().ToList(),
        }).ToList();
        var classes = Declare(d.Classes, path + ".classes");
        var tree = Tree(d.Weighting, path + ".weighting", plain, groupsPath, [], classes);
        if (Has(before) || tree is null)
        {
            return null;
        }

        return new IndicatorFramework(d.Id, title, scope, origin, sector, d.Source, d.BudgetExecutionPoints, tree!, provenance);
    }

    private void Provenance(string code, string source, bool verified, string path, Dictionary<IndicatorCode, Provenance> into)
    {
        if (NotBlank(source, path + ".source", new("依据", "source")) && IndicatorCode.IsValid(code))
        {
            into[new IndicatorCode(code)] = new Provenance(source, verified);
        }
    }

    internal static FrameworkDocument ToContract(IndicatorFramework f) => new()
    {
        Kind = DocumentKinds.IndicatorFramework,
        SchemaVersion = BudgetPerformanceJson.SchemaVersion,
        Id = f.Id,
        Title = ToContract(f.Title),
        Scope = EnumText.Format(f.Scope),
        Origin = EnumText.Format(f.Origin),
        Sector = f.Sector.HasValue ? SectorCode(f.Sector.GetValueOrDefault()) : null,
        Source = f.Source,
        Weighting = EnumText.Format(f.Tree.Weighting),
        BudgetExecutionPoints = f.BudgetExecutionPoints,
        Classes = ClassesOf(f.Tree),
        Groups = f.Tree.Groups.Select(g => new FrameworkGroupContract
        {
            Code = g.Code.Value,
            Name = g.Name,
            Class = ClassCode(g.Class),
            Points = g.Points,
            Source = f.GetProvenance(g.Code).Source,
            Verified = f.GetProvenance(g.Code).IsVerified,
            Children = g.HasLevelTwoHeadings ? g.Children.Select(s => new FrameworkSubgroupContract
            {
                Code = s.Code.Value,
                Name = s.Name,
                Class = ClassCode(s.Class),
                Points = s.Points,
                Source = f.GetProvenance(s.Code).Source,
                Verified = f.GetProvenance(s.Code).IsVerified,
                Indicators = s.Children.Select(i => FrameworkIndicator(f, i)).ToList(),
            }).ToList() : null,
            Indicators = g.HasLevelTwoHeadings ? null : g.Indicators.Select(i => FrameworkIndicator(f, i)).ToList(),
        }).ToList(),
    };

    private static FrameworkIndicatorContract FrameworkIndicator(IndicatorFramework f, LevelThreeIndicator i) => new()
    {
        Code = i.Code.Value,
        Name = i.Name,
        Direction = DirectionSymbols.Of(i.Direction),
        Target = i.Target,
        Unit = i.Unit,
        ValueBasis = EnumText.Format(i.ValueBasis),
        Points = i.Points,
        Explanation = i.Explanation,
        ScoringRule = i.ScoringRule,
        Source = f.GetProvenance(i.Code).Source,
        Verified = f.GetProvenance(i.Code).IsVerified,
    };

    // trees and small values, domain → contract -------------------------------------------------------------------

    internal static LocalizedNameContract ToContract(LocalizedName name) => new() { Zh = name.Chinese, En = name.English };

    internal static SubjectRefContract ToContract(SubjectRef s) => new() { Type = EnumText.Format(s.Type), Code = s.Code };

    private static string SectorCode(Sector s)
    {
        Guard.Against.InvalidWhen(!BudgetPerformance.Subjects.Sector.TryGetBuiltIn(s.Code, out _), "value", $"The custom sector '{s.Code}' cannot be written in schema version 1, which names built-in sectors only.");
        return s.Code;
    }

    // performance-target -------------------------------------------------------------------------------------------

    internal PerformanceTarget? Target(PerformanceTargetContract t, string path)
    {
        var before = problems.Count;
        SubjectRef subject; // not "out var": see Framework
        FiscalYear year;
        SubjectRef(t.Subject, path + ".subject", out subject);
        Year(t.Year, path + ".year", out year);
        NotBlank(t.OverallGoal, path + ".overallGoal", new("总体目标", "overall goal"));
        NotBlank(t.AuthoredBy, path + ".authoredBy", new("填报人", "author"));
        if (Enum<TargetStatus>(t.Status, path + ".status", out var status))
        {
            var reviewed = status is TargetStatus.Approved or TargetStatus.Returned;
            if (reviewed ? string.IsNullOrWhiteSpace(t.ReviewedBy) : t.ReviewedBy is not null)
            {
                Add(reviewed ? Messages.ReviewedTargetWithoutReviewer : Messages.UnreviewedTargetWithReviewer, path + ".reviewedBy", null);
            }

            if (status == TargetStatus.Returned ? string.IsNullOrWhiteSpace(t.ReturnReason) : t.ReturnReason is not null)
            {
                Add(status == TargetStatus.Returned ? Messages.ReturnedTargetWithoutReason : Messages.ReturnReasonWithoutReturn, path + ".returnReason", null);
            }
        }

        var classes = Declare(t.Classes, path + ".classes");
        var tree = Tree(t.Weighting, path + ".weighting", t.Indicators, path + ".indicators", [], classes);
        if (Has(before) || tree is null)
        {
            return null;
        }

        return PerformanceTarget.Restore(subject, year, t.OverallGoal, tree!, t.AuthoredBy, status, t.ReviewedBy, t.ReturnReason);
    }

    internal static PerformanceTargetContract ToTargetContract(PerformanceTarget t) => new()
    {
        Subject = ToContract(t.Subject),
        Year = t.Year.Year,
        OverallGoal = t.OverallGoal,
        AuthoredBy = t.AuthoredBy,
        Status = EnumText.Format(t.Status),
        ReviewedBy = t.ReviewedBy,
        ReturnReason = t.ReturnReason,
        Weighting = EnumText.Format(t.Indicators.Weighting),
        Classes = ClassesOf(t.Indicators),
        Indicators = ToContract(t.Indicators),
    };

    internal static PerformanceTargetDocument ToTargetDocument(PerformanceTarget t) => new()
    {
        Kind = DocumentKinds.PerformanceTarget,
        SchemaVersion = BudgetPerformanceJson.SchemaVersion,
        Subject = ToContract(t.Subject),
        Year = t.Year.Year,
        OverallGoal = t.OverallGoal,
        AuthoredBy = t.AuthoredBy,
        Status = EnumText.Format(t.Status),
        ReviewedBy = t.ReviewedBy,
        ReturnReason = t.ReturnReason,
        Weighting = EnumText.Format(t.Indicators.Weighting),
        Classes = ClassesOf(t.Indicators),
        Indicators = ToContract(t.Indicators),
    };

    // portfolio ----------------------------------------------------------------------------------------------------

    internal Portfolio? Portfolio(PortfolioDocument d, string path)
    {
        var before = problems.Count;
        FiscalYear year; // not "out var": see Framework
        var hasYear = Year(d.Year, path + ".year", out year);
        var departments = Departments(d.Departments, path + ".departments");
        var units = Units(d.Units, path + ".units");
        var sections = Sections(d.Sections, path + ".sections");
        var items = SpendingItems(d.SpendingItems, path + ".spendingItems");
        var targets = new List<PerformanceTarget?>();
        for (var i = 0; i < d.Targets.Count; i++)
        {
            targets.Add(Target(d.Targets[i], ProblemList.Index(path + ".targets", i)));
        }

        var evaluations = new List<Evaluation?>();
        for (var i = 0; i < d.Evaluations.Count; i++)
        {
            evaluations.Add(Evaluation(d.Evaluations[i], ProblemList.Index(path + ".evaluations", i)));
        }

        if (Has(before))
        {
            PortfolioChecksOfTheReadable(d, path, hasYear ? year : null, departments, units, sections, items, targets);
            return null;
        }

        foreach (var problem in BudgetPerformance.Portfolios.Portfolio.FindProblems(year, departments!, units!, sections!, items!, targets!, evaluations!))
        {
            Add(problem, path + "." + problem.Location.Element);
        }

        return Has(before) ? null : new Portfolio(year, departments!, units!, sections!, items!, targets!, evaluations!);
    }

    internal List<Department?> Departments(List<DepartmentContract> list, string path) =>
        Subjects(list, path, (x, p) => NotBlank(x.Code, p + ".code", new("编码", "code")) & NotBlank(x.Name, p + ".name", new("名称", "name")) ? new Department(x.Code, x.Name) : null);

    internal List<BudgetUnit?> Units(List<UnitContract> list, string path) =>
        Subjects(list, path, (x, p) => NotBlank(x.Code, p + ".code", new("编码", "code")) & NotBlank(x.Name, p + ".name", new("名称", "name")) & NotBlank(x.DepartmentCode, p + ".departmentCode", new("部门编码", "department code"))
            ? new BudgetUnit(x.Code, x.Name, x.DepartmentCode) : null);

    internal List<InternalSection?> Sections(List<SectionContract> list, string path) =>
        Subjects(list, path, (x, p) => NotBlank(x.Code, p + ".code", new("编码", "code")) & NotBlank(x.Name, p + ".name", new("名称", "name")) ? new InternalSection(x.Code, x.Name) : null);

    internal List<SpendingItem?> SpendingItems(List<SpendingItemContract> list, string path) => Subjects(list, path, SpendingItem);

    private List<T?> Subjects<TContract, T>(List<TContract> list, string path, Func<TContract, string, T?> map)
        where T : class
    {
        var result = new List<T?>();
        for (var i = 0; i < list.Count; i++)
        {
            var at = ProblemList.Index(path, i);
            result.Add(map(list[i], at));
        }

        return result;
    }

    private SpendingItem? SpendingItem(SpendingItemContract x, string p)
    {
        var before = problems.Count;
        if (Enum<SubjectType>(x.Type, p + ".type", out var type) && type is not (SubjectType.Project or SubjectType.Policy))
        {
            Add(Messages.SpendingItemNotProjectOrPolicy, p + ".type", null);
        }

        NotBlank(x.Code, p + ".code", new("编码", "code"));
        NotBlank(x.Name, p + ".name", new("名称", "name"));
        NotBlank(x.DepartmentCode, p + ".departmentCode", new("部门编码", "department code"));
        NotBlankOrNull(x.UnitCode, p + ".unitCode", new("单位编码", "unit code"));
        if (!BudgetPerformance.Subjects.Sector.TryGetBuiltIn(x.Sector, out var sector))
        {
            Add(Messages.SectorNotBuiltIn, p + ".sector", null, ProblemList.Shorten(x.Sector), string.Join(", ", BudgetPerformance.Subjects.Sector.BuiltIn));
        }

        ProjectKind kind; // not "out var": see Framework
        Enum<ProjectKind>(x.ProjectKind, p + ".projectKind", out kind);
        Ask(BudgetPerformance.Subjects.SpendingItem.FindProblems(x.Code, Money.FromYuan(x.Budget)), p);
        return Has(before) ? null : new SpendingItem(type, x.Code, x.Name, x.DepartmentCode, x.UnitCode, sector, kind, x.IsNewMajor, Money.FromYuan(x.Budget));
    }

    internal static PortfolioDocument ToContract(Portfolio p) => new()
    {
        Kind = DocumentKinds.Portfolio,
        SchemaVersion = BudgetPerformanceJson.SchemaVersion,
        Year = p.Year.Year,
        Departments = p.Departments.Select(d => new DepartmentContract { Code = d.Code, Name = d.Name }).ToList(),
        Units = p.Units.Select(u => new UnitContract { Code = u.Code, Name = u.Name, DepartmentCode = u.DepartmentCode }).ToList(),
        Sections = p.Sections.Select(s => new SectionContract { Code = s.Code, Name = s.Name }).ToList(),
        SpendingItems = p.SpendingItems.Select(i => new SpendingItemContract
        {
            Type = EnumText.Format(i.Type),
            Code = i.Code,
            Name = i.Name,
            DepartmentCode = i.DepartmentCode,
            UnitCode = i.UnitCode,
            Sector = SectorCode(i.Sector),
            ProjectKind = EnumText.Format(i.Kind),
            IsNewMajor = i.IsNewMajor,
            Budget = i.Budget.Yuan,
        }).ToList(),
        Targets = p.Targets.Select(ToTargetContract).ToList(),
        Evaluations = p.Evaluations.Select(ToEvaluationContract).ToList(),
    };
}
