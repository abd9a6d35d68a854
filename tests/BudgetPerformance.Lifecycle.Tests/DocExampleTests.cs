using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Admission;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;
using NodaTime.Text;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>Runs every worked example of docs/rules/admission.md, target-review.md and monitoring.md.</summary>
public class DocExampleTests
{
    [Theory]
    [InlineData("admission.md", "example-admission")]
    [InlineData("target-review.md", "example-review")]
    [InlineData("monitoring.md", "example-monitoring")]
    public void DocsPage_EveryWorkedExample_HoldsWhenRun(string page, string tag)
    {
        var blocks = Blocks(Path.Combine(Fixtures.RepositoryRoot(), "docs", "rules", page), tag);
        Assert.True(blocks.Count > 0, $"{page} has no ```{tag} block.");
        foreach (var (line, block) in blocks)
        {
            try
            {
                switch (tag)
                {
                    case "example-admission": Admission(block); break;
                    case "example-review": Review(block); break;
                    default: Monitoring(block); break;
                }

                Assert.Empty(block.Unused);
            }
            catch (Exception e) when (e is not InvalidOperationException)
            {
                throw new InvalidOperationException($"{page}, the example at line {line}: {e.Message}", e);
            }
        }
    }

    private static void Admission(Block b)
    {
        var target = b.Text("target") switch
        {
            "none" => null,
            var s => Fixtures.Target(Fixtures.ReviewTree(), EnumText.TryParse<TargetStatus>(s, out var status) ? status : throw new FormatException(s)),
        };
        var exAnteText = b.Text("ex-ante", "none");
        var adjustments = b.Text("adjustments", string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var exAnte = exAnteText == "none" ? null : new ExAnteOutcome(Fixtures.Project, new LocalDate(2024, 9, 1), b.Enum<ExAnteConclusion>("ex-ante"), null, adjustments);
        var national = AdmissionPresets.National();
        var rules = b.Has("exempt-below")
            ? new AdmissionRules(national.Checks, new SmallAmountExemption(Money.FromYuan(b.Number("exempt-below")), [AdmissionCheck.TargetRequired, AdmissionCheck.TargetReviewPassed], Fixtures.Local))
            : national;
        var request = new AdmissionRequest(Fixtures.Item(b.Bool("new-major", false)), Fixtures.Year2025, Money.FromYuan(b.Number("amount", 1_000_000m)), target, exAnte);
        var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(request);
        Assert.Equal(b.Enum<AdmissionDecision>("decision"), result.Decision);
        Assert.Equal(b.List("codes"), result.Reasons.Select(r => r.Reason.Code));
        if (b.Has("conditions"))
        {
            Assert.Equal(b.Text("conditions").Split(';', StringSplitOptions.TrimEntries), result.Conditions.Select(c => c.MessageZh));
        }
    }

    private static void Review(Block b)
    {
        var tree = Fixtures.ReviewTree(
            satisfactionTarget: b.Number("satisfaction-target", 90m),
            withTimeliness: !b.Bool("without-timeliness", false),
            quantityExplanation: b.Text("quantity-explanation", "实际建成数量") == "none" ? null : "实际建成数量",
            costTarget: b.Number("cost-target", 3000m));
        var national = b.Bool("graded", false) ? TargetReviewPresets.NationalWithGrade() : TargetReviewPresets.National();
        var standards = b.Has("cost-standard") ? new[] { new ExpenditureStandard("亩均建设成本", "元/亩", b.Number("cost-standard"), Fixtures.Local) } : [];
        var rules = new TargetReviewRules(national.RequiredClasses, national.SatisfactionMinimum, national.WeightsRequired, national.RequiredTotalPoints, standards, national.Grading, national.Source);
        var result = new TargetReviewer(Fixtures.RuleSetWith(rules)).Review(Fixtures.Target(tree), Money.FromYuan(b.Number("amount", 1_000_000m)));
        Assert.Equal(b.Bool("passed"), result.Passed);
        Assert.Equal(b.List("codes"), result.Findings.Select(f => f.Code));
        Assert.Equal(((int)b.Number("errors"), (int)b.Number("warnings")), (result.Errors, result.Warnings));
        if (b.Has("score"))
        {
            Assert.Equal(b.Number("score"), result.Score);
            Assert.Equal(b.Enum<Grade>("grade"), result.Grade);
        }
    }

    private static void Monitoring(Block b)
    {
        var rules = b.Text("preset") switch
        {
            "vendor-style" => MonitoringPresets.VendorStyle(),
            "sichuan-2025" => MonitoringPresets.Sichuan2025(),
            var other => throw new FormatException("unknown preset " + other),
        };
        IWorkingDayCalendar calendar = b.Text("calendar", "monday-to-friday") switch
        {
            "monday-to-friday" => WeekdayCalendar.Instance,
            "cn-2025-example" => JsonDocuments.WorkingDayCalendar.Read(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot(), "docs", "rules", "calendars", "cn-2025.example.json"))),
            var other => throw new FormatException("unknown calendar " + other),
        };
        var asOf = b.Date("as-of");
        var actuals = b.Has("actuals") ? b.List("actuals").Select(Parse).ToArray() : [];
        var target = Fixtures.MonitoringTarget(Math.Max(actuals.Length, 1), b.Number("indicator-target", 1200m), year: asOf.Year);
        var record = new MonitoringRecord(target, asOf, new BudgetExecution(Money.FromYuan(b.Number("budget")), Money.FromYuan(b.Number("spent"))),
            actuals.Select((a, i) => IndicatorProgress.Measured(Fixtures.C("1.1." + (i + 1)), a)));
        var s = new MonitoringAssessor(Fixtures.RuleSetWith(rules), calendar).Assess(record);

        if (b.Has("time-progress")) Assert.Equal(b.Text("time-progress"), s.Time.ToString());
        if (b.Has("execution-value")) Assert.Equal(b.Number("execution-value"), s.Execution.Value);
        if (b.Has("execution-colour")) Assert.Equal(b.Enum<WarningColour>("execution-colour"), s.Execution.Colour);
        if (b.Has("indicator-values")) Assert.Equal(b.List("indicator-values").Select(Parse), s.Indicators.Select(i => i.Value!.Value));
        if (b.Has("indicator-colours")) Assert.Equal(b.List("indicator-colours").Select(c => EnumText.TryParse<WarningColour>(c, out var v) ? v : throw new FormatException(c)), s.Indicators.Select(i => i.Colour!.Value));
        if (b.Has("target-colour")) Assert.Equal(b.Enum<WarningColour>("target-colour"), s.TargetColour);
        if (b.Has("checkpoint-missed")) Assert.Equal(b.Bool("checkpoint-missed"), s.Execution.CheckpointMissed);
        if (b.Has("gap-points")) Assert.Equal(b.Number("gap-points"), s.GapPoints);
        if (b.Has("gap-exceeded")) Assert.Equal(b.Bool("gap-exceeded"), s.GapExceeded);
        Assert.Equal(b.Enum<MonitoringAction>("action"), s.Action);
        Assert.Equal(b.Text("respond-by") == "none" ? null : b.Date("respond-by"), s.RespondBy);
    }

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static List<(int Line, Block Block)> Blocks(string path, string tag)
    {
        var lines = File.ReadAllLines(path);
        var blocks = new List<(int, Block)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```" + tag)
            {
                continue;
            }

            var start = i + 1;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                values.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }

            blocks.Add((start, new Block(values)));
        }

        return blocks;
    }

    private sealed class Block(Dictionary<string, string> values)
    {
        private readonly HashSet<string> used = [];

        public IEnumerable<string> Unused => values.Keys.Where(k => !used.Contains(k));

        public bool Has(string key)
        {
            used.Add(key);
            return values.ContainsKey(key);
        }

        public string Text(string key, string? fallback = null)
        {
            used.Add(key);
            return values.TryGetValue(key, out var v) ? v : fallback ?? throw new KeyNotFoundException("missing key " + key);
        }

        public decimal Number(string key, decimal? fallback = null) =>
            Has(key) ? Parse(Text(key)) : fallback ?? throw new KeyNotFoundException("missing key " + key);

        public bool Bool(string key, bool? fallback = null) =>
            Has(key) ? Text(key) == "true" : fallback ?? throw new KeyNotFoundException("missing key " + key);

        public LocalDate Date(string key) => LocalDatePattern.Iso.Parse(Text(key)).GetValueOrThrow();

        public TEnum Enum<TEnum>(string key)
            where TEnum : struct, System.Enum =>
            EnumText.TryParse<TEnum>(Text(key), out var value) ? value : throw new FormatException($"{key}: '{Text(key)}' is not a {typeof(TEnum).Name}");

        public string[] List(string key) => Text(key).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
