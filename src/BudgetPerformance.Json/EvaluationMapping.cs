using System;
using System.Collections.Generic;
using System.Linq;

namespace BudgetPerformance.Json;

/// <summary>Evaluations, in both shapes: a nested tree with records, or the flat rows of a self-evaluation form.</summary>
internal sealed partial class Mapper
{
    private static readonly Dictionary<(int Level, string Name), IndicatorClass> ClassesByName = BuildClassNames();

    private const string LevelThreeField = ".levelThree";

    internal Evaluation? Evaluation(EvaluationContract e, string path)
    {
        var before = problems.Count;
        NotBlank(e.Id, path + ".id", "evaluation id");
        var hasType = Enum<EvaluationType>(e.Type, path + ".type", out var type);
        var hasSubject = SubjectRef(e.Subject, path + ".subject", out var subject);
        var hasRole = Enum<PerformerRole>(e.Performer.Role, path + ".performer.role", out var role);
        if (string.IsNullOrWhiteSpace(e.Performer.Name))
        {
            Add(ProblemCodes.NameRequired, path + ".performer.name", "The performer has no name.");
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
            if (NotNegative(b.AdjustedBudget, bp + ".adjustedBudget", ProblemCodes.AmountNegative, "adjusted budget") &
                NotNegative(b.Spent, bp + ".spent", ProblemCodes.AmountNegative, "amount spent") &
                NotNegative(b.RecordedScore, bp + ".recordedScore", JsonErrorCodes.ScoreNegative, "recorded score"))
            {
                execution = new BudgetExecution(Money.FromYuan(b.AdjustedBudget), Money.FromYuan(b.Spent), b.RecordedScore);
            }
        }

        var visit = e.OnSiteVisit is null ? null : new OnSiteVisit(e.OnSiteVisit!.Date, e.OnSiteVisit!.Notes);
        NotNegative(e.RecordedTotal, path + ".recordedTotal", JsonErrorCodes.ScoreNegative, "recorded total");
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
            Add(JsonErrorCodes.ShapeConflict, path, "An evaluation gives either 'indicators' with 'records', or 'rows'; not both, not neither.");
        }
        else if (nested)
        {
            if (e.Indicators is null || e.Records is null)
            {
                Add(JsonErrorCodes.RequiredMissing, path + (e.Indicators is null ? ".indicators" : ".records"), "The nested shape needs both 'indicators' and 'records'.");
            }
            else
            {
                tree = Tree(e.Weighting, path + ".weighting", e.Indicators!, path + ".indicators", treePaths);
                var recordList = e.Records!;
                var recordsPath = path + ".records";
                for (var i = 0; i < recordList.Count; i++)
                {
                    var rp = Problems.Index(recordsPath, i);
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
            var gp = Problems.Index(path + ".scoreGroups", i);
            var ok = true;
            if (string.IsNullOrWhiteSpace(gc.Id))
            {
                Add(ProblemCodes.NameRequired, gp + ".id", "A score group needs an id.");
                ok = false;
            }

            for (var m = 0; m < gc.Members.Count; m++)
            {
                if (!IndicatorCode.IsValid(gc.Members[m]))
                {
                    Add(JsonErrorCodes.InvalidValue, Problems.Index(gp + ".members", m), $"'{gc.Members[m]}' is not a valid indicator code.");
                    ok = false;
                }
            }

            if (gc.Members.Count < 2 || gc.Members.Distinct(System.StringComparer.Ordinal).Count() != gc.Members.Count)
            {
                Add(ProblemCodes.RecordMismatch, gp + ".members", "A score group needs two or more distinct members.");
                ok = false;
            }

            if (gc.AssessorScore is null && gc.RecordedScore is null)
            {
                Add(JsonErrorCodes.RequiredMissing, gp, "A score group carries an assessorScore, a recordedScore or both.");
                ok = false;
            }

            ok &= NotNegative(gc.AssessorScore, gp + ".assessorScore", JsonErrorCodes.ScoreNegative, "assessor's score");
            ok &= NotNegative(gc.RecordedScore, gp + ".recordedScore", JsonErrorCodes.ScoreNegative, "recorded score");
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
        List<string>? constraintPaths = null;
        var c = 0;
        foreach (var problem in BudgetPerformance.Evaluation.FindProblems(type, subject, performer, covered, conducted, indicators, records!, execution, visit, groups))
        {
            var at = path;
            var indicatorCode = problem.Subject;
            var about = problem.Subject;
            var isCode = about is not null && IndicatorCode.IsValid(about);
            string? found = null;
            if (problem.Code == ProblemCodes.EvaluationConstraint)
            {
                constraintPaths ??= ConstraintPaths(type, subject, role, covered, conducted, execution, visit, path);
                at = c < constraintPaths!.Count ? constraintPaths![c] : path;
                c++;
            }
            else if (isCode && recordPaths.TryGetValue(new IndicatorCode(about!), out found))
            {
                at = found!;
            }
            else if (isCode && indicators.TryGetIndicator(new IndicatorCode(about!), out _))
            {
                // A level-3 indicator without a record, even one that a score group names: a missing record is
                // reported at the indicator (docs/json/errors.md), not at the group's member.
                at = treePaths[new IndicatorCode(about!)];
            }
            else if (about is not null && (found = GroupPath(e, about!, path)) is not null)
            {
                // A group id is not the code of an indicator or node: the entry names none.
                at = found!;
                indicatorCode = null;
            }
            else if (about is not null && (found = MemberPath(e, about!, path)) is not null)
            {
                at = found!;
            }
            else if (isCode)
            {
                at = treePaths.TryGetValue(new IndicatorCode(about!), out found) ? found! : path + ".records";
            }

            Add(problem.Code, at, problem.Message, indicatorCode);
        }

        return Has(before) ? null : Build(path, () => new Evaluation(e.Id, type, subject, performer, covered, conducted, indicators, records!, execution, visit, e.RecordedTotal, grade, groups));
    }

    // Where a domain problem about score groups is reported, built only for a problem: a group id at its last group
    // (null when no group has the id), a member code at its last place in a group (null when no group names it).
    private static string? GroupPath(EvaluationContract e, string id, string path)
    {
        for (var i = (e.ScoreGroups?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (string.Equals(e.ScoreGroups![i].Id, id, System.StringComparison.Ordinal))
            {
                return Problems.Index(path + ".scoreGroups", i);
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
                    return Problems.Index(Problems.Index(path + ".scoreGroups", i) + ".members", m);
                }
            }
        }

        return null;
    }

    // The paths of the type constraints, in the order Evaluation.FindProblems checks them.
    private static List<string> ConstraintPaths(EvaluationType type, SubjectRef subject, PerformerRole role, FiscalYear covered, FiscalYear conducted, BudgetExecution? execution, OnSiteVisit? visit, string path)
    {
        var info = EvaluationTypeInfo.Of(type);
        var paths = new List<string>();
        if (!info.Performers.Contains(role))
        {
            paths.Add(path + ".performer.role");
        }

        if (!info.Subjects.Contains(subject.Type))
        {
            paths.Add(path + ".subject.type");
        }

        if (!info.AllowsYears(covered, conducted))
        {
            paths.Add(path + ".coveredYear");
        }

        if (info.RequiresBudgetExecution && execution is null)
        {
            paths.Add(path + ".budgetExecution");
        }

        if (info.RequiresOnSiteVisit && visit is null)
        {
            paths.Add(path + ".onSiteVisit");
        }

        return paths;
    }

    private IndicatorRecord? Record(RecordContract r, string path)
    {
        var before = problems.Count;
        var valid = IndicatorCode.IsValid(r.Code);
        if (!valid)
        {
            Add(JsonErrorCodes.InvalidValue, path + ".code", $"'{Problems.Shorten(r.Code)}' is not an indicator code.");
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
                Add(JsonErrorCodes.RecordFields, path + "." + field, $"A {r.State} record needs '{field}'.", at);
            }
        }

        void Forbids(bool present, string field)
        {
            if (present)
            {
                Add(JsonErrorCodes.RecordFields, path + "." + field, $"A {r.State} record has no '{field}'.", at);
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
        NotNegative(r.AssessorScore, path, ".assessorScore", JsonErrorCodes.ScoreNegative, "assessor's score");
        NotNegative(r.RecordedScore, path, ".recordedScore", JsonErrorCodes.ScoreNegative, "recorded score");
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
            Add(ProblemCodes.ChildrenRequired, rowsPath, "The form has no rows.");
            return null;
        }

        // Group contiguous rows by level-1 name, then by level-2 name.
        var ones = new List<(string Name, int FirstRow, List<(string Name, int FirstRow, List<int> Rows)> Twos)>();
        var closedOnes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var rp = Problems.Index(rowsPath, i);
            if (ones.Count == 0 || ones[^1].Name != r.LevelOne)
            {
                if (!closedOnes.Add(r.LevelOne))
                {
                    Add(ProblemCodes.RowsInconsistent, rp + ".levelOne", $"The rows of level-1 node '{Problems.Shorten(r.LevelOne)}' are not contiguous.");
                    continue;
                }

                ones.Add((r.LevelOne, i, []));
            }

            var twos = ones[^1].Twos;
            if (twos.Count == 0 || twos[^1].Name != r.LevelTwo)
            {
                if (twos.Any(t => t.Name == r.LevelTwo))
                {
                    Add(ProblemCodes.RowsInconsistent, rp + ".levelTwo", $"The rows of level-2 node '{Problems.Shorten(r.LevelTwo)}' are not contiguous.");
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
            var onePath = Problems.Index(rowsPath, one.FirstRow);
            var oneCode = new IndicatorCode(FormattableString.Invariant($"{a + 1}"));
            codePaths[oneCode] = onePath + ".levelOne";
            var oneClass = RowClass(1, one.Name, one.Twos.SelectMany(t => t.Rows).Select(i => (rows[i].LevelOneClass, Problems.Index(rowsPath, i))), onePath);
            var oneOk = RowPoints(1, oneCode, one.Twos.SelectMany(t => t.Rows).Select(i => (rows[i].LevelOnePoints, Problems.Index(rowsPath, i) + ".levelOnePoints")), out var onePoints);
            oneOk &= RowNodeName(1, oneCode, one.Name, onePath + ".levelOne");
            var twoNodes = new List<LevelTwoIndicator?>();
            for (var b = 0; b < one.Twos.Count; b++)
            {
                var two = one.Twos[b];
                var twoPath = Problems.Index(rowsPath, two.FirstRow);
                var twoCode = new IndicatorCode(FormattableString.Invariant($"{a + 1}.{b + 1}"));
                codePaths[twoCode] = twoPath + ".levelTwo";
                var twoClass = RowClass(2, two.Name, two.Rows.Select(i => (rows[i].LevelTwoClass, Problems.Index(rowsPath, i))), twoPath);
                var twoOk = RowPoints(2, twoCode, two.Rows.Select(i => (rows[i].LevelTwoPoints, Problems.Index(rowsPath, i) + ".levelTwoPoints")), out var twoPoints);
                twoOk &= RowNodeName(2, twoCode, two.Name, twoPath + ".levelTwo");
                var threes = new List<LevelThreeIndicator?>();
                for (var c = 0; c < two.Rows.Count; c++)
                {
                    var r = rows[two.Rows[c]];
                    var rp = Problems.Index(rowsPath, two.Rows[c]);
                    var code = new IndicatorCode(FormattableString.Invariant($"{a + 1}.{b + 1}.{c + 1}"));
                    codePaths[code] = rp + LevelThreeField;
                    var paths = new IndicatorPaths(rp, "levelThree");
                    var indicator = Indicator(code, r.LevelThree, r.Direction, r.Target, r.Unit, null, r.Points, null, null, paths);
                    threes.Add(indicator);
                    records.Add(indicator is null ? null : RowRecord(r, indicator, rp));
                }

                twoNodes.Add(twoClass is null || !twoOk || AnyNull(threes)
                    ? null
                    : Build(twoPath, () => new LevelTwoIndicator(twoCode, two.Name, twoClass!, twoPoints ?? threes.Sum(t => t!.Points), threes!)));
            }

            built.Add(oneClass is null || !oneOk || AnyNull(twoNodes)
                ? null
                : Build(onePath, () => new LevelOneIndicator(oneCode, one.Name, oneClass!, onePoints ?? twoNodes.Sum(t => t!.Points), twoNodes!)));
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
                Add(JsonErrorCodes.RecordFields, rp + ".achievement", "A quantitative row records an actual value, not an achievement level.", at);
                return null;
            }

            if (r.Actual is null && r.RecordedScore is not null)
            {
                Add(JsonErrorCodes.RecordFields, rp + ".recordedScore", "A quantitative row with a score needs its actual value.", at);
                return null;
            }

            return !NotNegative(r.RecordedScore, rp + ".recordedScore", JsonErrorCodes.ScoreNegative, "recorded score") ? null
                : r.Actual.HasValue ? IndicatorRecord.Measured(indicator.Code, r.Actual.GetValueOrDefault(), null, r.RecordedScore) : IndicatorRecord.NoData(indicator.Code);
        }

        if (r.Actual is not null)
        {
            Add(JsonErrorCodes.RecordFields, rp + ".actual", "A qualitative row records an achievement level and a score, not an actual value.", at);
            return null;
        }

        if (!NotNegative(r.RecordedScore, rp + ".recordedScore", JsonErrorCodes.ScoreNegative, "recorded score"))
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
                Add(JsonErrorCodes.RecordFields, rp + ".recordedScore", "A qualitative row with an achievement level needs its score.", at);
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
                Add(ProblemCodes.RowsInconsistent, rowPath + "." + field + "Class", $"The rows of '{Problems.Shorten(name)}' disagree about its class.");
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

        Add(JsonErrorCodes.UnknownClass, firstRowPath + "." + field, $"'{Problems.Shorten(name)}' is not the name of a built-in level-{level} class; give '{field}Class'.");
        return null;
    }

    // A node's name is that of its first row (the rows of one node share it): blank is reported at that field, as the
    // nested shape reports a blank node name at the node's name.
    private bool RowNodeName(int level, IndicatorCode code, string name, string path)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        Add(ProblemCodes.NameRequired, path, FormattableString.Invariant($"Level-{level} node {code} has no name."), code.ToString());
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
                    Add(ProblemCodes.PointsNegative, path, FormattableString.Invariant($"Level-{level} node {code} has negative points."), code.ToString());
                    return false;
                }
            }
            else if (points != p)
            {
                Add(ProblemCodes.RowsInconsistent, path, FormattableString.Invariant($"The rows of one node disagree about its points ({points} and {p})."));
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
