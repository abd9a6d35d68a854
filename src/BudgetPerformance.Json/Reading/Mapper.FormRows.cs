using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <content>Evaluations as the flat rows of a self-evaluation form: codes, classes and points of the nodes derived from the rows.</content>
internal sealed partial class Mapper
{
    private static readonly Dictionary<(int Level, string Name), IndicatorClass> ClassesByName = BuildClassNames();

    /// <summary>
    /// The flat form rows: level-1 nodes get the codes 1, 2, ... in order of first appearance, level-2 nodes 1.1,
    /// 1.2, ... and level-3 indicators 1.1.1, ...; classes come from the names (or levelOneClass/levelTwoClass) and
    /// node points from levelOnePoints/levelTwoPoints or else the sum of the indicators' points. The rows of a level-1
    /// node that give no levelTwo are a two-level score sheet's: the node holds one level-2 node the form does not print,
    /// with the level-1 node's code, and its indicators are coded 1.1, 1.2, ... as printed.
    /// </summary>
    private IndicatorTree? Rows(string weightingText, string weightingPath, List<FormRowContract> rows, string rowsPath, Dictionary<IndicatorCode, string> codePaths, List<IndicatorRecord?> records, DeclaredClasses classes)
    {
        var before = problems.Count;
        IndicatorWeighting weighting; // not "out var": a statement mutant of the call would hide it (safe mode)
        Enum<IndicatorWeighting>(weightingText, weightingPath, out weighting);
        if (rows.Count == 0)
        {
            Add(Messages.FormWithoutRows, rowsPath, null);
            return null;
        }

        // Group contiguous rows by level-1 name, then by level-2 name.
        var ones = new List<(string Name, int FirstRow, List<(string? Name, int FirstRow, List<int> Rows)> Twos)>();
        var closedOnes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var rp = ProblemList.Index(rowsPath, i);
            if (ones.Count == 0 || ones[^1].Name != r.LevelOne)
            {
                if (!closedOnes.Add(r.LevelOne))
                {
                    Add(Messages.NamedNodeRowsNotContiguous, rp + ".levelOne", null, Messages.Level(1), ProblemList.Shorten(r.LevelOne));
                    continue;
                }

                ones.Add((r.LevelOne, i, []));
            }

            var twos = ones[^1].Twos;
            if (r.LevelTwo is null)
            {
                foreach (var field in (string[])["levelTwoClass", "levelTwoPoints"])
                {
                    if ((field == "levelTwoClass" ? r.LevelTwoClass is not null : r.LevelTwoPoints is not null))
                    {
                        Add(Messages.RowLevelTwoFieldWithoutLevelTwo, rp + "." + field, null, field);
                    }
                }
            }

            if (twos.Count > 0 && (twos[0].Name is null) != (r.LevelTwo is null))
            {
                Add(Messages.RowsMixLevelTwo, rp + ".levelTwo", null, ProblemList.Shorten(r.LevelOne));
                continue;
            }

            if (twos.Count == 0 || twos[^1].Name != r.LevelTwo)
            {
                if (twos.Any(t => t.Name == r.LevelTwo))
                {
                    Add(Messages.NamedNodeRowsNotContiguous, rp + ".levelTwo", null, Messages.Level(2), ProblemList.Shorten(r.LevelTwo!));
                    continue;
                }

                twos.Add((r.LevelTwo, i, []));
            }

            twos[^1].Rows.Add(i);
        }

        var built = new List<LevelOneIndicator?>();
        for (var a = 0; a < ones.Count; a++)
        {
            var one = ones[a];
            var onePath = ProblemList.Index(rowsPath, one.FirstRow);
            var oneCode = new IndicatorCode(FormattableString.Invariant($"{a + 1}"));
            codePaths[oneCode] = onePath + ".levelOne";
            var oneClass = RowClass(1, one.Name, one.Twos.SelectMany(t => t.Rows).Select(i => (rows[i].LevelOneClass, ProblemList.Index(rowsPath, i))), onePath, classes);
            var oneOk = RowPoints(1, oneCode, one.Twos.SelectMany(t => t.Rows).Select(i => (rows[i].LevelOnePoints, ProblemList.Index(rowsPath, i) + ".levelOnePoints")), out var onePoints);
            oneOk &= RowNodeName(1, oneCode, one.Name, onePath + ".levelOne");
            if (one.Twos.Count > 0 && one.Twos[0].Name is null)
            {
                built.Add(TwoLevelRows(one.Name, oneCode, oneClass, oneOk, onePoints, one.Twos[0].Rows, rows, rowsPath, onePath, codePaths, records));
                continue;
            }

            var twoNodes = new List<LevelTwoIndicator?>();
            for (var b = 0; b < one.Twos.Count; b++)
            {
                var two = one.Twos[b];
                var twoPath = ProblemList.Index(rowsPath, two.FirstRow);
                var twoCode = new IndicatorCode(FormattableString.Invariant($"{a + 1}.{b + 1}"));
                codePaths[twoCode] = twoPath + ".levelTwo";
                var twoClass = RowClass(2, two.Name!, two.Rows.Select(i => (rows[i].LevelTwoClass, ProblemList.Index(rowsPath, i))), twoPath, classes);
                var twoOk = RowPoints(2, twoCode, two.Rows.Select(i => (rows[i].LevelTwoPoints, ProblemList.Index(rowsPath, i) + ".levelTwoPoints")), out var twoPoints);
                twoOk &= RowNodeName(2, twoCode, two.Name!, twoPath + ".levelTwo");
                var threes = new List<LevelThreeIndicator?>();
                for (var c = 0; c < two.Rows.Count; c++)
                {
                    var r = rows[two.Rows[c]];
                    var rp = ProblemList.Index(rowsPath, two.Rows[c]);
                    var code = new IndicatorCode(FormattableString.Invariant($"{a + 1}.{b + 1}.{c + 1}"));
                    codePaths[code] = rp + LevelThreeField;
                    var paths = new IndicatorPaths(rp, "levelThree");
                    var indicator = Indicator(code, r.LevelThree, r.Direction, r.Target, r.Unit, null, r.Points, null, null, paths);
                    threes.Add(indicator);
                    records.Add(indicator is null ? null : RowRecord(r, indicator, rp));
                }

                twoNodes.Add(twoClass is null || !twoOk || AnyNull(threes) || NodePoints(twoPoints, threes.Select(t => t!.Points), twoPath) is not { } twoTotal
                    ? null
                    : new LevelTwoIndicator(twoCode, two.Name!, twoClass!, twoTotal, threes!));
            }

            built.Add(oneClass is null || !oneOk || AnyNull(twoNodes) || NodePoints(onePoints, twoNodes.Select(t => t!.Points), onePath) is not { } oneTotal
                ? null
                : new LevelOneIndicator(oneCode, one.Name, oneClass!, oneTotal, twoNodes!));
        }

        ReportUnused(classes);
        return Has(before) ? null : FinishTree(weighting, built!, rowsPath, codePaths);
    }

    // The level-1 node of a two-level score sheet: its rows give no levelTwo; the indicators are coded 1.1, 1.2, ...
    private LevelOneIndicator? TwoLevelRows(string name, IndicatorCode oneCode, IndicatorClass? oneClass, bool oneOk, decimal? onePoints, List<int> indices, List<FormRowContract> rows, string rowsPath, string onePath, Dictionary<IndicatorCode, string> codePaths, List<IndicatorRecord?> records)
    {
        var threes = new List<LevelThreeIndicator?>();
        for (var c = 0; c < indices.Count; c++)
        {
            var r = rows[indices[c]];
            var rp = ProblemList.Index(rowsPath, indices[c]);
            var code = new IndicatorCode(oneCode.Value + FormattableString.Invariant($".{c + 1}"));
            codePaths[code] = rp + LevelThreeField;
            var indicator = Indicator(code, r.LevelThree, r.Direction, r.Target, r.Unit, null, r.Points, null, null, new IndicatorPaths(rp, "levelThree"));
            threes.Add(indicator);
            records.Add(indicator is null ? null : RowRecord(r, indicator, rp));
        }

        return oneClass is null || !oneOk || AnyNull(threes) || NodePoints(onePoints, threes.Select(t => t!.Points), onePath) is not { } total
            ? null
            : LevelOneIndicator.WithoutLevelTwo(oneCode, name, oneClass!, total, threes!);
    }

    private IndicatorRecord? RowRecord(FormRowContract r, LevelThreeIndicator indicator, string rp)
    {
        var at = indicator.Code.ToString();
        if (indicator.Kind == IndicatorKind.Quantitative)
        {
            if (r.Achievement is not null)
            {
                Add(Messages.QuantitativeRowWithAchievement, rp + ".achievement", at);
                return null;
            }

            if (r.Actual is null && r.RecordedScore is not null)
            {
                Add(Messages.QuantitativeRowScoreWithoutActual, rp + ".recordedScore", at);
                return null;
            }

            return !Ask(IndicatorRecord.FindProblems(null, r.RecordedScore), rp) ? null
                : r.Actual.HasValue ? IndicatorRecord.Measured(indicator.Code, r.Actual.GetValueOrDefault(), null, r.RecordedScore) : IndicatorRecord.NoData(indicator.Code);
        }

        if (r.Actual is not null)
        {
            Add(Messages.QualitativeRowWithActual, rp + ".actual", at);
            return null;
        }

        if (!Ask(IndicatorRecord.FindProblems(null, r.RecordedScore), rp))
        {
            return null;
        }

        if (r.Achievement is not null)
        {
            if (!Enum<AchievementLevel>(r.Achievement!, rp + ".achievement", out var level))
            {
                return null;
            }

            if (r.RecordedScore is null)
            {
                Add(Messages.QualitativeRowLevelWithoutScore, rp + ".recordedScore", at);
                return null;
            }

            var score = r.RecordedScore.GetValueOrDefault();
            return IndicatorRecord.Achieved(indicator.Code, level, score, null, score);
        }

        var judged = r.RecordedScore.GetValueOrDefault();
        return r.RecordedScore.HasValue ? IndicatorRecord.Judged(indicator.Code, judged, null, judged) : IndicatorRecord.NoData(indicator.Code);
    }

    private IndicatorClass? RowClass(int level, string name, IEnumerable<(string? Class, string RowPath)> given, string firstRowPath, DeclaredClasses classes)
    {
        var field = level == 1 ? "levelOne" : "levelTwo";
        string? explicitClass = null;
        var consistent = true;
        foreach (var (cls, rowPath) in given)
        {
            if (cls is null)
            {
                continue;
            }

            if (explicitClass is null)
            {
                explicitClass = cls;
            }
            else if (explicitClass != cls)
            {
                Add(Messages.RowsDisagreeAboutClass, rowPath + "." + field + "Class", null, ProblemList.Shorten(name));
                consistent = false;
            }
        }

        if (!consistent)
        {
            return null;
        }

        if (explicitClass is not null)
        {
            return Class(level, explicitClass!, firstRowPath + "." + field + "Class", classes);
        }

        // A class the document declares is found by its Chinese name before a built-in one.
        if (classes.ByName(level, name.Trim()) is { } declared)
        {
            return declared;
        }

        if (ClassesByName.TryGetValue((level, name.Trim()), out var byName))
        {
            return byName;
        }

        Add(Messages.ClassNameUnknown, firstRowPath + "." + field, null, ProblemList.Shorten(name), Messages.Level(level), field);
        return null;
    }

    // A node's name is that of its first row (the rows of one node share it): blank is reported at that field, as the
    // nested shape reports a blank node name at the node's name.
    // A node's points as the rows give them, or else the sum of its children's; a sum beyond the decimal range is
    // number-out-of-range at the node's first row (each number fits, their sum does not), and null.
    private decimal? NodePoints(decimal? given, IEnumerable<decimal> children, string path)
    {
        if (given is { } points)
        {
            return points;
        }

        if (DecimalSum.TryTotal(children, out var total))
        {
            return total;
        }

        Add(Messages.NumbersTooLarge, path, null);
        return null;
    }

    // The node's name is the model's rule, reported at the row that names it.
    private bool RowNodeName(int level, IndicatorCode code, string name, string path)
    {
        var ok = true;
        foreach (var problem in NodeChecks.FindNameProblems(code, name, level))
        {
            Add(problem, path);
            ok = false;
        }

        return ok;
    }

    // False when the rows disagree or the points are negative (reported at the row that gives them); points is null
    // when no row gives them.
    private bool RowPoints(int level, IndicatorCode code, IEnumerable<(decimal? Points, string Path)> given, out decimal? points)
    {
        points = null;
        foreach (var (p, path) in given)
        {
            if (p is null)
            {
                continue;
            }

            if (points is null)
            {
                points = p;
                foreach (var problem in NodeChecks.FindPointsProblems(code, level, p.Value))
                {
                    Add(problem, path);
                    return false;
                }
            }
            else if (points != p)
            {
                Add(Messages.RowsDisagreeAboutPoints, path, null, points, p);
                return false;
            }
        }

        return true;
    }

    private static Dictionary<(int Level, string Name), IndicatorClass> BuildClassNames()
    {
        var map = new Dictionary<(int, string), IndicatorClass>();
        foreach (var c in IndicatorClass.BuiltIn)
        {
            var zh = c.Name.Chinese;
            map.TryAdd((c.Level, zh), c);
            map.TryAdd((c.Level, zh.EndsWith("指标", StringComparison.Ordinal) ? zh[..^2] : zh + "指标"), c);
        }

        return map;
    }
}
