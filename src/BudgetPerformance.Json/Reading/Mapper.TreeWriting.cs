using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <content>Indicator trees, domain → contract: the nested shape and the declarations of the custom classes it uses.</content>
internal sealed partial class Mapper
{
    /// <summary>The nested tree; a level-1 node of a two-level score sheet gives its indicators directly, no children.</summary>
    internal static List<GroupContract> ToContract(IndicatorTree tree) => tree.Groups.Select(g => new GroupContract
    {
        Code = g.Code.Value,
        Name = g.Name,
        Class = ClassCode(g.Class),
        Points = g.Points,
        Children = g.HasLevelTwoHeadings ? g.Children.Select(s => new SubgroupContract
        {
            Code = s.Code.Value,
            Name = s.Name,
            Class = ClassCode(s.Class),
            Points = s.Points,
            Indicators = s.Children.Select(ToContract).ToList(),
        }).ToList() : null,
        Indicators = g.HasLevelTwoHeadings ? null : g.Indicators.Select(ToContract).ToList(),
    }).ToList();

    private static IndicatorContract ToContract(LevelThreeIndicator i) => new()
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
    };

    /// <summary>
    /// The declarations of the custom classes the tree's nodes use, in order of first use (null when there are none,
    /// so that the property is left out). Two custom classes of one level and code with different names cannot be
    /// written: a reader would take them for one.
    /// </summary>
    internal static List<ClassContract>? ClassesOf(IndicatorTree tree)
    {
        var list = new List<ClassContract>();
        var seen = new Dictionary<IndicatorClass, IndicatorClass>();
        foreach (var c in tree.Groups.SelectMany(g => g.Children.Where(s => s.IsPrinted).Select(s => s.Class).Prepend(g.Class)))
        {
            if (!c.IsCustom)
            {
                continue;
            }

            if (seen.TryGetValue(c, out var first))
            {
                Guard.Against.InvalidWhen(first.Name != c.Name || first.CountsAs != c.CountsAs, "tree", $"The tree uses two custom level-{c.Level} classes with the code '{c.Code}' and different names or standings; a document can declare only one.");
                continue;
            }

            seen.Add(c, c);
            list.Add(new ClassContract { Level = c.Level, Code = c.Code, Name = ToContract(c.Name), CountsAs = c.CountsAs?.Code });
        }

        return list.Count == 0 ? null : list;
    }

    private static string ClassCode(IndicatorClass c) => c.Code;
}
