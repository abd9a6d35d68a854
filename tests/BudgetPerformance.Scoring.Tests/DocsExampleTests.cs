using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>Executes every <c>example-scoring</c> block of docs/rules (format: docs/rules/examples-format.md).</summary>
public class DocsExampleTests
{
    public static IEnumerable<object[]> Examples()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "rules");
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "```example-scoring")
                {
                    var start = i + 1;
                    var end = Array.FindIndex(lines, start, l => l.Trim() == "```");
                    yield return [$"{Path.GetFileName(file)}:{start}", string.Join("\n", lines[start..end])];
                    i = end;
                }
            }
        }
    }

    [Fact]
    public void EveryScoringRulePage_HasExecutedExamples()
    {
        var pages = Examples().Select(e => ((string)e[0]).Split(':')[0]).Distinct().ToList();
        foreach (var page in new[] { "grades.md", "indicator-scoring.md", "budget-execution.md", "aggregation.md", "evaluation-types.md", "self-evaluation-worked.md" })
        {
            Assert.Contains(page, pages);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ScoresAsThePageSays(string where, string block)
    {
        var lines = block.Split('\n').Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)
            .Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())).ToList();
        string? Get(string key) => lines.FirstOrDefault(l => l.Key == key).Value;
        var single = Get("indicator") is not null;
        var rules = RuleSetFor(Get("override"), single);
        var scorer = new EvaluationScorer(rules);
        var evaluation = single ? SingleEvaluation(Get("indicator")!, Get("record")!) : WholeEvaluation(Get("type")!, Get("budget"), lines.Where(l => l.Key == "row").Select(l => l.Value).ToList(), Get("budget-recorded"), Get("on-site-visit") != "none");
        var explanation = scorer.Explain(evaluation);
        var result = explanation.Result;

        if (Get("issue") is { } issue)
        {
            Assert.True(result.Outcome == ScoringOutcome.Invalid, where);
            Assert.Contains(result.Problems, i => i.Code == issue);
        }
        else if (Get("warning") is { } warnings)
        {
            // Warnings leave the result complete; each code named is among its problems, and they are all warnings.
            Assert.True(result.Outcome == ScoringOutcome.Complete, $"{where}: {string.Join("; ", result.Problems)}");
            foreach (var code in warnings.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(result.Problems, p => p.Code == code && p.Severity == Problems.ProblemSeverity.Warning);
            }
        }
        else if (Get("outcome") is { } outcome)
        {
            Assert.Equal(outcome, EnumText.Format(result.Outcome));
        }
        else
        {
            Assert.True(result.Outcome == ScoringOutcome.Complete, $"{where}: {string.Join("; ", result.Problems)}");
        }

        if (single)
        {
            if (Get("score") is { } score)
            {
                Assert.Equal(score, Text(result.Indicators[0].Score));
            }

            if (Get("strategy") is { } strategy)
            {
                Assert.Equal(strategy, result.Indicators[0].StrategyId);
            }

            if (Get("formula-zh") is { } formula)
            {
                Assert.Equal(formula, explanation.Indicators[0].FormulaZh);
            }

            if (Get("formula-en") is { } formulaEn)
            {
                Assert.Equal(formulaEn, explanation.Indicators[0].FormulaEn);
            }

            foreach (var flag in (Get("flags") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(EnumText.TryParse<ScoreFlags>(flag, out var f), $"{where}: unknown flag {flag}");
                Assert.True((result.Indicators[0].Flags & f) != 0, $"{where}: flag {flag} not set ({result.Indicators[0].Flags})");
            }
        }
        else
        {
            var rows = lines.Where(l => l.Key == "row").Select(l => l.Value.Split('|', StringSplitOptions.TrimEntries)[4]).ToList();
            Assert.Equal(rows, result.Indicators.Select(s => s.Score is { } v ? Text(v) : "-"));
            if (Get("budget") is { } budget && budget.Split(' ')[2] is var expected && expected != "-")
            {
                Assert.Equal(expected, Text(result.Budget!.Value.Score));
            }

            if (Get("level-one") is { } levelOne)
            {
                Assert.Equal(levelOne.Split(' '), result.LevelOne.Select(s => Text(s.Score)));
            }
        }

        if (Get("total") is { } total)
        {
            Assert.Equal(total, Text(result.Total));
        }

        // The explanation of the whole, exactly as it reads (docs/rules/explanations.md).
        foreach (var (key, actual) in new[]
        {
            ("budget-zh", explanation.BudgetZh), ("budget-en", explanation.BudgetEn),
            ("total-zh", explanation.TotalZh), ("total-en", explanation.TotalEn),
            ("grade-zh", explanation.GradeZh), ("grade-en", explanation.GradeEn),
            ("sources", string.Join("; ", explanation.Sources.Select(c => c.Reference))),
            ("problem-zh", result.Problems.Count > 0 ? result.Problems[0].MessageZh : null),
            ("problem-en", result.Problems.Count > 0 ? result.Problems[0].MessageEn : null),
        })
        {
            if (Get(key) is { } expected)
            {
                Assert.True(expected == (actual ?? "none"), $"{where}: {key}\n  expected: {expected}\n  actual:   {actual ?? "none"}");
            }
        }

        if (Get("grade") is { } grade)
        {
            Assert.Equal(grade, EnumText.Format(result.Grade!.Value));
        }

        if (Get("conclusion") is { } conclusion)
        {
            Assert.Equal(conclusion, EnumText.Format(result.Conclusion!.Value));
        }
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    internal static RuleSet RuleSetFor(string? overrides, bool single)
    {
        var o = (overrides ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        string? V(string key) => o.TryGetValue(key, out var v) ? v : null;
        decimal? D(string key) => V(key) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;
        var totalMode = V("total-mode-rounding") is { } m && EnumText.TryParse<RoundingMode>(m, out var mode) ? mode : RoundingMode.HalfAwayFromZero;
        var indicatorMode = V("indicator-mode-rounding") is { } im && EnumText.TryParse<RoundingMode>(im, out var imode) ? imode : RoundingMode.HalfAwayFromZero;
        OverCompletionRule? over = V("over-completion") is { } oc
            ? new OverCompletionRule(decimal.Parse(oc.Split('/')[0], CultureInfo.InvariantCulture), decimal.Parse(oc.Split('/')[1], CultureInfo.InvariantCulture), Rules.Deployed)
            : null;
        var rules = Rules.National(
            reverse: V("reverse") ?? "reverse-linear",
            cap: V("cap") != "false",
            overCompletion: over,
            strictFull: V("strict-full") != "false",
            negative: V("negative") == "clamp-to-zero" ? NegativeActualPolicy.ClampToZero : NegativeActualPolicy.Reject,
            indicatorRounding: new Rounding((int)(D("indicator-decimals") ?? 2), indicatorMode),
            totalRounding: new Rounding((int)(D("total-decimals") ?? 2), totalMode),
            notApplicable: V("na") == "score-zero" ? NotApplicablePolicy.ScoreZero : NotApplicablePolicy.Rescale,
            missing: V("missing") == "score-zero" ? MissingDataPolicy.ScoreZero : MissingDataPolicy.Incomplete,
            totalMode: V("total-mode") == "rounded-sum" ? TotalMode.RoundedSum : TotalMode.SumOfRounded,
            budgetPoints: D("budget-points") ?? 10m,
            ratePercentRounding: D("rate-rounding") is { } r ? new Rounding((int)r, RoundingMode.HalfAwayFromZero) : null,
            zeroBudget: V("zero-budget") == "not-applicable" ? ZeroBudgetPolicy.NotApplicable : ZeroBudgetPolicy.Reject,
            requiredTotal: single || V("required-total") == "none" ? null : 100m,
            partlyFrom: D("partly-from") ?? 0.6m,
            budgetBlock: V("budget-block") != "none",
            onSiteVisitRequired: V("on-site-visit") != "optional",
            dataQuality: V("zero-target") is null && V("zero-actual") is null
                ? null
                : new DataQualityRules(Policy(V("zero-target")), Policy(V("zero-actual")), DataQualityRules.Default.Source));
        if (V("equality") is not { } equality)
        {
            return rules;
        }

        // The `equality` strategy with another overshoot (inverse-ratio, symmetric-deviation).
        Assert.True(EnumText.TryParse<EqualityOvershoot>(equality, out var overshoot), $"unknown overshoot {equality}");
        var scoring = rules.IndicatorScoring!;
        var strategies = scoring.Strategies.Select(st => st is EqualityStrategy e ? new EqualityStrategy(e.Id, e.Source, overshoot, e.Rounding) : st);
        return rules.WithIndicatorScoring(new IndicatorScoringRules(strategies, scoring.Defaults, scoring.CapAtPoints, scoring.OverCompletion, scoring.StrictEqualityEarnsFull, scoring.NegativeActuals, scoring.IndicatorRounding, scoring.DataQuality));
    }

    private static DataQualityPolicy Policy(string? text)
    {
        if (text is null)
        {
            return DataQualityPolicy.KeepScore;
        }

        Assert.True(EnumText.TryParse<DataQualityPolicy>(text, out var policy), $"unknown data-quality policy {text}");
        return policy;
    }

    private static LevelThreeIndicator Indicator(string code, string name, string[] spec)
    {
        var rule = spec.FirstOrDefault(s => s.StartsWith("rule=", StringComparison.Ordinal))?[5..];
        var parts = spec.Where(s => !s.StartsWith("rule=", StringComparison.Ordinal)).ToArray();
        if (parts[0] == "qualitative")
        {
            return LevelThreeIndicator.Qualitative(new IndicatorCode(code), name, P(parts[1]), ValueBasis.NotStated, "说明", rule);
        }

        Assert.True(DirectionSymbols.TryParse(parts[0], out var direction));
        return LevelThreeIndicator.Quantitative(new IndicatorCode(code), name, direction!.Value, P(parts[1]), parts[2], P(parts[3]), ValueBasis.Plan, "说明", rule);
    }

    private static IndicatorRecord Record(IndicatorCode code, string text)
    {
        var parts = text.Split(' ', 2);
        return parts[0] switch
        {
            "actual" => IndicatorRecord.Measured(code, P(parts[1])),
            "achieved" => IndicatorRecord.Achieved(code, AchievementLevel.Achieved, P(parts[1])),
            "partly" => IndicatorRecord.Achieved(code, AchievementLevel.PartlyAchieved, P(parts[1])),
            "not-achieved" => IndicatorRecord.Achieved(code, AchievementLevel.NotAchieved, P(parts[1])),
            "judged" => IndicatorRecord.Judged(code, P(parts[1])),
            "n/a" => IndicatorRecord.NotApplicable(code, parts[1]),
            "no-data" => IndicatorRecord.NoData(code),
            "not-yet-due" => IndicatorRecord.NotYetDue(code),
            _ => throw new InvalidOperationException($"Unknown record '{text}'."),
        };
    }

    private static Evaluation SingleEvaluation(string indicator, string record)
    {
        var ind = Indicator("x", "指标", indicator.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Example.Single(ind, Record(ind.Code, record));
    }

    private static Evaluation WholeEvaluation(string type, string? budget, List<string> rows, string? budgetRecorded, bool visit)
    {
        var parsed = rows.Select(r => r.Split('|', StringSplitOptions.TrimEntries)).Select(p =>
        {
            var one = p[0].Split(' ');
            var two = p[1].Split(' ');
            var three = p[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var indicator = Indicator(three[0], three[1], three[2..]);
            return (Row: new IndicatorRow(Node(one, 1), Node(two, 2), indicator), Record: Record(indicator.Code, p[3]));
        }).ToList();
        var tree = IndicatorTree.FromRows(IndicatorWeighting.Weighted, parsed.Select(p => p.Row));
        Assert.True(EnumText.TryParse<EvaluationType>(type, out var evaluationType));
        var performer = evaluationType switch
        {
            EvaluationType.SelfEvaluation => new Performer(PerformerRole.Unit, "县农业农村局"),
            EvaluationType.ExAnteAssessment => new Performer(PerformerRole.ExpertPanel, "专家组"),
            _ => new Performer(PerformerRole.FinanceBureau, "县财政局"),
        };
        var covered = evaluationType == EvaluationType.ExAnteAssessment ? new FiscalYear(2021) : new FiscalYear(2019);
        BudgetExecution? execution = budget is null ? null
            : new BudgetExecution(Money.FromYuan(P(budget.Split(' ')[0])), Money.FromYuan(P(budget.Split(' ')[1])), budgetRecorded is null ? null : P(budgetRecorded));
        return new Evaluation("doc", evaluationType, Example.Project, performer, covered, new FiscalYear(2020), tree, parsed.Select(p => p.Record), execution,
            evaluationType == EvaluationType.FinanceEvaluation && visit ? new OnSiteVisit(new NodaTime.LocalDate(2020, 5, 6)) : null);
    }

    private static RowNode Node(string[] parts, int level)
    {
        Assert.True(IndicatorClass.TryGetBuiltIn(level, parts[2], out var cls), $"unknown class {parts[2]}");
        return new RowNode(new IndicatorCode(parts[0]), parts[1], cls!, P(parts[3]));
    }

    private static decimal P(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    internal static string RepositoryRoot()
    {
        // From the test assembly's folder, never from [CallerFilePath]: continuous-integration builds
        // map source paths to /_/, so a compile-time path does not exist on the machine running the tests.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}

/// <summary>Executes every <c>example-proposal</c> block of docs/rules.</summary>
public class DocsProposalExampleTests
{
    public static IEnumerable<object[]> Examples()
    {
        var folder = Path.Combine(DocsExampleTests.RepositoryRoot(), "docs", "rules");
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "```example-proposal")
                {
                    var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                    yield return [$"{Path.GetFileName(file)}:{i + 1}", string.Join("\n", lines[(i + 1)..end])];
                    i = end;
                }
            }
        }
    }

    [Fact]
    public void ResultApplicationPage_HasExecutedExamples() =>
        Assert.Contains(Examples(), e => ((string)e[0]).StartsWith("result-application.md", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ProposesAsThePageSays(string where, string block)
    {
        var map = block.Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
        var rules = ResultFamilies.For(map["rules"]);
        var grades = map["grades"].Split(',', StringSplitOptions.TrimEntries).Select(g => EnumText.TryParse<Grade>(g, out var v) ? v : throw new InvalidOperationException(where)).ToArray();
        var kind = map.TryGetValue("kind", out var k) && EnumText.TryParse<ProjectKind>(k, out var pk) ? pk : ProjectKind.Recurring;
        var request = decimal.Parse(map["request"], CultureInfo.InvariantCulture);
        var proposal = new BudgetProposer(rules).Propose(GradedResults.Request(GradedResults.Project("P", "项目", kind), grades[0], request, earlier: grades[1..]));
        Assert.Equal(map["action"], EnumText.Format(proposal.Action));
        Assert.Equal(map["proposed"], proposal.Proposed is { } p ? p.Yuan.ToString("0.##", CultureInfo.InvariantCulture) : "none");
        if (map.TryGetValue("difference", out var difference))
        {
            Assert.Equal(difference, proposal.Difference!.Value.Yuan.ToString("0.##", CultureInfo.InvariantCulture));
        }

        if (map.TryGetValue("blocks", out var blocks))
        {
            Assert.Equal(bool.Parse(blocks), proposal.BlocksSimilarProject);
        }
    }
}

/// <summary>The embedded presets with a result-application family, by id: the docs' examples run against the shipped JSON.</summary>
internal static class ResultFamilies
{
    public static RuleSet For(string id) => RuleSetPresets.Get(id) is { ResultApplication: not null } preset
        ? preset
        : throw new InvalidOperationException($"The preset {id} has no result-application family.");
}

/// <summary>Executes every <c>example-rectification</c> block of docs/rules.</summary>
public class DocsRectificationExampleTests
{
    public static IEnumerable<object[]> Examples()
    {
        var file = Path.Combine(DocsExampleTests.RepositoryRoot(), "docs", "rules", "rectification.md");
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "```example-rectification")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                yield return [$"rectification.md:{i + 1}", string.Join("\n", lines[(i + 1)..end])];
                i = end;
            }
        }
    }

    private static NodaTime.LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_BehavesAsThePageSays(string where, string block)
    {
        var lines = block.Split('\n').Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())).ToList();
        string? Get(string key) => lines.FirstOrDefault(l => l.Key == key).Value;
        var project = GradedResults.Project("P", "项目");
        var subject = project.Ref;
        var notice = new RectificationNotice("N1", subject, "E", "finding", "owner", Date(Get("issued")!), Date(Get("deadline")!));
        if (Get("reported") is { } reported)
        {
            notice = notice.Report(Date(reported));
        }

        if (Get("verified") is { } verified)
        {
            notice = notice.Verify(Date(verified));
        }

        foreach (var (key, value) in lines.Where(l => l.Key.StartsWith("status-on ", StringComparison.Ordinal)))
        {
            Assert.True(EnumText.TryParse<RectificationState>(value, out var expected), where);
            Assert.Equal(expected, notice.StatusOn(Date(key["status-on ".Length..])));
        }

        if (Get("proposal") is { } proposal)
        {
            var p = proposal.Split(' ');
            Assert.True(EnumText.TryParse<Grade>(p[1], out var grade), where);
            var request = Money.FromYuan(decimal.Parse(p[2], CultureInfo.InvariantCulture));
            var rectification = new RectificationRules(RectificationConsequence.FurtherCut, decimal.Parse(p[4], CultureInfo.InvariantCulture), Rules.Ten);
            var result = new BudgetProposer(ResultFamilies.For(p[0]).WithRectification(rectification))
                .Propose(new ProposalRequest(project, GradedResults.Of(subject, grade), request, request), [notice], Date(p[6]));
            Assert.Equal(Get("proposed"), result.Proposed!.Value.Yuan.ToString("0.##", CultureInfo.InvariantCulture));
        }
    }
}
