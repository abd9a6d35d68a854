using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Tests;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Round trips of trees as jurisdictions print them (issue 17 item 6): generated trees in which any level-1 node may
/// lose its level-2 headings and any node may carry a declared class (with or without <c>countsAs</c>) read back as
/// the same tree, the same classes and the same bytes.
/// </summary>
public class JurisdictionFormPropertyTests
{
    private static readonly IndicatorClass[] OwnOnes =
    [
        IndicatorClass.Custom(1, "result", new LocalizedName("结果", "Result"), IndicatorClass.Benefit),
        IndicatorClass.Custom(1, "influence", new LocalizedName("影响力", "Influence")),
    ];

    private static readonly IndicatorClass[] OwnTwos =
    [
        IndicatorClass.Custom(2, "local-quantity", new LocalizedName("地方数量", "Local quantity"), IndicatorClass.Quantity),
        IndicatorClass.Custom(2, "output", new LocalizedName("产出", "Output")),
    ];

    private static Gen<IndicatorTree> TreeGen =>
        from weighting in Gen.Elements(IndicatorWeighting.Weighted, IndicatorWeighting.Template)
        from tree in Generators.Tree(weighting)
        from choices in Gen.Choose(0, 5).ListOf(tree.Groups.Count * 5)
        select Reshape(tree, choices.ToArray());

    // Per level-1 node: 0–1 keep the headings, 2–3 drop them, 4–5 also a declared class; per level-2 node, an odd choice
    // gives it a declared class.
    private static IndicatorTree Reshape(IndicatorTree tree, int[] choices)
    {
        var groups = new List<LevelOneIndicator>();
        for (var a = 0; a < tree.Groups.Count; a++)
        {
            var one = tree.Groups[a];
            var c = choices[a * 5];
            var cls = c >= 4 ? OwnOnes[c % 2] : one.Class;
            if (c >= 2)
            {
                groups.Add(LevelOneIndicator.WithoutLevelTwo(one.Code, one.Name, cls, one.Points, one.Indicators));
                continue;
            }

            var twos = one.Children.Select((two, b) => choices[(a * 5) + 1 + (b % 4)] % 2 == 1
                ? new LevelTwoIndicator(two.Code, two.Name, OwnTwos[b % 2], two.Points, two.Children)
                : two);
            groups.Add(new LevelOneIndicator(one.Code, one.Name, cls, one.Points, twos));
        }

        return new IndicatorTree(tree.Weighting, groups);
    }

    private static IEnumerable<(int, string, LocalizedName, IndicatorClass?, bool)> Classes(IndicatorTree tree) =>
        tree.Groups.SelectMany(g => g.Children.Select(t => t.Class).Prepend(g.Class)).Select(c => (c.Level, c.Code, c.Name, c.CountsAs, c.IsCustom));

    [Property(MaxTest = 60)]
    public Property Target_WithOwnClassesAndTwoLevelNodes_ReadOfWrite_IsTheSameTreeAndBytes() =>
        Prop.ForAll(TreeGen.ToArbitrary(), tree =>
        {
            var target = PerformanceTarget.Restore(new SubjectRef(SubjectType.Project, "P1"), new FiscalYear(2022), "总体目标", tree, "U01", TargetStatus.Draft, null, null);
            var bytes = JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(target);
            var back = JsonDocuments.PerformanceTarget.Read(bytes).Indicators;
            return tree.ToRows().SequenceEqual(back.ToRows()) &&
                tree.Groups.Select(g => g.HasLevelTwoHeadings).SequenceEqual(back.Groups.Select(g => g.HasLevelTwoHeadings)) &&
                Classes(tree).SequenceEqual(Classes(back)) &&
                bytes.AsSpan().SequenceEqual(JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(PerformanceTarget.Restore(target.Subject, target.Year, target.OverallGoal, back, target.AuthoredBy, target.Status, null, null)));
        });
}
