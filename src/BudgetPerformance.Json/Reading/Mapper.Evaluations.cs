using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>Evaluations, in both shapes: a nested tree with records, or the flat rows of a self-evaluation form.</summary>
internal sealed partial class Mapper
{
    private static readonly Dictionary<(int Level, string Name), IndicatorClass> ClassesByName = BuildClassNames();

    private const string LevelThreeField = ".levelThree";

    internal Evaluation? Evaluation(EvaluationContract e, string path)
    {
        var before = problems.Count;
        NotBlank(e.Id, path + ".id", new("评价标识", "evaluation id"));
        var hasType = Enum<EvaluationType>(e.Type, path + ".type", out var type);
        var hasSubject = SubjectRef(e.Subject, path + ".subject", out var subject);
        var hasRole = Enum<PerformerRole>(e.Performer.Role, path + ".performer.role", out var role);
        if (string.IsNullOrWhiteSpace(e.Performer.Name))
        {
            Add(Messages.PerformerWithoutName, path + ".performer.name", null);
        }

        var hasYears = Year(e.CoveredYear, path + ".coveredYear", out var covered) & Year(e.ConductedIn, path + ".conductedIn", out var conducted);
        // No pattern or "out var" variable is used beyond the condition that declares it, and what a condition proves
        // non-null is asserted where it is used: a mutant of the condition would otherwise leave a variable unassigned
        // or a value maybe null far from the mutant, fail to compile, and make Stryker drop every mutant of this method.
        BudgetExecution? execution = null;
        if (e.BudgetExecution is not null)
        {
            var b = e.BudgetExecution!;
            var bp = path + ".budgetExecution";
            if (Ask(BudgetExecution.FindProblems(Money.FromYuan(b.AdjustedBudget), Money.FromYuan(b.Spent), b.RecordedScore), bp))
            {
                execution = new BudgetExecution(Money.FromYuan(b.AdjustedBudget), Money.FromYuan(b.Spent), b.RecordedScore);
            }
        }

        var visit = e.OnSiteVisit is null ? null : new OnSiteVisit(e.OnSiteVisit!.Date, e.OnSiteVisit!.Notes);
        Ask(BudgetPerformance.Evaluations.Evaluation.FindRecordedTotalProblems(e.RecordedTotal), path);
        Grade? grade = null;
        var g = default(Grade);
        if (e.RecordedGrade is not null && Enum<Grade>(e.RecordedGrade!, path + ".recordedGrade", out g))
        {
            grade = g;
        }

        var treePaths = new Dictionary<IndicatorCode, string>();
        var recordPaths = new Dictionary<IndicatorCode, string>();
        IndicatorTree? tree = null;
        List<IndicatorRecord?> records = [];
        var nested = e.Indicators is not null || e.Records is not null;
        if (nested == (e.Rows is not null))
        {
            Add(Messages.EvaluationShapeConflict, path, null);
        }
        else if (nested)
        {
            if (e.Indicators is null || e.Records is null)
            {
                Add(Messages.NestedShapeIncomplete, path + (e.Indicators is null ? ".indicators" : ".records"), null);
            }
            else
            {
                tree = Tree(e.Weighting, path + ".weighting", e.Indicators!, path + ".indicators", treePaths);
                var recordList = e.Records!;
                var recordsPath = path + ".records";
                for (var i = 0; i < recordList.Count; i++)
                {
                    var rp = ProblemList.Index(recordsPath, i);
                    records.Add(Record(recordList[i], rp));
                    if (IndicatorCode.IsValid(recordList[i].Code))
                    {
                        recordPaths.TryAdd(new IndicatorCode(recordList[i].Code), rp);
                    }
                }
            }
        }
        else
        {
            tree = Rows(e.Weighting, path + ".weighting", e.Rows!, path + ".rows", treePaths, records);
            // The record of a level-3 indicator is its row; level-1 and level-2 nodes have none (a score group that
            // names one is reported at the member, as in the nested shape).
            foreach (var (code, rowPath) in treePaths)
            {
                if (rowPath.EndsWith(LevelThreeField, StringComparison.Ordinal))
                {
                    recordPaths[code] = rowPath[..^LevelThreeField.Length];
                }
            }
        }

        var groups = new List<IndicatorScoreGroup>();
        for (var i = 0; i < (e.ScoreGroups?.Count ?? 0); i++)
        {
            var gc = e.ScoreGroups![i];
            var gp = ProblemList.Index(path + ".scoreGroups", i);
            var ok = true;
            for (var m = 0; m < gc.Members.Count; m++)
            {
                if (!IndicatorCode.IsValid(gc.Members[m]))
                {
                    Add(Messages.NotAValidIndicatorCode, ProblemList.Index(gp + ".members", m), null, gc.Members[m]);
                    ok = false;
                }
            }

            // The group's own rules are the model's (IndicatorScoreGroup.FindProblems). A member that is no code was
            // reported above; for the model it stands as a code of its own ("_" and the place of its first occurrence), so
            // that the members are still judged as given: a repeated member is repeated, a bad one still counts.
            var codes = gc.Members.Select(c => IndicatorCode.IsValid(c) ? new IndicatorCode(c) : new IndicatorCode(FormattableString.Invariant($"_{gc.Members.IndexOf(c)}")));
            foreach (var problem in IndicatorScoreGroup.FindProblems(gc.Id, codes, gc.AssessorScore, gc.RecordedScore))
            {
                Add(problem, problem.Location.Element is { } element ? gp + "." + element : gp);
                ok = false;
            }

            if (ok)
            {
                groups.Add(new IndicatorScoreGroup(gc.Id, gc.Members.Select(c => new IndicatorCode(c)), gc.AssessorScore, gc.RecordedScore));
            }
        }

        if (Has(before) || tree is null || !hasType || !hasSubject || !hasRole || !hasYears || AnyNull(records))
        {
            return null;
        }

        var indicators = tree!;
        var performer = new Performer(role, e.Performer.Name);
        foreach (var problem in BudgetPerformance.Evaluations.Evaluation.FindProblems(type, subject, performer, covered, conducted, indicators, records!, execution, visit, groups))
        {
            Add(problem, ProblemPath(e, problem.Location, path, treePaths, recordPaths));
        }

        return Has(before) ? null : new Evaluation(e.Id, type, subject, performer, covered, conducted, indicators, records!, execution, visit, e.RecordedTotal, grade, groups);
    }

    // Where a problem of Evaluation.FindProblems is reported, from its typed location: a constraint of the type at the
    // element it names; a record at the record; a missing record at the indicator in the tree (even one a score group
    // names); a score group at its last group with the id; a member at its last place in such a group.
    private static string ProblemPath(EvaluationContract e, ProblemLocation location, string path, Dictionary<IndicatorCode, string> treePaths, Dictionary<IndicatorCode, string> recordPaths)
    {
        var element = location.Element;
        IndicatorCode? code = location.IndicatorCode is { } c && IndicatorCode.IsValid(c) ? new IndicatorCode(c) : null;
        if (element is null)
        {
            return code is { } missing && treePaths.TryGetValue(missing, out var at) ? at : path;
        }

        if (element == BudgetPerformance.Evaluations.Evaluation.RecordsElement)
        {
            return code is { } recorded && recordPaths.TryGetValue(recorded, out var at) ? at : path + ".records";
        }

        if (element.StartsWith("scoreGroups[", StringComparison.Ordinal))
        {
            var close = element.IndexOf("]", StringComparison.Ordinal);
            var id = element["scoreGroups[".Length..close];
            var found = element.EndsWith(".members", StringComparison.Ordinal) ? MemberPath(e, location.IndicatorCode!, path) : GroupPath(e, id, path);
            return found ?? path + ".scoreGroups";
        }

        return path + "." + element;
    }

    // Where a domain problem about score groups is reported, built only for a problem: a group id at its last group
    // (null when no group has the id), a member code at its last place in a group (null when no group names it).
    private static string? GroupPath(EvaluationContract e, string id, string path)
    {
        for (var i = (e.ScoreGroups?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (string.Equals(e.ScoreGroups![i].Id, id, System.StringComparison.Ordinal))
            {
                return ProblemList.Index(path + ".scoreGroups", i);
            }
        }

        return null;
    }

    private static string? MemberPath(EvaluationContract e, string subject, string path)
    {
        for (var i = (e.ScoreGroups?.Count ?? 0) - 1; i >= 0; i--)
        {
            var members = e.ScoreGroups![i].Members;
            for (var m = members.Count - 1; m >= 0; m--)
            {
                if (string.Equals(members[m], subject, System.StringComparison.Ordinal))
                {
                    return ProblemList.Index(ProblemList.Index(path + ".scoreGroups", i) + ".members", m);
                }
            }
        }

        return null;
    }

    private IndicatorRecord? Record(RecordContract r, string path)
    {
        var before = problems.Count;
        var valid = IndicatorCode.IsValid(r.Code);
        if (!valid)
        {
            Add(Messages.NotAnIndicatorCode, path + ".code", null, ProblemList.Shorten(r.Code));
        }

        var at = valid ? r.Code : null;
        if (!EnumText.TryParse<RecordState>(r.State, out var state) && !Enum(r.State, path + ".state", out state))
        {
            return null;
        }

        void Needs(bool present, string field)
        {
            if (!present)
            {
                Add(Messages.RecordLacksField, path + "." + field, at, Messages.Written(state, r.State), field);
            }
        }

        void Forbids(bool present, string field)
        {
            if (present)
            {
                Add(Messages.RecordHasForbiddenField, path + "." + field, at, Messages.Written(state, r.State), field);
            }
        }

        Needs(state != RecordState.Measured || r.Actual is not null, "actual");
        Forbids(state != RecordState.Measured && r.Actual is not null, "actual");
        Needs(state != RecordState.Achievement || r.Achievement is not null, "achievement");
        Forbids(state != RecordState.Achievement && r.Achievement is not null, "achievement");
        var scored = state is RecordState.Achievement or RecordState.Judgement;
        Needs(!scored || r.AssessorScore is not null, "assessorScore");
        Forbids(!scored && r.AssessorScore is not null, "assessorScore");
        Needs(state != RecordState.NotApplicable || !string.IsNullOrWhiteSpace(r.Reason), "reason");
        Forbids(state != RecordState.NotApplicable && r.Reason is not null, "reason");
        var bare = state is RecordState.NotApplicable or RecordState.NotYetDue or RecordState.NoData;
        Forbids(state == RecordState.Grouped && r.RecordedScore is not null, "recordedScore");
        Forbids(bare && r.Evidence is not null, "evidence");
        Forbids(bare && r.RecordedScore is not null, "recordedScore");
        foreach (var problem in IndicatorRecord.FindProblems(r.AssessorScore, r.RecordedScore))
        {
            Add(problem.At(ProblemLocation.InDocument(path + "." + problem.Location.Element, at)));
        }
        AchievementLevel level = default;
        if (r.Achievement is not null && !EnumText.TryParse(r.Achievement, out level))
        {
            Enum(r.Achievement!, path + ".achievement", out level);
        }

        if (Has(before))
        {
            return null;
        }

        var code = new IndicatorCode(r.Code);
        return state switch
        {
            RecordState.Measured => IndicatorRecord.Measured(code, r.Actual!.Value, r.Evidence, r.RecordedScore),
            RecordState.Achievement => IndicatorRecord.Achieved(code, level, r.AssessorScore!.Value, r.Evidence, r.RecordedScore),
            RecordState.Judgement => IndicatorRecord.Judged(code, r.AssessorScore!.Value, r.Evidence, r.RecordedScore),
            RecordState.NotApplicable => IndicatorRecord.NotApplicable(code, r.Reason!),
            RecordState.NotYetDue => IndicatorRecord.NotYetDue(code),
            RecordState.Grouped => IndicatorRecord.Grouped(code, r.Evidence),
            _ => IndicatorRecord.NoData(code),
        };
    }

    /// <summary>
    /// The flat form rows: level-1 nodes get the codes 1, 2, ... in order of first appearance, level-2 nodes 1.1,
    /// 1.2, ... and level-3 indicators 1.1.1, ...; classes come from the names (or levelOneClass/levelTwoClass) and
    /// node points from levelOnePoints/levelTwoPoints or else the sum of the indicators' points.
    /// </summary>
    private IndicatorTree? Rows(string weightingText, string weightingPath, List<FormRowContract> rows, string rowsPath, Dictionary<IndicatorCode, string> codePaths, List<IndicatorRecord?> records)
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
        var ones = new List<(string Name, int FirstRow, List<(string Name, int FirstRow, List<int> Rows)> Twos)>();
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
            if (twos.Count == 0 || twos[^1].Name != r.LevelTwo)
            {
                if (twos.Any(t => t.Name == r.LevelTwo))
                {
                    Add(Messages.NamedNodeRowsNotContiguous, rp + ".levelTwo", null, Messages.Level(2), ProblemList.Shorten(r.LevelTwo));
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
            var oneClass = RowClass(1, one.Name, one.Twos.SelectMany(t => t.Rows).Select(i => (rows[i].LevelOneClass, ProblemList.Index(rowsPath, i))), onePath);
            var oneOk = RowPoints(1, oneCode, one.Twos.SelectMany(t => t.Rows).Select(i => (rows[i].LevelOnePoints, ProblemList.Index(rowsPath, i) + ".levelOnePoints")), out var onePoints);
            oneOk &= RowNodeName(1, oneCode, one.Name, onePath + ".levelOne");
            var twoNodes = new List<LevelTwoIndicator?>();
            for (var b = 0; b < one.Twos.Count; b++)
            {
                var two = one.Twos[b];
                var twoPath = ProblemList.Index(rowsPath, two.FirstRow);
                var twoCode = new IndicatorCode(FormattableString.Invariant($"{a + 1}.{b + 1}"));
                codePaths[twoCode] = twoPath + ".levelTwo";
                var twoClass = RowClass(2, two.Name, two.Rows.Select(i => (rows[i].LevelTwoClass, ProblemList.Index(rowsPath, i))), twoPath);
                var twoOk = RowPoints(2, twoCode, two.Rows.Select(i => (rows[i].LevelTwoPoints, ProblemList.Index(rowsPath, i) + ".levelTwoPoints")), out var twoPoints);
                twoOk &= RowNodeName(2, twoCode, two.Name, twoPath + ".levelTwo");
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
                    : new LevelTwoIndicator(twoCode, two.Name, twoClass!, twoTotal, threes!));
            }

            built.Add(oneClass is null || !oneOk || AnyNull(twoNodes) || NodePoints(onePoints, twoNodes.Select(t => t!.Points), onePath) is not { } oneTotal
                ? null
                : new LevelOneIndicator(oneCode, one.Name, oneClass!, oneTotal, twoNodes!));
        }

        return Has(before) ? null : FinishTree(weighting, built!, rowsPath, codePaths);
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

    private IndicatorClass? RowClass(int level, string name, IEnumerable<(string? Class, string RowPath)> given, string firstRowPath)
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
            return Class(level, explicitClass!, firstRowPath + "." + field + "Class");
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

    private bool RowNodeName(int level, IndicatorCode code, string name, string path)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        Add(Messages.NodeWithoutName, path, code.ToString(), Messages.Level(level), code);
        return false;
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
                if (p < 0m)
                {
                    Add(Messages.NodePointsNegative, path, code.ToString(), Messages.Level(level), code);
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
