using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>Evaluations, in both shapes: a nested tree with records, or the flat rows of a self-evaluation form.</summary>
internal sealed partial class Mapper
{
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
        var classes = Declare(e.Classes, path + ".classes");
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
                tree = Tree(e.Weighting, path + ".weighting", e.Indicators!, path + ".indicators", treePaths, classes);
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
            tree = Rows(e.Weighting, path + ".weighting", e.Rows!, path + ".rows", treePaths, records, classes);
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
}
