using System;
using System.Collections.Generic;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>Indicator trees: the nested shape (groups → children → indicators) and its pieces, shared by every kind.</summary>
internal sealed partial class Mapper
{
    internal static IndicatorPaths PathsOf(string node) => new(node);

    /// <summary>
    /// Maps the nested tree shape. <paramref name="codePaths"/> receives the path of every node code; a group gives its
    /// level-2 <c>children</c> or, on a two-level score sheet, its level-3 <c>indicators</c> directly.
    /// </summary>
    internal IndicatorTree? Tree(string weightingText, string weightingPath, IReadOnlyList<GroupContract> groups, string groupsPath, Dictionary<IndicatorCode, string> codePaths, DeclaredClasses classes)
    {
        var before = problems.Count;

        // Declared before the call, not "out var": a statement mutant of the call would hide the variable, fail to
        // compile and make Stryker drop every mutant of this method (safe mode). For the same reason the methods below
        // use no pattern variable beyond its condition, and assert non-null where a condition proved it.
        IndicatorWeighting weighting;
        Enum<IndicatorWeighting>(weightingText, weightingPath, out weighting);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ones = new List<LevelOneIndicator?>();
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var gp = ProblemList.Index(groupsPath, i);
            if ((g.Children is null) == (g.Indicators is null))
            {
                Add(Messages.GroupShapeConflict, gp, null);
                Class(1, g.Class, gp + ".class", classes);
                ones.Add(null);
                continue;
            }

            if (g.Indicators is not null)
            {
                var direct = new List<LevelThreeIndicator?>();
                var dps = gp + ".indicators";
                for (var k = 0; k < g.Indicators!.Count; k++)
                {
                    var ip = ProblemList.Index(dps, k);
                    var code = Code(g.Indicators![k].Code, seen, codePaths, ip);
                    direct.Add(Indicator(g.Indicators![k], code, PathsOf(ip)));
                }

                ones.Add(Node(1, g, gp, seen, codePaths, classes, (code, cls) => LevelOneIndicator.WithoutLevelTwo(code, g.Name, cls, g.Points, direct!), AnyNull(direct), g.Indicators!.Count));
                continue;
            }

            var children = g.Children!;
            var twos = new List<LevelTwoIndicator?>();
            var cp = gp + ".children";
            for (var j = 0; j < children.Count; j++)
            {
                var s = children[j];
                var sp = ProblemList.Index(cp, j);
                var threes = new List<LevelThreeIndicator?>();
                var ips = sp + ".indicators";
                for (var k = 0; k < s.Indicators.Count; k++)
                {
                    var ip = ProblemList.Index(ips, k);
                    var code = Code(s.Indicators[k].Code, seen, codePaths, ip);
                    threes.Add(Indicator(s.Indicators[k], code, PathsOf(ip)));
                }

                twos.Add(Node(2, s, sp, seen, codePaths, classes, (code, cls) => new LevelTwoIndicator(code, s.Name, cls, s.Points, threes!), AnyNull(threes), null));
            }

            ones.Add(Node(1, g, gp, seen, codePaths, classes, (code, cls) => new LevelOneIndicator(code, g.Name, cls, g.Points, twos!), AnyNull(twos), children.Count));
        }

        if (groups.Count == 0)
        {
            Add(Messages.TreeWithoutGroups, groupsPath, null);
        }

        ReportUnused(classes);

        return Has(before) ? null : FinishTree(weighting, ones!, groupsPath, codePaths);
    }

    /// <summary>Checks the tree-wide invariants of built nodes (points add up, weighted level-2 nodes are not empty) and builds the tree.</summary>
    internal IndicatorTree? FinishTree(IndicatorWeighting weighting, IReadOnlyList<LevelOneIndicator> ones, string groupsPath, Dictionary<IndicatorCode, string> codePaths)
    {
        var before = problems.Count;
        foreach (var problem in IndicatorTree.FindProblems(weighting, ones))
        {
            var at = groupsPath;
            var subject = problem.Location.IndicatorCode;
            string? nodePath = null;
            if (subject is not null && IndicatorCode.IsValid(subject) && codePaths.TryGetValue(new IndicatorCode(subject!), out nodePath))
            {
                at = problem.Location.Element == "points" ? PointsPath(nodePath!) : nodePath!;
            }

            Add(problem, at);
        }

        return Has(before) ? null : new IndicatorTree(weighting, ones);
    }

    private static string PointsPath(string nodePath) => nodePath.EndsWith(".levelOne", StringComparison.Ordinal) || nodePath.EndsWith(".levelTwo", StringComparison.Ordinal)
        ? nodePath + "Points"
        : nodePath + ".points";

    // The code of the node at nodePath (its path nodePath.code is made only for a report entry).
    internal IndicatorCode? Code(string text, HashSet<string> seen, Dictionary<IndicatorCode, string> codePaths, string nodePath)
    {
        if (!IndicatorCode.IsValid(text))
        {
            Add(Messages.IndicatorCodeInvalid, nodePath + ".code", null, ProblemList.Shorten(text), IndicatorCode.MaxLength);
            return null;
        }

        var code = new IndicatorCode(text);
        if (!seen.Add(text))
        {
            Add(Messages.CodeUsedTwiceInTree, nodePath + ".code", text, text);
            return null;
        }

        codePaths[code] = nodePath;
        return code;
    }

    /// <summary>
    /// The classes a document declares (<c>classes</c>): each a level of 1 or 2, a well-formed code that is neither a
    /// built-in code of its level, nor reserved, nor declared before at its level, and a Chinese and an English name.
    /// A bad declaration is reported and left out.
    /// </summary>
    internal DeclaredClasses Declare(List<ClassContract>? list, string path)
    {
        var declared = new DeclaredClasses();
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var c = list![i];
            var at = ProblemList.Index(path, i);
            var ok = true;
            if (c.Level is not (1 or 2))
            {
                Add(Messages.ClassLevelInvalid, at + ".level", null, c.Level);
                ok = false;
            }

            if (!IndicatorClass.IsValidCode(c.Code))
            {
                Add(Messages.ClassCodeInvalid, at + ".code", null, ProblemList.Shorten(c.Code));
                ok = false;
            }
            else if (IndicatorClass.IsReserved(c.Code))
            {
                Add(Messages.ClassCodeReserved, at + ".code", null);
                ok = false;
            }
            else if (ok && IndicatorClass.TryGetBuiltIn(c.Level, c.Code, out var builtIn))
            {
                Add(Messages.ClassDeclaredAsBuiltIn, at + ".code", null, c.Code, Messages.Level(c.Level), builtIn!.Name.Chinese);
                ok = false;
            }
            else if (ok && declared.PathOf(c.Level, c.Code) is { } first)
            {
                Add(Messages.ClassDeclaredTwice, at + ".code", null, c.Code, Messages.Level(c.Level), first);
                ok = false;
            }

            ok &= Name(c.Name, at + ".name", out var name);
            IndicatorClass? countsAs = null;
            if (c.CountsAs is not null && c.Level is 1 or 2)
            {
                if (IndicatorClass.TryGetBuiltIn(c.Level, c.CountsAs!, out var standing))
                {
                    countsAs = standing;
                }
                else
                {
                    if (IndicatorClass.TryGetBuiltIn(3 - c.Level, c.CountsAs!, out _))
                    {
                        Add(Messages.ClassOfOtherLevel, at + ".countsAs", null, c.CountsAs!, Messages.Level(3 - c.Level), Messages.Level(c.Level));
                    }
                    else
                    {
                        Add(Messages.CountsAsNotBuiltIn, at + ".countsAs", null, ProblemList.Shorten(c.CountsAs!), Messages.Level(c.Level));
                    }

                    ok = false;
                }
            }

            if (ok)
            {
                declared.Add(countsAs is null ? IndicatorClass.Custom(c.Level, c.Code, name) : IndicatorClass.Custom(c.Level, c.Code, name, countsAs!), at);
            }
        }

        return declared;
    }

    /// <summary>Reports every declared class no node used, at its declaration's code.</summary>
    internal void ReportUnused(DeclaredClasses classes)
    {
        foreach (var (c, at) in classes.Unused())
        {
            Add(Messages.ClassDeclaredUnused, at + ".code", null, c.Code, Messages.Level(c.Level));
        }
    }

    internal IndicatorClass? Class(int level, string text, string path, DeclaredClasses classes)
    {
        if (IndicatorClass.TryGetBuiltIn(level, text, out var cls))
        {
            return cls;
        }

        if (classes.ByCode(level, text) is { } declared)
        {
            return declared;
        }

        if (IndicatorClass.IsReserved(text))
        {
            Add(Messages.NotPrintedClassNamed, path, null);
        }
        else if (IndicatorClass.TryGetBuiltIn(3 - level, text, out _) || classes.OfOtherLevel(level, text))
        {
            Add(Messages.ClassOfOtherLevel, path, null, text, Messages.Level(3 - level), Messages.Level(level));
        }
        else
        {
            Add(Messages.ClassNotBuiltIn, path, null, ProblemList.Shorten(text), Messages.Level(level));
        }

        return null;
    }

    private T? Node<T>(int level, NodeContract node, string path, HashSet<string> seen, Dictionary<IndicatorCode, string> codePaths, DeclaredClasses classes, Func<IndicatorCode, IndicatorClass, T> build, bool childFailed, int? childCount)
        where T : class
    {
        var before = problems.Count;
        var code = Code(node.Code, seen, codePaths, path);
        var cls = Class(level, node.Class, path + ".class", classes);
        // The node's own rules are the model's. A class that is unknown or of the other level was reported above, so the
        // model is asked with a class of the node's level; a node whose code could not be read is asked without one.
        var probeClass = cls?.Level == level ? cls : level == 1 ? IndicatorClass.Output : IndicatorClass.Quantity;
        foreach (var problem in NodeChecks.FindProblems(code, node.Name, probeClass, level, node.Points, childCount))
        {
            Add(problem.At(ProblemLocation.InDocument(path + "." + problem.Location.Element, code?.ToString())));
        }

        if (childFailed || Has(before) || code is null || cls is null)
        {
            return null;
        }

        return (build(code!.Value, cls!));
    }

    /// <summary>Maps one level-3 indicator; <paramref name="code"/> is null when its code was bad (already reported).</summary>
    internal LevelThreeIndicator? Indicator(IndicatorContract c, IndicatorCode? code, IndicatorPaths paths) =>
        Indicator(code, c.Name, c.Direction, c.Target, c.Unit, c.ValueBasis, c.Points, c.Explanation, c.ScoringRule, paths);

    internal LevelThreeIndicator? Indicator(IndicatorCode? code, string name, string directionText, decimal? target, string? unit, string? valueBasisText, decimal points, string? explanation, string? scoringRule, IndicatorPaths paths)
    {
        var before = problems.Count;
        var hasDirection = TryDirection(directionText, out var direction) || Direction(directionText, paths.Direction, out direction);
        var valueBasis = ValueBasis.NotStated;
        if (valueBasisText is not null && !EnumText.TryParse(valueBasisText, out valueBasis))
        {
            Enum(valueBasisText!, paths.ValueBasis, out valueBasis);
        }

        if (scoringRule is not null && string.IsNullOrWhiteSpace(scoringRule))
        {
            Add(Messages.ScoringRuleBlank, paths.ScoringRule, null);
        }

        IndicatorCode probe = code ?? new IndicatorCode("_");
        if (!hasDirection)
        {
            direction = target is null && unit is null ? BudgetPerformance.Indicators.Direction.Qualitative : BudgetPerformance.Indicators.Direction.AtLeast;
        }

        var kind = direction == BudgetPerformance.Indicators.Direction.Qualitative ? IndicatorKind.Qualitative : IndicatorKind.Quantitative;
        foreach (var problem in LevelThreeIndicator.FindProblems(probe, name, kind, direction, target, unit, points))
        {
            var at = problem.Location.Element switch
            {
                "name" => paths.Name,
                "points" => paths.Points,
                "direction" => paths.Direction,
                "target" => paths.Target,
                "unit" => paths.Unit,
                _ => paths.Node,
            };
            // Without a valid code the model checked a probe named "_": the message leaves it out and names no indicator.
            var found = code is null ? problem.Map(m => m.Replace(" _ ", " ", StringComparison.Ordinal)) : problem;
            problems.Add(found.At(ProblemLocation.InDocument(at, code?.ToString())));
        }

        if (Has(before) || code is null)
        {
            return null;
        }

        return new LevelThreeIndicator(code!.Value, name, kind, direction, target, unit, valueBasis, points, explanation, scoringRule);
    }
}
