using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Tests;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Json.Tests;

/// <summary>Round trips over generated documents: read(write(x)) equals x, writing is stable, and culture never matters.</summary>
public class PropertyTests
{
    private static readonly string[] Cultures = ["zh-CN", "en-US", "de-DE", "tr-TR"];

    public static Gen<Evaluation> EvaluationGen =>
        from weighting in Gen.Elements(IndicatorWeighting.Weighted, IndicatorWeighting.Template)
        from tree in Generators.Tree(weighting)
        from seeds in Gen.Choose(0, 1_000_000).ListOf(tree.Indicators.Count)
        from config in Gen.Choose(0, 2)
        from year in Gen.Choose(2001, 2099)
        from total in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 10000).Select(i => (decimal?)(i / 100m)))
        from grade in Gen.Elements<Grade?>(null, Grade.Excellent, Grade.Poor)
        from budget in Gen.Choose(0, 100_000_000).Select(i => i / 100m)
        select Build(tree, seeds.ToArray(), config, year, total, grade, budget);

    public static Gen<RuleSet> RuleSetGen =>
        from scale in Generators.Scale
        from decimals in Gen.Choose(0, Rounding.MaxDecimals)
        from mode in Gen.Elements(Enum.GetValues<RoundingMode>())
        from version in Gen.Choose(1, 99)
        from start in Gen.Choose(0, 20000)
        from length in Gen.Choose(0, 5000)
        from note in Gen.Elements<string?>(null, "第二十四条", "a \"quoted\" note\n with a line break")
        select new RuleSet("preset-" + version.ToString(CultureInfo.InvariantCulture), version,
            new DateInterval(new LocalDate(1990, 1, 1).PlusDays(start), new LocalDate(1990, 1, 1).PlusDays(start + length)),
            new LocalizedName("规则集", "Rule set"),
            [new SourceCitation("财预〔2020〕10号", SourceKind.National, note), new SourceCitation("Sichuan 2025", SourceKind.Local)],
            new GradingRules(scale, new Rounding(decimals, mode), new SourceCitation("财预〔2020〕10号", SourceKind.National)));

    public static Gen<PerformanceTarget> TargetGen =>
        from weighting in Gen.Elements(IndicatorWeighting.Weighted, IndicatorWeighting.Template)
        from tree in Generators.Tree(weighting)
        from status in Gen.Elements(Enum.GetValues<TargetStatus>())
        select PerformanceTarget.Restore(new SubjectRef(SubjectType.Policy, "POL-1"), new FiscalYear(2022), "总体目标", tree, "U01", status,
            status is TargetStatus.Approved or TargetStatus.Returned ? "S01" : null, status == TargetStatus.Returned ? "缺少满意度指标" : null);

    [Property(MaxTest = 60)]
    public Property Evaluation_ReadOfWrite_EqualsTheOriginalAndRewritesByteIdentically() =>
        Prop.ForAll(EvaluationGen.ToArbitrary(), e =>
        {
            var bytes = JsonDocuments.Evaluation.WriteToUtf8Bytes(e);
            var back = JsonDocuments.Evaluation.Read(bytes);
            return Same(e, back) && bytes.AsSpan().SequenceEqual(JsonDocuments.Evaluation.WriteToUtf8Bytes(back));
        });

    [Property(MaxTest = 60)]
    public Property RuleSet_ReadOfWrite_EqualsTheOriginalAndRewritesByteIdentically() =>
        Prop.ForAll(RuleSetGen.ToArbitrary(), r =>
        {
            var bytes = JsonDocuments.RuleSet.WriteToUtf8Bytes(r);
            var back = JsonDocuments.RuleSet.Read(bytes);
            return back.Id == r.Id && back.Version == r.Version && back.Effective == r.Effective && back.Title == r.Title &&
                back.Sources.SequenceEqual(r.Sources) && back.Grading.Scale.Equals(r.Grading.Scale) &&
                back.Grading.TotalRounding == r.Grading.TotalRounding && back.Grading.Source.Equals(r.Grading.Source) &&
                bytes.AsSpan().SequenceEqual(JsonDocuments.RuleSet.WriteToUtf8Bytes(back));
        });

    [Property(MaxTest = 60)]
    public Property Target_ReadOfWrite_EqualsTheOriginalAndRewritesByteIdentically() =>
        Prop.ForAll(TargetGen.ToArbitrary(), t =>
        {
            var bytes = JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(t);
            var back = JsonDocuments.PerformanceTarget.Read(bytes);
            return back.Subject == t.Subject && back.Year == t.Year && back.OverallGoal == t.OverallGoal && back.AuthoredBy == t.AuthoredBy &&
                back.Status == t.Status && back.ReviewedBy == t.ReviewedBy && back.ReturnReason == t.ReturnReason && SameTree(t.Indicators, back.Indicators) &&
                bytes.AsSpan().SequenceEqual(JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(back));
        });

    [Property(MaxTest = 25)]
    public Property Evaluation_WriteAndRead_DoNotDependOnTheCurrentCulture() =>
        Prop.ForAll(EvaluationGen.ToArbitrary(), RuleSetGen.ToArbitrary(), (e, r) =>
        {
            var original = CultureInfo.CurrentCulture;
            try
            {
                var outputs = new List<byte[]>();
                foreach (var name in Cultures)
                {
                    CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                    var evaluation = JsonDocuments.Evaluation.WriteToUtf8Bytes(e);
                    var ruleSet = JsonDocuments.RuleSet.WriteToUtf8Bytes(r);
                    outputs.Add([.. evaluation, .. ruleSet]);
                    if (!Same(e, JsonDocuments.Evaluation.Read(evaluation)) || !JsonDocuments.RuleSet.Read(ruleSet).Grading.Scale.Equals(r.Grading.Scale))
                    {
                        return false;
                    }
                }

                return outputs.All(o => o.AsSpan().SequenceEqual(outputs[0]));
            }
            finally
            {
                CultureInfo.CurrentCulture = original;
            }
        });

    private static Evaluation Build(IndicatorTree tree, int[] seeds, int config, int year, decimal? total, Grade? grade, decimal budget)
    {
        var records = tree.Indicators.Select((indicator, i) => Record(indicator, seeds[i])).ToList();
        var execution = new BudgetExecution(Money.FromYuan(budget), Money.FromYuan(budget / 2), seeds.Length > 0 && seeds[0] % 2 == 0 ? 7.5m : null);
        return config switch
        {
            0 => new Evaluation("E-" + year.ToString(CultureInfo.InvariantCulture), EvaluationType.SelfEvaluation, new SubjectRef(SubjectType.Project, "P1"), new Performer(PerformerRole.Unit, "单位"),
                new FiscalYear(year - 1), new FiscalYear(year), tree, records, execution, null, total, grade),
            1 => new Evaluation("M-1", EvaluationType.Monitoring, new SubjectRef(SubjectType.Policy, "POL-1"), new Performer(PerformerRole.FinanceBureau, "财政局"),
                new FiscalYear(year), new FiscalYear(year), tree, records, null, null, total, grade),
            _ => new Evaluation("F-1", EvaluationType.FinanceEvaluation, new SubjectRef(SubjectType.Project, "P2"), new Performer(PerformerRole.ThirdParty, "事务所"),
                new FiscalYear(year - 2), new FiscalYear(year), tree, records, execution, new OnSiteVisit(new LocalDate(year, 3, 1 + (seeds.Length % 28)), seeds.Length % 2 == 0 ? null : "现场"), total, grade),
        };
    }

    private static IndicatorRecord Record(LevelThreeIndicator indicator, int seed)
    {
        var value = (seed - 300_000) / 100m;
        var score = seed % 1000 / 100m;
        return (seed % 6, indicator.Kind) switch
        {
            (0, IndicatorKind.Quantitative) => IndicatorRecord.Measured(indicator.Code, value, seed % 2 == 0 ? "佐证" : null, seed % 3 == 0 ? score : null),
            (0, _) => IndicatorRecord.Achieved(indicator.Code, (AchievementLevel)(seed % 3), score, null, seed % 3 == 0 ? score : null),
            (1, _) => IndicatorRecord.Judged(indicator.Code, score),
            (2, _) => IndicatorRecord.NotApplicable(indicator.Code, "本年度未实施"),
            (3, _) => IndicatorRecord.NotYetDue(indicator.Code),
            (4, IndicatorKind.Quantitative) => IndicatorRecord.Measured(indicator.Code, 1.10m),
            _ => IndicatorRecord.NoData(indicator.Code),
        };
    }

    private static bool SameTree(IndicatorTree a, IndicatorTree b) =>
        a.Weighting == b.Weighting && a.ToRows().SequenceEqual(b.ToRows()) && a.Groups.Select(g => g.Children.Count).SequenceEqual(b.Groups.Select(g => g.Children.Count));

    private static bool Same(Evaluation a, Evaluation b) =>
        a.Id == b.Id && a.Type == b.Type && a.Subject == b.Subject && a.Performer == b.Performer && a.CoveredYear == b.CoveredYear && a.ConductedIn == b.ConductedIn &&
        SameTree(a.Indicators, b.Indicators) && a.Records.SequenceEqual(b.Records) && Equals(a.BudgetExecution, b.BudgetExecution) && Equals(a.OnSiteVisit, b.OnSiteVisit) &&
        a.RecordedTotal == b.RecordedTotal && a.RecordedGrade == b.RecordedGrade;
}
