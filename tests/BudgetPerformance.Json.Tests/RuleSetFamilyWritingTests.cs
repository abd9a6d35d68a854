using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Writing rule sets: every family is written under the property names of docs/json/rule-set.md with the values it
/// holds, read(write(r)) holds every value of r (compared through <see cref="Describe"/>, a rendering of the domain
/// written for these tests), every preset is written back as the document it was read from, and writing is stable.
/// </summary>
public class RuleSetFamilyWritingTests
{
    private static readonly SourceCitation Ten = new("财预〔2020〕10号", SourceKind.National, "第二十四条");
    private static readonly SourceCitation City = new("某市财政局文件", SourceKind.Local);
    private static readonly SourceCitation Vendor = new("deployed systems", SourceKind.Deployed, "vendor-style");
    private static readonly SourceCitation Seed = new("临朐县 2020", SourceKind.Seed, "a \"quoted\" note");
    private static readonly SourceCitation Form = new("自评表", SourceKind.Form);

    public static TheoryData<string> Presets => ["national-2020", "linqu-county-2021", "sichuan-2025", "korea-sabp", "example-budget20-ratio", "example-uncapped-1dp"];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_IsWrittenBackAsTheDocumentItWasReadFrom(string id)
    {
        var file = File.ReadAllText(Path.Combine(Documents.RepositoryRoot(), "src", "BudgetPerformance.Json", "Presets", id + ".json"));

        var rules = JsonDocuments.RuleSet.Read(file);
        var written = JsonDocuments.RuleSet.Write(rules);

        Assert.Equal(Canonical(JsonNode.Parse(file)), Canonical(JsonNode.Parse(written)));
        Assert.Equal(Describe(rules), Describe(JsonDocuments.RuleSet.Read(written)));
        Assert.Equal(written, JsonDocuments.RuleSet.Write(JsonDocuments.RuleSet.Read(written)));
    }

    [Fact]
    public void FullRuleSet_EveryFamilyIsWrittenUnderItsDocumentedNames()
    {
        var json = JsonNode.Parse(JsonDocuments.RuleSet.Write(Full()))!;

        Assert.Equal("rule-set", (string?)json["kind"]);
        Assert.Equal(1, (int)json["schemaVersion"]!);
        Assert.Equal("full-2025", (string?)json["id"]);
        Assert.Equal(7, (int)json["version"]!);
        Assert.Equal("2025-01-01", (string?)json["effectiveFrom"]);
        Assert.Equal("2025-12-31", (string?)json["effectiveTo"]);
        Assert.Equal("完整规则", (string?)json["title"]!["zh"]);
        Assert.Equal("Full rules", (string?)json["title"]!["en"]);
        Assert.Equal(Obj("""{ "reference": "财预〔2020〕10号", "kind": "national", "note": "第二十四条" }"""), Canonical(json["sources"]![0]));
        Assert.Equal(Obj("""{ "reference": "某市财政局文件", "kind": "local" }"""), Canonical(json["sources"]![1]));
        Assert.Equal(Obj("""{ "grade": "poor", "lower": 0, "upper": 70 }"""), Canonical(json["grading"]!["bands"]![0]));
        Assert.Equal(Obj("""{ "grade": "excellent", "lower": 70, "upper": 100 }"""), Canonical(json["grading"]!["bands"]![1]));
        Assert.Equal(Obj("""{ "decimals": 1, "mode": "half-to-even" }"""), Canonical(json["grading"]!["totalRounding"]));

        var scoring = json["indicatorScoring"]!;
        var strategies = scoring["strategies"]!.AsArray();
        Assert.Equal(Obj("""{ "id": "prop", "kind": "proportional", "source": { "reference": "财预〔2020〕10号", "kind": "national", "note": "第二十四条" }, "rounding": { "decimals": 3, "mode": "down" } }"""), Canonical(strategies[0]));
        Assert.Equal(Obj("""{ "id": "rl", "kind": "reverse-linear", "zeroAtMultiple": 3, "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(strategies[1]));
        Assert.Equal(Obj("""{ "id": "rr", "kind": "reverse-ratio", "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(strategies[2]));
        Assert.Equal(Obj("""{ "id": "eq", "kind": "equality", "overshoot": "inverse-ratio", "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(strategies[3]));
        Assert.Equal(Obj("""
            { "id": "qb", "kind": "qualitative-bands", "achievedFrom": 0.85, "partlyFrom": 0.5, "lowerEdgesInclusive": false,
              "edgeRounding": { "decimals": 1, "mode": "up" }, "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(strategies[4]));
        Assert.Equal(Obj("""
            { "id": "st", "kind": "step-thresholds", "steps": [{ "minimumCompletion": 0.9, "shareOfPoints": 1 }, { "minimumCompletion": 0.7, "shareOfPoints": 0.4 }],
              "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(strategies[5]));
        Assert.Equal(Obj("""
            { "id": "db", "kind": "deviation-bands", "bands": [{ "maximumDeviation": 0.05, "shareOfPoints": 1 }, { "maximumDeviation": 0.25, "shareOfPoints": 0.3 }],
              "upperEdgesInclusive": false, "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(strategies[6]));
        Assert.Equal(Obj("""
            { "id": "pd", "kind": "per-step-deduction", "side": "above", "threshold": 12.5, "stepSize": 2, "pointsPerStep": 0.25, "counting": "proportional",
              "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(strategies[7]));
        Assert.Equal(Obj("""{ "id": "pd-target", "kind": "per-step-deduction", "side": "below", "stepSize": 1, "pointsPerStep": 1, "counting": "whole-steps-only", "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(strategies[8]));
        Assert.Equal(Obj("""{ "id": "judge", "kind": "judgement", "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(strategies[9]));
        Assert.Equal(Obj("""{ ">=": "st", ">": "prop", "=": "eq", "<=": "rr", "<": "rl", "qualitative": "qb" }"""), Canonical(scoring["defaults"]));
        Assert.False((bool)scoring["capAtPoints"]!);
        Assert.Equal(Obj("""{ "flagAbove": 0.5, "deductShare": 0.2, "source": { "reference": "自评表", "kind": "form" } }"""), Canonical(scoring["overCompletion"]));
        Assert.False((bool)scoring["strictEqualityEarnsFull"]!);
        Assert.Equal("clamp-to-zero", (string?)scoring["negativeActuals"]);
        Assert.Equal(Obj("""{ "decimals": 4, "mode": "up" }"""), Canonical(scoring["indicatorRounding"]));

        Assert.Equal(Obj("""
            { "points": 20, "ratePercentRounding": { "decimals": 0, "mode": "half-away-from-zero" }, "zeroBudget": "not-applicable",
              "appliesTo": ["self-evaluation", "finance-evaluation"], "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(json["budgetExecution"]));
        Assert.Equal(Obj("""
            { "notApplicable": "score-zero", "missingData": "score-zero", "totalMode": "rounded-sum", "requiredTotalPoints": 120,
              "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(json["aggregation"]));
        Assert.Equal(Obj("""{ "minimumOutputBenefitShare": 0.65, "appliesTo": ["whole-department-evaluation"], "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(json["weightCheck"]));
        Assert.Equal(Obj("""{ "selfWeight": 0.3, "reCheckWeight": 0.7, "source": { "reference": "deployed systems", "kind": "deployed", "note": "vendor-style" } }"""), Canonical(json["reCheck"]));
        Assert.Equal(Obj("""{ "supportFrom": 85, "adjustFrom": 65, "source": { "reference": "deployed systems", "kind": "deployed", "note": "vendor-style" } }"""), Canonical(json["exAnte"]));

        var result = json["resultApplication"]!;
        Assert.Equal(Obj("""
            { "id": "cut", "grades": ["fair", "poor"], "kinds": ["recurring", "multi-year"], "consecutiveYears": 1, "action": "cut", "cutRate": 0.1, "maximumCutRate": 0.3,
              "blocksSimilarProject": false, "source": { "reference": "临朐县 2020", "kind": "seed", "note": "a \"quoted\" note" } }
            """), Canonical(result["rules"]![0]));
        Assert.Equal(Obj("""
            { "id": "stop-one-off", "grades": ["poor"], "kinds": ["one-off"], "consecutiveYears": 2, "action": "cancel", "blocksSimilarProject": true,
              "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(result["rules"]![1]));
        Assert.Equal(Obj("""{ "decimals": 0, "mode": "down" }"""), Canonical(result["moneyRounding"]));
        Assert.Equal(0.05m, (decimal)result["rewardShare"]!);

        Assert.Equal(Obj("""{ "consequence": "further-cut", "furtherCutRate": 0.15, "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(json["rectification"]));
        Assert.Equal(Obj("""
            { "topGrades": ["excellent"], "maximumTopShare": 0.2, "bottomGrades": ["fair", "poor"], "minimumBottomShare": 0.1, "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(json["distribution"]));
        Assert.Equal(Obj("""
            { "checks": [{ "check": "target-required", "source": { "reference": "财预〔2020〕10号", "kind": "national", "note": "第二十四条" } },
                         { "check": "target-review-passed", "source": { "reference": "某市财政局文件", "kind": "local" } }],
              "smallAmountExemption": { "below": 500000, "exempted": ["target-review-passed"], "source": { "reference": "某市财政局文件", "kind": "local" } } }
            """), Canonical(json["admission"]));

        var review = json["targetReview"]!;
        Assert.Equal(Obj("""{ "anyOf": ["economic", "social"], "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(review["requiredClasses"]![0]));
        Assert.Equal(0.85m, (decimal)review["satisfactionMinimum"]!);
        Assert.True((bool)review["weightsRequired"]!);
        Assert.Equal(90m, (decimal)review["requiredTotalPoints"]!);
        Assert.Equal(Obj("""{ "indicatorName": "亩均建设成本", "unit": "元/亩", "maximum": 3000, "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(review["expenditureStandards"]![0]));
        Assert.Equal(Obj("""
            { "errorDeduction": 20, "warningDeduction": 5, "adviceDeduction": 1,
              "bands": [{ "grade": "poor", "lower": 0, "upper": 70 }, { "grade": "excellent", "lower": 70, "upper": 100 }],
              "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(review["grading"]));
        Assert.Equal(Obj("""{ "reference": "某市财政局文件", "kind": "local" }"""), Canonical(review["source"]));

        var monitoring = json["monitoring"]!;
        Assert.Equal("days", (string?)monitoring["timeProgress"]);
        Assert.Equal(Obj("""{ "decimals": 1, "mode": "half-to-even" }"""), Canonical(monitoring["progressRounding"]));
        Assert.Equal(Obj("""{ "yellowFrom": 50, "greenFrom": 75, "source": { "reference": "deployed systems", "kind": "deployed", "note": "vendor-style" } }"""), Canonical(monitoring["executionBands"]));
        Assert.Equal(Obj("""{ "yellowFrom": 60, "greenFrom": 80, "blueFrom": 130, "source": { "reference": "deployed systems", "kind": "deployed", "note": "vendor-style" } }"""), Canonical(monitoring["indicatorBands"]));
        Assert.Equal(Obj("""
            { "checkpoints": [{ "month": 6, "minimumExecution": 0.4 }, { "month": 9, "minimumExecution": 0.7 }], "source": { "reference": "某市财政局文件", "kind": "local" } }
            """), Canonical(monitoring["checkpoints"]));
        Assert.Equal(Obj("""{ "maximumPoints": 15, "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(monitoring["gap"]));
        Assert.Equal(Obj("""{ "workingDays": 5, "automaticSuspension": true, "source": { "reference": "某市财政局文件", "kind": "local" } }"""), Canonical(monitoring["response"]));
        Assert.Equal(Obj("""
            { "on-track": "continue", "deviation": "reallocate", "serious-deviation": "stop", "some-indicators-impossible": "correct", "all-indicators-impossible": "pause-disbursement" }
            """), Canonical(monitoring["actions"]));
        Assert.Equal(Obj("""{ "reference": "财预〔2020〕10号", "kind": "national", "note": "第二十四条" }"""), Canonical(monitoring["actionsSource"]));
        Assert.Equal(Obj("""{ "maximumClaimExcess": 0.1, "maximumUnspentShare": 0.3, "source": { "reference": "deployed systems", "kind": "deployed", "note": "vendor-style" } }"""), Canonical(monitoring["crossCheck"]));
        Assert.Equal(Obj("""{ "reference": "某市财政局文件", "kind": "local" }"""), Canonical(monitoring["source"]));
    }

    [Fact]
    public void FullRuleSet_ReadOfWrite_HoldsEveryValue()
    {
        var full = Full();
        var written = JsonDocuments.RuleSet.Write(full);

        var back = JsonDocuments.RuleSet.Read(written);

        Assert.Equal(Describe(full), Describe(back));
        Assert.Equal(written, JsonDocuments.RuleSet.Write(back));
    }

    [Fact]
    public void EnvelopeOnly_WritesNoFamily()
    {
        var r = new RuleSet("bare", 1, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 1)), new LocalizedName("甲", "A"), [Ten],
            new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Ten));

        var json = JsonNode.Parse(JsonDocuments.RuleSet.Write(r))!.AsObject();

        Assert.Equal(
            new[] { "kind", "schemaVersion", "id", "version", "effectiveFrom", "effectiveTo", "title", "sources", "grading" }.Order(StringComparer.Ordinal),
            json.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(Describe(r), Describe(JsonDocuments.RuleSet.Read(JsonDocuments.RuleSet.Write(r))));
    }

    // The invariant: every generated rule set, with every family, reads back to the same values and rewrites to the same bytes.
    [Property(MaxTest = 80)]
    public Property GeneratedRuleSet_ReadOfWrite_HoldsEveryValueAndRewritesByteIdentically() =>
        Prop.ForAll(RuleSetGen.ToArbitrary(), r =>
        {
            var bytes = JsonDocuments.RuleSet.WriteToUtf8Bytes(r);
            var back = JsonDocuments.RuleSet.Read(bytes);
            return Describe(r) == Describe(back) && bytes.AsSpan().SequenceEqual(JsonDocuments.RuleSet.WriteToUtf8Bytes(back));
        });

    // Generators -------------------------------------------------------------------------------------------------

    private static Gen<SourceCitation> SourceGen => Gen.Elements(Ten, City, Vendor, Seed, Form);

    private static Gen<Rounding> RoundingGen =>
        from decimals in Gen.Choose(0, Rounding.MaxDecimals)
        from mode in Gen.Elements(Enum.GetValues<RoundingMode>())
        select new Rounding(decimals, mode);

    private static Gen<Rounding?> OptionalRoundingGen => Gen.OneOf(Gen.Constant<Rounding?>(null), RoundingGen.Select(r => (Rounding?)r));

    private static Gen<decimal> Share => Gen.Choose(0, 100).Select(i => i / 100m);

    private static Gen<decimal?> OptionalShare => Gen.OneOf(Gen.Constant<decimal?>(null), Share.Select(s => (decimal?)s));

    private static Gen<T[]> SubsetOf<T>(T[] all) => Gen.Choose(0, (1 << all.Length) - 1).Select(mask => all.Where((_, i) => (mask & (1 << i)) != 0).ToArray());

    private static Gen<IndicatorScoringRules> ScoringGen =>
        from s1 in SourceGen
        from s2 in SourceGen
        from r1 in OptionalRoundingGen
        from r2 in OptionalRoundingGen
        from multiple in Gen.Choose(101, 500).Select(i => i / 100m)
        from overshoot in Gen.Elements(Enum.GetValues<EqualityOvershoot>())
        from partly in Gen.Choose(1, 79).Select(i => i / 100m)
        from achieved in Gen.Choose(80, 100).Select(i => i / 100m)
        from lowerInclusive in Gen.Elements(true, false)
        from edge in RoundingGen
        from stepCount in Gen.Choose(1, 4)
        from bandCount in Gen.Choose(1, 4)
        from upperInclusive in Gen.Elements(true, false)
        from side in Gen.Elements(Enum.GetValues<DeductionSide>())
        from threshold in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(-1000, 1000).Select(i => (decimal?)(i / 10m)))
        from stepSize in Gen.Choose(1, 1000).Select(i => i / 100m)
        from pointsPerStep in Gen.Choose(1, 500).Select(i => i / 100m)
        from counting in Gen.Elements(Enum.GetValues<StepCounting>())
        from positive in Gen.Elements("prop", "st", "db", "pd", "judge")
        from reverse in Gen.Elements("rl", "rr", "db", "pd", "judge")
        from equal in Gen.Elements("eq", "db", "pd", "judge")
        from qualitative in Gen.Elements("qb", "judge")
        from cap in Gen.Elements(true, false)
        from over in Gen.OneOf(Gen.Constant<OverCompletionRule?>(null), from f in Share from d in Share from s in SourceGen select (OverCompletionRule?)new OverCompletionRule(f * 2m, d, s))
        from strict in Gen.Elements(true, false)
        from negative in Gen.Elements(Enum.GetValues<NegativeActualPolicy>())
        from rounding in RoundingGen
        select new IndicatorScoringRules(
            [
                new ProportionalStrategy("prop", s1, r1),
                new ReverseLinearStrategy("rl", s2, multiple, r2),
                new ReverseRatioStrategy("rr", s1),
                new EqualityStrategy("eq", s2, overshoot, r1),
                new QualitativeBandsStrategy("qb", s1, achieved, partly, lowerInclusive, edge, r2),
                new StepThresholdsStrategy("st", s2, Enumerable.Range(0, stepCount).Select(i => new ThresholdStep(1m - (i / 10m), 1m - (i / 5m)))),
                new DeviationBandsStrategy("db", s1, Enumerable.Range(0, bandCount).Select(i => new DeviationBand(0.05m * (i + 1), 1m - (i / 4m))), upperInclusive, r1),
                new PerStepDeductionStrategy("pd", s2, side, threshold, stepSize, pointsPerStep, counting, r2),
                new JudgementStrategy("judge", s1, r1),
            ],
            new Dictionary<Direction, string>
            {
                [Direction.AtLeast] = positive,
                [Direction.GreaterThan] = positive == "st" ? "prop" : positive,
                [Direction.EqualTo] = equal,
                [Direction.AtMost] = reverse,
                [Direction.LessThan] = reverse == "rl" ? "rr" : reverse,
                [Direction.Qualitative] = qualitative,
            },
            cap, over, strict, negative, rounding);

    private static Gen<ResultApplicationRules> ResultGen =>
        from cutRate in Gen.Choose(1, 50).Select(i => i / 100m)
        from maximum in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(50, 100).Select(i => (decimal?)(i / 100m)))
        from kinds in SubsetOf(Enum.GetValues<ProjectKind>())
        from years in Gen.Choose(2, 4)
        from blocks in Gen.Elements(true, false)
        from action in Gen.Elements(Enum.GetValues<BudgetAction>().Where(a => a != BudgetAction.Cut).ToArray())
        from s in SourceGen
        from money in RoundingGen
        from reward in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(1, 100).Select(i => (decimal?)(i / 100m)))
        select new ResultApplicationRules(
            [
                new ResultRule("history", [Grade.Poor], kinds, years, action, null, null, blocks, s),
                new ResultRule("cut", [Grade.Fair, Grade.Poor], [], 1, BudgetAction.Cut, cutRate, maximum, !blocks, s),
                new ResultRule("keep", [Grade.Good, Grade.Excellent], [], 1, BudgetAction.Keep, null, null, false, Ten),
            ],
            money, reward);

    private static Gen<MonitoringRules> MonitoringGen =>
        from basis in Gen.Elements(Enum.GetValues<TimeProgressBasis>())
        from rounding in RoundingGen
        from yellow in Gen.Choose(0, 60)
        from green in Gen.Choose(60, 100)
        from blue in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(101, 200).Select(i => (decimal?)i))
        from withExecution in Gen.Elements(true, false)
        from withIndicator in Gen.Elements(true, false)
        from months in SubsetOf(Enumerable.Range(1, 12).ToArray())
        from gap in Gen.OneOf(Gen.Constant<GapRule?>(null), Gen.Choose(0, 30).Select(i => (GapRule?)new GapRule(i, City)))
        from response in Gen.OneOf(Gen.Constant<ResponseRule?>(null), from d in Gen.Choose(1, 30) from a in Gen.Elements(true, false) select (ResponseRule?)new ResponseRule(d, a, City))
        from actions in Gen.Elements(Enum.GetValues<MonitoringAction>()).ArrayOf(5)
        from cross in Gen.OneOf(Gen.Constant<SelfEvaluationCrossCheckRules?>(null), from e in Share from u in Share select (SelfEvaluationCrossCheckRules?)new SelfEvaluationCrossCheckRules(e, u, Vendor))
        from s1 in SourceGen
        from s2 in SourceGen
        select new MonitoringRules(
            basis, rounding,
            withExecution ? new ColourBands(yellow, green, null, Vendor) : null,
            withIndicator ? new ColourBands(yellow, green, blue, Vendor) : null,
            months.Length == 0 ? null : new CheckpointRules(months.Select(m => new ExecutionCheckpoint(m, m / 12m)), City),
            gap, response,
            Enum.GetValues<MonitoringSituation>().ToDictionary(x => x, x => actions[(int)x]),
            s1, cross, s2);

    private static Gen<TargetReviewRules> ReviewGen =>
        from classes in SubsetOf([IndicatorClass.Quantity, IndicatorClass.Quality, IndicatorClass.Economic, IndicatorClass.Social, IndicatorClass.BeneficiarySatisfaction])
        from satisfaction in Share
        from weights in Gen.Elements(true, false)
        from total in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 100).Select(i => (decimal?)i))
        from standards in Gen.Choose(0, 2)
        from grading in Gen.Elements(true, false)
        from scale in BudgetPerformance.Tests.Generators.Scale
        from deductions in Gen.Choose(0, 100).ArrayOf(3)
        from s in SourceGen
        select new TargetReviewRules(
            classes.Select(c => new ClassRequirement([c], s)),
            satisfaction, weights, total,
            Enumerable.Range(0, standards).Select(i => new ExpenditureStandard("成本指标" + i, "元/亩", 1000m * i, City)),
            grading ? new ReviewGradingRules(deductions[0], deductions[1], deductions[2], scale, s) : null,
            Ten);

    private static Gen<RuleSet> RuleSetGen =>
        from scale in BudgetPerformance.Tests.Generators.Scale
        from total in RoundingGen
        from version in Gen.Choose(1, 99)
        from start in Gen.Choose(0, 20000)
        from length in Gen.Choose(0, 5000)
        from scoring in Gen.OneOf(Gen.Constant<IndicatorScoringRules?>(null), ScoringGen.Select(x => (IndicatorScoringRules?)x))
        from points in Gen.Choose(0, 30)
        from rate in OptionalRoundingGen
        from zero in Gen.Elements(Enum.GetValues<ZeroBudgetPolicy>())
        from types in SubsetOf(Enum.GetValues<EvaluationType>())
        from na in Gen.Elements(Enum.GetValues<NotApplicablePolicy>())
        from missing in Gen.Elements(Enum.GetValues<MissingDataPolicy>())
        from mode in Gen.Elements(Enum.GetValues<TotalMode>())
        from required in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 200).Select(i => (decimal?)i))
        from share in Share
        from self in Share
        from support in Gen.Choose(50, 100)
        from adjust in Gen.Choose(0, 49)
        from result in ResultGen
        from consequence in Gen.Elements(Enum.GetValues<RectificationConsequence>())
        from furtherCut in Gen.Choose(1, 100).Select(i => i / 100m)
        from top in OptionalShare
        from bottom in OptionalShare
        from checks in SubsetOf(Enum.GetValues<AdmissionCheck>())
        from exemption in Gen.Elements(true, false)
        from below in Gen.Choose(1, 1_000_000).Select(i => i / 100m)
        from review in ReviewGen
        from monitoring in MonitoringGen
        from families in Gen.Choose(0, (1 << 11) - 1)
        from s in SourceGen
        select new RuleSet("generated-" + version.ToString(CultureInfo.InvariantCulture), version,
            new DateInterval(new LocalDate(1990, 1, 1).PlusDays(start), new LocalDate(1990, 1, 1).PlusDays(start + length)),
            new LocalizedName("生成规则", "Generated rules"), [Ten, s],
            new GradingRules(scale, total, s))
                .WithIndicatorScoring(scoring)
                .WithBudgetExecution(On(families, 0) ? new BudgetExecutionRules(points, rate, zero, types, s) : null)
                .WithAggregation(On(families, 1) ? new AggregationRules(na, missing, mode, required, s) : null)
                .WithWeightCheck(On(families, 2) ? new WeightCheckRules(share, types, s) : null)
                .WithReCheck(On(families, 3) ? new ReCheckRules(self, 1m - self, s) : null)
                .WithExAnte(On(families, 4) ? new ExAnteRules(support, adjust, s) : null)
                .WithResultApplication(On(families, 5) ? result : null)
                .WithRectification(On(families, 6) ? new RectificationRules(consequence, consequence == RectificationConsequence.FurtherCut ? furtherCut : null, s) : null)
                .WithDistribution(On(families, 7) ? new DistributionRules([Grade.Excellent], top, [Grade.Fair, Grade.Poor], bottom, s) : null)
                .WithAdmission(On(families, 8) ? new AdmissionRules(checks.Select(c => new AdmissionCheckRule(c, s)), exemption && checks.Length > 0 ? new SmallAmountExemption(Money.FromYuan(below), checks, City) : null) : null)
                .WithTargetReview(On(families, 9) ? review : null)
                .WithMonitoring(On(families, 10) ? monitoring : null);

    private static bool On(int mask, int bit) => (mask & (1 << bit)) != 0;

    // A fixed rule set with every family and no national default left in place.
    private static RuleSet Full()
    {
        var scale = new GradeScale([new GradeBand(Grade.Poor, 0m, 70m), new GradeBand(Grade.Excellent, 70m, 100m)]);
        var scoring = new IndicatorScoringRules(
            [
                new ProportionalStrategy("prop", Ten, new Rounding(3, RoundingMode.Down)),
                new ReverseLinearStrategy("rl", City, 3m),
                new ReverseRatioStrategy("rr", City),
                new EqualityStrategy("eq", City, EqualityOvershoot.InverseRatio),
                new QualitativeBandsStrategy("qb", City, 0.85m, 0.5m, false, new Rounding(1, RoundingMode.Up)),
                new StepThresholdsStrategy("st", City, [new ThresholdStep(0.7m, 0.4m), new ThresholdStep(0.9m, 1m)]),
                new DeviationBandsStrategy("db", City, [new DeviationBand(0.25m, 0.3m), new DeviationBand(0.05m, 1m)], false),
                new PerStepDeductionStrategy("pd", City, DeductionSide.Above, 12.5m, 2m, 0.25m, StepCounting.Proportional),
                new PerStepDeductionStrategy("pd-target", City, DeductionSide.Below, null, 1m, 1m, StepCounting.WholeStepsOnly),
                new JudgementStrategy("judge", City),
            ],
            new Dictionary<Direction, string>
            {
                [Direction.AtLeast] = "st", [Direction.GreaterThan] = "prop", [Direction.EqualTo] = "eq",
                [Direction.AtMost] = "rr", [Direction.LessThan] = "rl", [Direction.Qualitative] = "qb",
            },
            false, new OverCompletionRule(0.5m, 0.2m, Form), false, NegativeActualPolicy.ClampToZero, new Rounding(4, RoundingMode.Up));
        var result = new ResultApplicationRules(
            [
                new ResultRule("cut", [Grade.Fair, Grade.Poor], [ProjectKind.Recurring, ProjectKind.MultiYear], 1, BudgetAction.Cut, 0.1m, 0.3m, false, Seed),
                new ResultRule("stop-one-off", [Grade.Poor], [ProjectKind.OneOff], 2, BudgetAction.Cancel, null, null, true, City),
                new ResultRule("keep", [Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor], [], 1, BudgetAction.Keep, null, null, false, City),
            ],
            new Rounding(0, RoundingMode.Down), 0.05m);
        var monitoring = new MonitoringRules(
            TimeProgressBasis.Days, new Rounding(1, RoundingMode.HalfToEven),
            new ColourBands(50m, 75m, null, Vendor), new ColourBands(60m, 80m, 130m, Vendor),
            new CheckpointRules([new ExecutionCheckpoint(9, 0.7m), new ExecutionCheckpoint(6, 0.4m)], City),
            new GapRule(15m, City), new ResponseRule(5, true, City),
            new Dictionary<MonitoringSituation, MonitoringAction>
            {
                [MonitoringSituation.OnTrack] = MonitoringAction.Continue,
                [MonitoringSituation.Deviation] = MonitoringAction.Reallocate,
                [MonitoringSituation.SeriousDeviation] = MonitoringAction.Stop,
                [MonitoringSituation.SomeIndicatorsImpossible] = MonitoringAction.Correct,
                [MonitoringSituation.AllIndicatorsImpossible] = MonitoringAction.PauseDisbursement,
            },
            Ten, new SelfEvaluationCrossCheckRules(0.1m, 0.3m, Vendor), City);

        return new RuleSet("full-2025", 7, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), new LocalizedName("完整规则", "Full rules"), [Ten, City],
            new GradingRules(scale, new Rounding(1, RoundingMode.HalfToEven), Ten))
                .WithIndicatorScoring(scoring)
                .WithBudgetExecution(new BudgetExecutionRules(20m, new Rounding(0, RoundingMode.HalfAwayFromZero), ZeroBudgetPolicy.NotApplicable, [EvaluationType.SelfEvaluation, EvaluationType.FinanceEvaluation], City))
                .WithAggregation(new AggregationRules(NotApplicablePolicy.ScoreZero, MissingDataPolicy.ScoreZero, TotalMode.RoundedSum, 120m, City))
                .WithWeightCheck(new WeightCheckRules(0.65m, [EvaluationType.WholeDepartmentEvaluation], City))
                .WithReCheck(new ReCheckRules(0.3m, 0.7m, Vendor))
                .WithExAnte(new ExAnteRules(85m, 65m, Vendor))
                .WithResultApplication(result)
                .WithRectification(new RectificationRules(RectificationConsequence.FurtherCut, 0.15m, City))
                .WithDistribution(new DistributionRules([Grade.Excellent], 0.2m, [Grade.Poor, Grade.Fair], 0.1m, City))
                .WithAdmission(new AdmissionRules(
                [new AdmissionCheckRule(AdmissionCheck.TargetReviewPassed, City), new AdmissionCheckRule(AdmissionCheck.TargetRequired, Ten)],
                new SmallAmountExemption(Money.FromYuan(500_000m), [AdmissionCheck.TargetReviewPassed], City))).WithTargetReview(new TargetReviewRules(
                [new ClassRequirement([IndicatorClass.Economic, IndicatorClass.Social], City)], 0.85m, true, 90m,
                [new ExpenditureStandard("亩均建设成本", "元/亩", 3000m, City)],
                new ReviewGradingRules(20m, 5m, 1m, scale, City), City)).WithMonitoring(monitoring);
    }

    // A rendering of every value of a rule set, written for these tests (independent of the JSON mapping) -----------

    internal static string Describe(RuleSet r)
    {
        var b = new StringBuilder();
        void Line(string name, object? value) => b.Append(name).Append('=').Append(Text(value)).Append('\n');

        Line("id", r.Id);
        Line("version", r.Version);
        Line("effective", r.Effective.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + r.Effective.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("title", r.Title.Chinese + "|" + r.Title.English);
        Line("sources", string.Join(";", r.Sources.Select(Cite)));
        Line("grading", string.Join(";", r.Grading.Scale.Bands.Select(Band)) + " " + Round(r.Grading.TotalRounding) + " " + Cite(r.Grading.Source));
        if (r.IndicatorScoring is { } s)
        {
            foreach (var strategy in s.Strategies)
            {
                Line("strategy", Strategy(strategy));
            }

            Line("defaults", string.Join(";", Enum.GetValues<Direction>().Select(d => DirectionSymbols.Of(d) + ":" + s.Defaults[d] + ":" + s.DefaultFor(d).Id)));
            Line("scoring", $"{s.CapAtPoints} {s.StrictEqualityEarnsFull} {s.NegativeActuals} {Round(s.IndicatorRounding)} {s.Strategies.Count}");
            Line("overCompletion", s.OverCompletion is { } o ? $"{Text(o.FlagAbove)} {Text(o.DeductShare)} {Cite(o.Source)}" : null);
        }

        if (r.BudgetExecution is { } be)
        {
            Line("budget", $"{Text(be.Points)} {Round(be.RatePercentRounding)} {be.ZeroBudget} {string.Join(",", be.AppliesTo)} {Cite(be.Source)}");
        }

        if (r.Aggregation is { } a)
        {
            Line("aggregation", $"{a.NotApplicable} {a.MissingData} {a.TotalMode} {Text(a.RequiredTotalPoints)} {Cite(a.Source)}");
        }

        if (r.WeightCheck is { } w)
        {
            Line("weight", $"{Text(w.MinimumOutputBenefitShare)} {string.Join(",", w.AppliesTo)} {Cite(w.Source)}");
        }

        if (r.ReCheck is { } rc)
        {
            Line("reCheck", $"{Text(rc.SelfWeight)} {Text(rc.ReCheckWeight)} {Cite(rc.Source)}");
        }

        if (r.ExAnte is { } x)
        {
            Line("exAnte", $"{Text(x.SupportFrom)} {Text(x.AdjustFrom)} {Cite(x.Source)}");
        }

        if (r.ResultApplication is { } ra)
        {
            foreach (var rule in ra.Rules)
            {
                Line("rule", $"{rule.Id} {string.Join(",", rule.Grades)} {string.Join(",", rule.Kinds)} {rule.ConsecutiveYears} {rule.Action} {Text(rule.CutRate)} {Text(rule.MaximumCutRate)} {rule.BlocksSimilarProject} {Cite(rule.Source)}");
            }

            Line("result", $"{Round(ra.MoneyRounding)} {Text(ra.RewardShare)}");
        }

        if (r.Rectification is { } re)
        {
            Line("rectification", $"{re.Consequence} {Text(re.FurtherCutRate)} {Cite(re.Source)}");
        }

        if (r.Distribution is { } di)
        {
            Line("distribution", $"{string.Join(",", di.TopGrades)} {Text(di.MaximumTopShare)} {string.Join(",", di.BottomGrades)} {Text(di.MinimumBottomShare)} {Cite(di.Source)}");
        }

        if (r.Admission is { } ad)
        {
            Line("admission", string.Join(";", ad.Checks.Select(c => c.Check + " " + Cite(c.Source))));
            Line("exemption", ad.SmallAmountExemption is { } e ? $"{Text(e.Below.Yuan)} {string.Join(",", e.Exempted)} {Cite(e.Source)}" : null);
        }

        if (r.TargetReview is { } t)
        {
            Line("required", string.Join(";", t.RequiredClasses.Select(c => string.Join(",", c.AnyOf.Select(k => k.Level + ":" + k.Code)) + " " + Cite(c.Source))));
            Line("review", $"{Text(t.SatisfactionMinimum)} {t.WeightsRequired} {Text(t.RequiredTotalPoints)} {Cite(t.Source)}");
            Line("standards", string.Join(";", t.ExpenditureStandards.Select(e => $"{e.IndicatorName} {e.Unit} {Text(e.Maximum)} {Cite(e.Source)}")));
            Line("reviewGrading", t.Grading is { } g ? $"{Text(g.ErrorDeduction)} {Text(g.WarningDeduction)} {Text(g.AdviceDeduction)} {string.Join(";", g.Scale.Bands.Select(Band))} {Cite(g.Source)}" : null);
        }

        if (r.Monitoring is { } m)
        {
            Line("monitoring", $"{m.TimeProgress} {Round(m.ProgressRounding)} {Cite(m.ActionsSource)} {Cite(m.Source)}");
            Line("executionBands", Colours(m.ExecutionBands));
            Line("indicatorBands", Colours(m.IndicatorBands));
            Line("checkpoints", m.Checkpoints is { } c ? string.Join(";", c.Checkpoints.Select(p => p.Month + ":" + Text(p.MinimumExecution))) + " " + Cite(c.Source) : null);
            Line("gap", m.Gap is { } g ? Text(g.MaximumPoints) + " " + Cite(g.Source) : null);
            Line("response", m.Response is { } rr ? $"{rr.WorkingDays} {rr.AutomaticSuspension} {Cite(rr.Source)}" : null);
            Line("actions", string.Join(";", Enum.GetValues<MonitoringSituation>().Select(sit => sit + ":" + m.Actions[sit])));
            Line("crossCheck", m.CrossCheck is { } cc ? $"{Text(cc.MaximumClaimExcess)} {Text(cc.MaximumUnspentShare)} {Cite(cc.Source)}" : null);
        }

        return b.ToString();
    }

    private static string Strategy(ScoringStrategy s)
    {
        var head = $"{s.Id} {s.Kind} {Round(s.Rounding)} {Cite(s.Source)}";
        return s switch
        {
            ReverseLinearStrategy r => head + " " + Text(r.ZeroAtMultiple),
            EqualityStrategy e => head + " " + e.Overshoot,
            QualitativeBandsStrategy q => $"{head} {Text(q.AchievedFrom)} {Text(q.PartlyFrom)} {q.LowerEdgesInclusive} {Round(q.EdgeRounding)}",
            StepThresholdsStrategy t => head + " " + string.Join(";", t.Steps.Select(x => Text(x.MinimumCompletion) + ":" + Text(x.ShareOfPoints))),
            DeviationBandsStrategy d => head + " " + string.Join(";", d.Bands.Select(x => Text(x.MaximumDeviation) + ":" + Text(x.ShareOfPoints))) + " " + d.UpperEdgesInclusive,
            PerStepDeductionStrategy p => $"{head} {p.Side} {Text(p.Threshold)} {Text(p.StepSize)} {Text(p.PointsPerStep)} {p.Counting}",
            _ => head,
        };
    }

    private static string Colours(ColourBands? c) => c is null ? "none" : $"{Text(c.YellowFrom)} {Text(c.GreenFrom)} {Text(c.BlueFrom)} {Cite(c.Source)}";

    private static string Band(GradeBand b) => $"{b.Grade}:{Text(b.Lower)}:{Text(b.Upper)}";

    private static string Round(Rounding? r) => r is { } v ? v.Decimals + ":" + v.Mode : "none";

    private static string Cite(SourceCitation s) => s.Reference + "|" + s.Kind + "|" + (s.Note ?? "-");

    private static string Text(object? value) => value switch
    {
        null => "null",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    // JSON rendered with sorted keys, without null values and with numbers compared as decimals (0.60 is 0.6).
    internal static string Canonical(JsonNode? node)
    {
        var b = new StringBuilder();
        void Write(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    b.Append('{');
                    foreach (var (key, value) in o.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        b.Append('"').Append(key).Append("\":");
                        Write(value);
                        b.Append(',');
                    }

                    b.Append('}');
                    break;
                case JsonArray a:
                    b.Append('[');
                    foreach (var item in a)
                    {
                        Write(item);
                        b.Append(',');
                    }

                    b.Append(']');
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                    var d = decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                    b.Append((d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    b.Append(n!.ToJsonString());
                    break;
            }
        }

        Write(node);
        return b.ToString();
    }

    private static string Obj(string json) => Canonical(JsonNode.Parse(json));
}
