using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Tests;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Invariants of the mapping over generated values: frameworks and portfolios read back what was written, and the
/// flat form rows of any tree read as that tree with the derived codes (docs/json/evaluation.md).
/// </summary>
public class MappingPropertyTests
{
    private static readonly Sector[] BuiltInSectors = [.. Sector.BuiltIn];

    public static Gen<IndicatorFramework> FrameworkGen =>
        from weighting in Gen.Elements(IndicatorWeighting.Weighted, IndicatorWeighting.Template)
        from tree in Generators.Tree(weighting)
        from flags in Gen.Elements(true, false).ListOf(64)
        from source in Gen.Elements("财预〔2020〕10号", "鲁财绩〔2020〕3号", "a \"quoted\" source")
        from scope in Gen.Elements(Enum.GetValues<FrameworkScope>())
        from sector in Gen.Elements<Sector?>([null, .. BuiltInSectors.Select(s => (Sector?)s)])
        from points in Generators.Points
        from id in Gen.Choose(0, 999)
        select Framework(tree, [.. flags], source, scope, sector, points, id);

    private static IndicatorFramework Framework(IndicatorTree tree, bool[] flags, string source, FrameworkScope scope, Sector? sector, decimal points, int id)
    {
        var codes = tree.Groups.SelectMany(g => new[] { g.Code }.Concat(g.Children.SelectMany(t => new[] { t.Code }.Concat(t.Children.Select(i => i.Code))))).ToList();
        var provenance = codes.Select((c, i) => (c, p: new Provenance(source + " " + c.Value, flags[i % flags.Length]))).ToDictionary(x => x.c, x => x.p);
        return new IndicatorFramework(
            "gen-" + id.ToString(CultureInfo.InvariantCulture), new LocalizedName("生成的指标体系", "Generated framework"), scope,
            sector is null ? FrameworkOrigin.Common : FrameworkOrigin.Individual, sector, source, points, tree, provenance);
    }

    [Property(MaxTest = 40)]
    public Property Framework_ReadOfWrite_HasTheSameValuesAndProvenance_AndRewritesByteIdentically() =>
        Prop.ForAll(FrameworkGen.ToArbitrary(), f =>
        {
            var bytes = JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(f);
            var back = JsonDocuments.IndicatorFramework.Read(bytes);
            var codes = f.Tree.Groups.SelectMany(g => new[] { g.Code }.Concat(g.Children.SelectMany(t => new[] { t.Code }.Concat(t.Children.Select(i => i.Code)))));
            return back.Id == f.Id && back.Title == f.Title && back.Scope == f.Scope && back.Origin == f.Origin && Nullable.Equals(back.Sector, f.Sector) &&
                back.Source == f.Source && back.BudgetExecutionPoints == f.BudgetExecutionPoints && back.Tree.Weighting == f.Tree.Weighting &&
                back.Tree.ToRows().SequenceEqual(f.Tree.ToRows()) && codes.All(c => back.GetProvenance(c) == f.GetProvenance(c)) &&
                bytes.AsSpan().SequenceEqual(JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(back));
        });

    public static Gen<Portfolio> PortfolioGen =>
        from items in Gen.Choose(0, 4)
        from types in Gen.Elements(SubjectType.Project, SubjectType.Policy).ListOf(items)
        from kinds in Gen.Elements(Enum.GetValues<ProjectKind>()).ListOf(items)
        from sectors in Gen.Elements(BuiltInSectors).ListOf(items)
        from majors in Gen.Elements(true, false).ListOf(items)
        from budgets in Gen.Choose(0, 1_000_000_000).Select(i => i / 100m).ListOf(items)
        from units in Gen.Elements<string?>(null, "U01", "U02").ListOf(items)
        from target in PropertyTests.TargetGen
        select Portfolio([.. types], [.. kinds], [.. sectors], [.. majors], [.. budgets], [.. units], target);

    private static Portfolio Portfolio(SubjectType[] types, ProjectKind[] kinds, Sector[] sectors, bool[] majors, decimal[] budgets, string?[] units, PerformanceTarget target)
    {
        var items = Enumerable.Range(0, types.Length).Select(i => new SpendingItem(
            types[i], "I" + i.ToString(CultureInfo.InvariantCulture), "支出项目" + i.ToString(CultureInfo.InvariantCulture), i % 2 == 0 ? "D01" : "D02", units[i], sectors[i], kinds[i], majors[i], Money.FromYuan(budgets[i])));
        return new Portfolio(
            new FiscalYear(2022),
            [new Department("D01", "县农业农村局"), new Department("D02", "县财政局")],
            [new BudgetUnit("U01", "县农田建设服务中心", "D01"), new BudgetUnit("U02", "县财政国库集中支付中心", "D02")],
            [new InternalSection("S01", "农业科")],
            [.. items, new SpendingItem(SubjectType.Policy, "POL-1", "农机购置补贴", "D01", null, Sector.Agriculture, ProjectKind.Recurring, false, Money.FromYuan(1m))],
            [target],
            []);
    }

    [Property(MaxTest = 40)]
    public Property Portfolio_ReadOfWrite_HasTheSameSubjectsAndTargets_AndRewritesByteIdentically() =>
        Prop.ForAll(PortfolioGen.ToArbitrary(), p =>
        {
            var bytes = JsonDocuments.Portfolio.WriteToUtf8Bytes(p);
            var back = JsonDocuments.Portfolio.Read(bytes);
            static object Item(SpendingItem i) => (i.Type, i.Code, i.Name, i.DepartmentCode, i.UnitCode, i.Sector, i.Kind, i.IsNewMajor, i.Budget);
            return back.Year == p.Year &&
                back.Departments.Select(d => (d.Code, d.Name)).SequenceEqual(p.Departments.Select(d => (d.Code, d.Name))) &&
                back.Units.Select(u => (u.Code, u.Name, u.DepartmentCode)).SequenceEqual(p.Units.Select(u => (u.Code, u.Name, u.DepartmentCode))) &&
                back.Sections.Select(s => (s.Code, s.Name)).SequenceEqual(p.Sections.Select(s => (s.Code, s.Name))) &&
                back.SpendingItems.Select(Item).SequenceEqual(p.SpendingItems.Select(Item)) &&
                back.Targets.Single().Status == p.Targets.Single().Status && back.Targets.Single().Indicators.ToRows().SequenceEqual(p.Targets.Single().Indicators.ToRows()) &&
                bytes.AsSpan().SequenceEqual(JsonDocuments.Portfolio.WriteToUtf8Bytes(back));
        });

    public static Gen<(IndicatorTree Tree, int[] Seeds)> TreeWithSeeds =>
        from weighting in Gen.Elements(IndicatorWeighting.Weighted, IndicatorWeighting.Template)
        from tree in Generators.Tree(weighting)
        from seeds in Gen.Choose(0, 1_000_000).ListOf(tree.Indicators.Count)
        select (tree, seeds.ToArray());

    [Property(MaxTest = 40)]
    public Property FormRowsOfATree_ReadAsThatTreeWithDerivedCodes() =>
        Prop.ForAll(TreeWithSeeds.ToArbitrary(), x =>
        {
            var (tree, seeds) = x;
            var rows = new JsonArray();
            var expectedRecords = new List<IndicatorRecord>();
            var n = 0;
            for (var a = 0; a < tree.Groups.Count; a++)
            {
                var one = tree.Groups[a];
                for (var b = 0; b < one.Children.Count; b++)
                {
                    var two = one.Children[b];
                    for (var c = 0; c < two.Children.Count; c++)
                    {
                        var three = two.Children[c];
                        var seed = seeds[n++];
                        var code = new IndicatorCode(FormattableString.Invariant($"{a + 1}.{b + 1}.{c + 1}"));
                        var row = new JsonObject
                        {
                            ["levelOne"] = one.Name, ["levelOneClass"] = one.Class.Code, ["levelOnePoints"] = one.Points,
                            ["levelTwo"] = two.Name, ["levelTwoClass"] = two.Class.Code, ["levelTwoPoints"] = two.Points,
                            ["levelThree"] = three.Name, ["direction"] = DirectionSymbols.Of(three.Direction), ["points"] = three.Points,
                        };
                        if (three.Kind == IndicatorKind.Quantitative)
                        {
                            row["target"] = three.Target;
                            row["unit"] = three.Unit;
                            var actual = seed / 10m;
                            row["actual"] = actual;
                            expectedRecords.Add(seed % 2 == 0 ? IndicatorRecord.Measured(code, actual, null, seed % 30) : IndicatorRecord.Measured(code, actual));
                            if (seed % 2 == 0)
                            {
                                row["recordedScore"] = (decimal)(seed % 30);
                            }
                        }
                        else
                        {
                            row["recordedScore"] = (decimal)(seed % 30);
                            expectedRecords.Add(IndicatorRecord.Judged(code, seed % 30, null, seed % 30));
                        }

                        rows.Add(row);
                    }
                }
            }

            var doc = JsonNode.Parse("{" + EvaluationMappingTests.FormHead + "\"rows\": [] }")!;
            doc["weighting"] = EnumText.Format(tree.Weighting);
            doc["rows"] = rows;
            var read = JsonDocuments.Evaluation.Read(EvaluationMappingTests.Bytes(doc));

            var derived = read.Indicators;
            var sameShape = derived.Groups.Count == tree.Groups.Count && derived.Groups.Select((g, a) =>
                g.Code.Value == FormattableString.Invariant($"{a + 1}") && g.Name == tree.Groups[a].Name && g.Class == tree.Groups[a].Class && g.Points == tree.Groups[a].Points &&
                g.Children.Count == tree.Groups[a].Children.Count && g.Children.Select((t, b) =>
                    t.Code.Value == FormattableString.Invariant($"{a + 1}.{b + 1}") && t.Name == tree.Groups[a].Children[b].Name && t.Class == tree.Groups[a].Children[b].Class &&
                    t.Points == tree.Groups[a].Children[b].Points && t.Children.Count == tree.Groups[a].Children[b].Children.Count).All(ok => ok)).All(ok => ok);
            var sameIndicators = derived.Indicators.Zip(tree.Indicators).All(p =>
                p.First.Name == p.Second.Name && p.First.Kind == p.Second.Kind && p.First.Direction == p.Second.Direction && p.First.Target == p.Second.Target &&
                p.First.Unit == p.Second.Unit && p.First.Points == p.Second.Points && p.First.ValueBasis == ValueBasis.NotStated);
            return derived.Weighting == tree.Weighting && sameShape && sameIndicators && derived.Indicators.Count == tree.Indicators.Count &&
                read.Records.SequenceEqual(expectedRecords);
        });
}
