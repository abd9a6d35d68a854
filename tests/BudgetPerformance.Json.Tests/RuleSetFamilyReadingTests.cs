using System;
using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using static BudgetPerformance.Json.Tests.RuleSetEnvelopeMappingTests;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Reading the rule families of rule-set documents (docs/json/rule-set.md): every value lands in its domain slot, and
/// every bad value is an entry with its code and its path. A value the domain rejects (an invariant of the family) is
/// reported as <c>invalid-value</c> at the family or the item that holds it, with the domain's explanation.
/// </summary>
public class RuleSetFamilyReadingTests
{
    private const string Src = """{ "reference": "某市财政局文件", "kind": "local" }""";

    // Indicator scoring ------------------------------------------------------------------------------------------

    [Fact]
    public void IndicatorScoring_National_EveryStrategyWithItsParameters()
    {
        var s = Read(Preset()).IndicatorScoring!;

        Assert.Equal(
            ["proportional", "reverse-linear", "reverse-ratio", "equality", "qualitative-bands", "judgement", "steps", "deviation", "deduct-below", "deduct-above"],
            s.Strategies.Select(x => x.Id));
        Assert.All(s.Strategies, x => Assert.Null(x.Rounding));
        Assert.IsType<ProportionalStrategy>(s.Strategies[0]);
        Assert.Equal(2m, Assert.IsType<ReverseLinearStrategy>(s.Strategies[1]).ZeroAtMultiple);
        Assert.IsType<ReverseRatioStrategy>(s.Strategies[2]);
        Assert.Equal(EqualityOvershoot.Proportional, Assert.IsType<EqualityStrategy>(s.Strategies[3]).Overshoot);
        var q = Assert.IsType<QualitativeBandsStrategy>(s.Strategies[4]);
        Assert.Equal((0.8m, 0.6m, true, Rounding.TwoDecimalsHalfAwayFromZero), (q.AchievedFrom, q.PartlyFrom, q.LowerEdgesInclusive, q.EdgeRounding));
        Assert.IsType<JudgementStrategy>(s.Strategies[5]);
        Assert.Equal([new ThresholdStep(0.95m, 1m), new ThresholdStep(0.9m, 0.8m), new ThresholdStep(0.8m, 0.5m)], Assert.IsType<StepThresholdsStrategy>(s.Strategies[6]).Steps);
        var d = Assert.IsType<DeviationBandsStrategy>(s.Strategies[7]);
        Assert.Equal([new DeviationBand(0.1m, 1m), new DeviationBand(0.15m, 0.6m), new DeviationBand(0.2m, 0.2m)], d.Bands);
        Assert.True(d.UpperEdgesInclusive);
        var below = Assert.IsType<PerStepDeductionStrategy>(s.Strategies[8]);
        Assert.Equal((DeductionSide.Below, (decimal?)90m, 5m, 1m, StepCounting.EveryStartedStep), (below.Side, below.Threshold, below.StepSize, below.PointsPerStep, below.Counting));
        var above = Assert.IsType<PerStepDeductionStrategy>(s.Strategies[9]);
        Assert.Equal((DeductionSide.Above, (decimal?)null, 1m, 0.5m, StepCounting.WholeStepsOnly), (above.Side, above.Threshold, above.StepSize, above.PointsPerStep, above.Counting));
        Assert.Equal(new SourceCitation("deployed vendor systems", SourceKind.Deployed, "a default of deployed systems, not law"), s.Strategies[1].Source);

        Assert.Equal("proportional", s.Defaults[Direction.AtLeast]);
        Assert.Equal("proportional", s.Defaults[Direction.GreaterThan]);
        Assert.Equal("equality", s.Defaults[Direction.EqualTo]);
        Assert.Equal("reverse-linear", s.Defaults[Direction.AtMost]);
        Assert.Equal("reverse-linear", s.Defaults[Direction.LessThan]);
        Assert.Equal("qualitative-bands", s.Defaults[Direction.Qualitative]);
        Assert.True(s.CapAtPoints);
        Assert.Null(s.OverCompletion);
        Assert.True(s.StrictEqualityEarnsFull);
        Assert.Equal(NegativeActualPolicy.Reject, s.NegativeActuals);
        Assert.Equal(Rounding.TwoDecimalsHalfAwayFromZero, s.IndicatorRounding);
    }

    [Fact]
    public void Equality_SymmetricDeviationOvershoot_IsReadAndWrittenBack()
    {
        // Issue 17 item 1: the rule set chooses the symmetric deviation rule for = indicators; before, 'symmetric-deviation'
        // was not an EqualityOvershoot and the document was refused (invalid-value).
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![3]!["overshoot"] = "symmetric-deviation";

        var rules = Read(doc);

        Assert.Equal(EqualityOvershoot.SymmetricDeviation, ((EqualityStrategy)rules.IndicatorScoring!.Strategies[3]).Overshoot);
        var written = JsonNode.Parse(JsonDocuments.RuleSet.Write(rules))!;
        Assert.Equal("symmetric-deviation", written["indicatorScoring"]!["strategies"]![3]!["overshoot"]!.GetValue<string>());
    }

    [Fact]
    public void IndicatorScoring_TheOtherChoices_AreRead()
    {
        var doc = Preset();
        var scoring = doc["indicatorScoring"]!;
        var strategies = scoring["strategies"]!;
        strategies[0]!["rounding"] = JsonNode.Parse("""{ "decimals": 1, "mode": "down" }""");
        strategies[3]!["overshoot"] = "inverse-ratio";
        strategies[4]!["lowerEdgesInclusive"] = false;
        strategies[4]!["edgeRounding"] = JsonNode.Parse("""{ "decimals": 0, "mode": "up" }""");
        strategies[7]!["upperEdgesInclusive"] = false;
        strategies[8]!["side"] = "above";
        strategies[8]!["counting"] = "proportional";
        strategies[9]!.AsObject().Remove("threshold");
        scoring["capAtPoints"] = false;
        scoring["strictEqualityEarnsFull"] = false;
        scoring["negativeActuals"] = "clamp-to-zero";
        scoring["overCompletion"] = JsonNode.Parse($$"""{ "flagAbove": 0.5, "deductShare": 0.1, "source": {{Src}} }""");
        scoring["indicatorRounding"] = JsonNode.Parse("""{ "decimals": 3, "mode": "half-to-even" }""");

        var s = Read(doc).IndicatorScoring!;

        Assert.Equal(new Rounding(1, RoundingMode.Down), s.Strategies[0].Rounding);
        Assert.Null(s.Strategies[1].Rounding);
        Assert.Equal(EqualityOvershoot.InverseRatio, ((EqualityStrategy)s.Strategies[3]).Overshoot);
        Assert.False(((QualitativeBandsStrategy)s.Strategies[4]).LowerEdgesInclusive);
        Assert.Equal(new Rounding(0, RoundingMode.Up), ((QualitativeBandsStrategy)s.Strategies[4]).EdgeRounding);
        Assert.False(((DeviationBandsStrategy)s.Strategies[7]).UpperEdgesInclusive);
        Assert.Equal(DeductionSide.Above, ((PerStepDeductionStrategy)s.Strategies[8]).Side);
        Assert.Equal(StepCounting.Proportional, ((PerStepDeductionStrategy)s.Strategies[8]).Counting);
        Assert.Null(((PerStepDeductionStrategy)s.Strategies[9]).Threshold);
        Assert.False(s.CapAtPoints);
        Assert.False(s.StrictEqualityEarnsFull);
        Assert.Equal(NegativeActualPolicy.ClampToZero, s.NegativeActuals);
        Assert.Equal(0.5m, s.OverCompletion!.FlagAbove);
        Assert.Equal(0.1m, s.OverCompletion.DeductShare);
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), s.OverCompletion.Source);
        Assert.Equal(new Rounding(3, RoundingMode.HalfToEven), s.IndicatorRounding);
    }

    // docs/json/rule-set.md: each kind takes exactly its parameters; another one is unknown-property.
    [Theory]
    [InlineData(0, "proportional", "zeroAtMultiple", "2")]
    [InlineData(2, "reverse-ratio", "overshoot", "\"proportional\"")]
    [InlineData(5, "judgement", "steps", "[]")]
    [InlineData(1, "reverse-linear", "achievedFrom", "0.8")]
    [InlineData(3, "equality", "partlyFrom", "0.6")]
    [InlineData(4, "qualitative-bands", "upperEdgesInclusive", "true")]
    [InlineData(6, "step-thresholds", "lowerEdgesInclusive", "true")]
    [InlineData(6, "step-thresholds", "edgeRounding", """{ "decimals": 2, "mode": "up" }""")]
    [InlineData(7, "deviation-bands", "side", "\"below\"")]
    [InlineData(7, "deviation-bands", "threshold", "90")]
    [InlineData(0, "proportional", "stepSize", "5")]
    [InlineData(0, "proportional", "pointsPerStep", "1")]
    [InlineData(0, "proportional", "counting", "\"proportional\"")]
    [InlineData(8, "per-step-deduction", "bands", "[]")]
    public void Strategy_AParameterOfAnotherKind_IsAnUnknownProperty(int index, string kind, string name, string value)
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![index]![name] = JsonNode.Parse(value);

        Assert.Equal(
            ("unknown-property", $"$.indicatorScoring.strategies[{index}].{name}", $"A {kind} strategy has no parameter '{name}'."),
            Assert.Single(Entries(doc)));
    }

    [Theory]
    [InlineData(1, "reverse-linear", "zeroAtMultiple")]
    [InlineData(3, "equality", "overshoot")]
    [InlineData(4, "qualitative-bands", "achievedFrom")]
    [InlineData(4, "qualitative-bands", "partlyFrom")]
    [InlineData(4, "qualitative-bands", "lowerEdgesInclusive")]
    [InlineData(4, "qualitative-bands", "edgeRounding")]
    [InlineData(6, "step-thresholds", "steps")]
    [InlineData(7, "deviation-bands", "bands")]
    [InlineData(7, "deviation-bands", "upperEdgesInclusive")]
    [InlineData(8, "per-step-deduction", "side")]
    [InlineData(8, "per-step-deduction", "stepSize")]
    [InlineData(8, "per-step-deduction", "pointsPerStep")]
    [InlineData(8, "per-step-deduction", "counting")]
    public void Strategy_AMissingParameterOfItsKind_IsRequired(int index, string kind, string name)
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![index]!.AsObject().Remove(name);

        Assert.Equal(
            ("required-missing", $"$.indicatorScoring.strategies[{index}].{name}", $"A {kind} strategy needs '{name}'."),
            Assert.Single(Entries(doc)));
    }

    [Fact]
    public void Strategy_PerStepThreshold_IsOptional()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![8]!.AsObject().Remove("threshold");

        Assert.Null(((PerStepDeductionStrategy)Read(doc).IndicatorScoring!.Strategies[8]).Threshold);
    }

    [Fact]
    public void Strategy_AKindChangedToAnother_ReportsEveryForeignAndEveryMissingParameter()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![4]!["kind"] = "per-step-deduction";

        Assert.Equal(
        [
            "required-missing $.indicatorScoring.strategies[4].counting",
            "required-missing $.indicatorScoring.strategies[4].pointsPerStep",
            "required-missing $.indicatorScoring.strategies[4].side",
            "required-missing $.indicatorScoring.strategies[4].stepSize",
            "unknown-property $.indicatorScoring.strategies[4].achievedFrom",
            "unknown-property $.indicatorScoring.strategies[4].edgeRounding",
            "unknown-property $.indicatorScoring.strategies[4].lowerEdgesInclusive",
            "unknown-property $.indicatorScoring.strategies[4].partlyFrom",
        ], CodesAndPaths(doc));
    }

    [Fact]
    public void Strategy_BadValuesInsideItsParameters_AreReportedAtEachValue()
    {
        var doc = Preset();
        var strategies = doc["indicatorScoring"]!["strategies"]!;
        strategies[0]!["rounding"] = JsonNode.Parse("""{ "decimals": -1, "mode": "sideways" }""");
        strategies[1]!["source"]!["kind"] = "hearsay";
        strategies[3]!["overshoot"] = "both";
        strategies[4]!["edgeRounding"]!["decimals"] = 7;
        strategies[8]!["side"] = "left";
        strategies[9]!["counting"] = "all";

        Assert.Equal(
        [
            "invalid-value $.indicatorScoring.strategies[0].rounding.decimals",
            "invalid-value $.indicatorScoring.strategies[0].rounding.mode",
            "invalid-value $.indicatorScoring.strategies[1].source.kind",
            "invalid-value $.indicatorScoring.strategies[3].overshoot",
            "invalid-value $.indicatorScoring.strategies[4].edgeRounding.decimals",
            "invalid-value $.indicatorScoring.strategies[8].side",
            "invalid-value $.indicatorScoring.strategies[9].counting",
        ], CodesAndPaths(doc));
        var entries = Entries(doc);
        Assert.Equal("The precision must lie in [0, 4], not -1.", entries.Single(e => e.Path.EndsWith("rounding.decimals", StringComparison.Ordinal) && e.Path.Contains("[0]", StringComparison.Ordinal)).Message);
        Assert.Equal("The precision must lie in [0, 4], not 7.", entries.Single(e => e.Path.EndsWith("edgeRounding.decimals", StringComparison.Ordinal)).Message);
        Assert.StartsWith("'both' is not a EqualityOvershoot: expected one of proportional, inverse-ratio, symmetric-deviation", entries.Single(e => e.Path.EndsWith("overshoot", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.StartsWith("'left' is not a DeductionSide: expected one of below, above", entries.Single(e => e.Path.EndsWith("side", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.StartsWith("'all' is not a StepCounting: expected one of every-started-step, whole-steps-only, proportional", entries.Single(e => e.Path.EndsWith("counting", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strategy_AnUnknownEdgeRoundingMode_IsReportedAtTheMode()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![4]!["edgeRounding"]!["mode"] = "nearest";

        Assert.Equal(("invalid-value", "$.indicatorScoring.strategies[4].edgeRounding.mode"), Single(Entries(doc)));
    }

    [Theory]
    [InlineData(1, "zeroAtMultiple", "1", "The score must reach 0 beyond the target: use a multiple above 1.")]
    [InlineData(4, "partlyFrom", "0.8", "The partly-achieved edge must lie in (0, achievedFrom).")]
    [InlineData(4, "achievedFrom", "1.2", "The achieved edge must lie in (0, 1].")]
    [InlineData(8, "stepSize", "0", "The step size must be above 0.")]
    [InlineData(9, "pointsPerStep", "-1", "The points per step must be above 0.")]
    public void Strategy_AParameterTheDomainRejects_IsReportedAtTheParameter(int index, string name, string value, string message)
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![index]![name] = JsonNode.Parse(value);

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", $"$.indicatorScoring.strategies[{index}].{name}", message), entry);
    }

    [Fact]
    public void Strategy_StepsOrBandsTheDomainRejects_AreReportedAtTheStepOrBand()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![6]!["steps"]![1]!["minimumCompletion"] = 0.95m;
        doc["indicatorScoring"]!["strategies"]![7]!["bands"]![0]!["shareOfPoints"] = 1.5m;

        var entries = Entries(doc);

        Assert.Equal(
        [
            ("invalid-value", "$.indicatorScoring.strategies[6].steps[1]", "Steps need distinct minimums, and a higher minimum never earns a smaller share."),
            ("invalid-value", "$.indicatorScoring.strategies[7].bands[0].shareOfPoints", "The share must lie in [0, 1]."),
        ], entries);
    }

    [Fact]
    public void Strategy_AnInvalidId_IsReportedAtTheId()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![5]!["id"] = "Judge";

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", "$.indicatorScoring.strategies[5].id", "'Judge' is not a valid strategy id: use lower-case ASCII letters, digits and '-'."), entry);
    }

    [Theory]
    [InlineData("<=", "$.indicatorScoring.defaults['<=']", "nope", "The default strategy 'nope' for <= is not one of the strategies.")]
    [InlineData("qualitative", "$.indicatorScoring.defaults.qualitative", "proportional", "The strategy 'proportional' (Proportional) cannot score the direction qualitative.")]
    [InlineData(">", "$.indicatorScoring.defaults['>']", "reverse-ratio", "The strategy 'reverse-ratio' (ReverseRatio) cannot score the direction >.")]
    public void Defaults_ThatTheDomainRejects_AreReportedAtTheDefault(string direction, string path, string id, string message)
    {
        var doc = Preset();
        doc["indicatorScoring"]!["defaults"]![direction] = id;

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", path, message), entry);
    }

    [Fact]
    public void TwoStrategiesWithOneId_AreReportedAtTheSecond()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![2]!["id"] = "proportional";

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", "$.indicatorScoring.strategies[2]", "The strategy id 'proportional' is used twice."), entry);
    }

    [Fact]
    public void Strategy_AStepOrBandOutOfRange_IsReportedAtItsValue_AndTheOrderIsNotCheckedThen()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![6]!["steps"]![2]!["shareOfPoints"] = -0.5m;
        doc["indicatorScoring"]!["strategies"]![7]!["bands"]![1]!["maximumDeviation"] = -0.1m;

        Assert.Equal(
        [
            ("invalid-value", "$.indicatorScoring.strategies[6].steps[2].shareOfPoints", "The share must lie in [0, 1]."),
            ("invalid-value", "$.indicatorScoring.strategies[7].bands[1].maximumDeviation", "The value must not be negative."),
        ], Entries(doc));
    }

    [Fact]
    public void Strategy_NoStepsOrBands_IsReportedAtTheList()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![6]!["steps"] = new JsonArray();
        doc["indicatorScoring"]!["strategies"]![7]!["bands"] = new JsonArray();

        Assert.Equal(
        [
            ("invalid-value", "$.indicatorScoring.strategies[6].steps", "At least one step is needed."),
            ("invalid-value", "$.indicatorScoring.strategies[7].bands", "At least one band is needed."),
        ], Entries(doc));
    }

    [Fact]
    public void Strategy_BandsOutOfOrder_AreReportedAtTheBand()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["strategies"]![7]!["bands"]![2]!["shareOfPoints"] = 0.7m;

        Assert.Equal(("invalid-value", "$.indicatorScoring.strategies[7].bands[2]", "Bands need distinct maximums, and a wider band never earns a larger share."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void Family_AValueAndTheSource_AreBothReported()
    {
        // The model's check of the values no longer waits for the source to be readable.
        var doc = Preset();
        doc["reCheck"]!["selfWeight"] = -0.4m;
        doc["reCheck"]!["reCheckWeight"] = 1.4m;
        doc["reCheck"]!["source"]!["reference"] = " ";

        Assert.Equal(["invalid-value $.reCheck.selfWeight", "invalid-value $.reCheck.source.reference"], CodesAndPaths(doc));
    }

    [Fact]
    public void Family_AValueTheModelRejects_IsWordedByTheModelInBothLanguages()
    {
        var doc = Preset();
        doc["exAnte"]!["adjustFrom"] = 90;

        Assert.False(JsonDocuments.RuleSet.TryRead(doc.ToJsonString(), out _, out var report));
        var problem = Assert.Single(report.Problems);
        Assert.Equal(
            ("invalid-value", "$.exAnte.adjustFrom", "The adjustment threshold must lie in [0, supportFrom).", "“调整后支持”的阈值应在 [0, supportFrom) 内。"),
            (problem.Code, problem.Location.JsonPath, problem.MessageEn, problem.MessageZh));
    }

    [Fact]
    public void OverCompletion_BadShareOrSource_IsReportedAtTheRule()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["overCompletion"] = JsonNode.Parse($$"""{ "flagAbove": 0.5, "deductShare": 1.5, "source": {{Src}} }""");

        var entry = Assert.Single(Entries(doc));
        Assert.Equal(("invalid-value", "$.indicatorScoring.overCompletion.deductShare", "The deducted share must lie in [0, 1]."), entry);

        doc["indicatorScoring"]!["overCompletion"] = JsonNode.Parse("""{ "flagAbove": 0.5, "deductShare": 0.5, "source": { "reference": " ", "kind": "local" } }""");
        Assert.Equal(("invalid-value", "$.indicatorScoring.overCompletion.source.reference"), Single(Entries(doc)));
    }

    [Fact]
    public void IndicatorScoring_BadPolicyAndRounding_AreReportedAtEachValue()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["negativeActuals"] = "ignore";
        doc["indicatorScoring"]!["indicatorRounding"]!["mode"] = "ceiling";

        Assert.Equal(["invalid-value $.indicatorScoring.indicatorRounding.mode", "invalid-value $.indicatorScoring.negativeActuals"], CodesAndPaths(doc));
    }

    // Budget execution, aggregation, weight check, re-check, ex-ante ----------------------------------------------

    [Fact]
    public void BudgetExecution_National_AndTheOtherChoices()
    {
        var national = Read(Preset()).BudgetExecution!;
        Assert.Equal(10m, national.Points);
        Assert.Null(national.RatePercentRounding);
        Assert.Equal(ZeroBudgetPolicy.Reject, national.ZeroBudget);
        Assert.Equal([EvaluationType.SelfEvaluation], national.AppliesTo);

        var doc = Preset();
        doc["budgetExecution"] = JsonNode.Parse($$"""
            { "points": 20, "ratePercentRounding": { "decimals": 0, "mode": "half-away-from-zero" }, "zeroBudget": "not-applicable",
              "appliesTo": ["self-evaluation", "finance-evaluation", "self-evaluation"], "source": {{Src}} }
            """);
        var b = Read(doc).BudgetExecution!;
        Assert.Equal(20m, b.Points);
        Assert.Equal(new Rounding(0, RoundingMode.HalfAwayFromZero), b.RatePercentRounding);
        Assert.Equal(ZeroBudgetPolicy.NotApplicable, b.ZeroBudget);
        Assert.Equal([EvaluationType.SelfEvaluation, EvaluationType.FinanceEvaluation], b.AppliesTo);
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), b.Source);
    }

    [Fact]
    public void BudgetExecution_BadValues_AreReportedAtEachValue()
    {
        var doc = Preset();
        doc["budgetExecution"] = JsonNode.Parse("""
            { "points": 10, "ratePercentRounding": { "decimals": 5, "mode": "up" }, "zeroBudget": "full-points",
              "appliesTo": ["self-evaluation", "peer-review"], "source": { "reference": "x", "kind": "rumour" } }
            """);

        Assert.Equal(
        [
            "invalid-value $.budgetExecution.appliesTo[1]",
            "invalid-value $.budgetExecution.ratePercentRounding.decimals",
            "invalid-value $.budgetExecution.source.kind",
            "invalid-value $.budgetExecution.zeroBudget",
        ], CodesAndPaths(doc));
    }

    [Fact]
    public void BudgetExecution_NegativePoints_IsReportedAtThePoints()
    {
        var doc = Preset();
        doc["budgetExecution"]!["points"] = -1;

        var entry = Assert.Single(Entries(doc));
        Assert.Equal(("invalid-value", "$.budgetExecution.points", "The value must not be negative."), entry);
    }

    [Fact]
    public void Aggregation_National_AndTheOtherChoices()
    {
        var national = Read(Preset()).Aggregation!;
        Assert.Equal((NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, (decimal?)100m),
            (national.NotApplicable, national.MissingData, national.TotalMode, national.RequiredTotalPoints));

        var doc = Preset();
        doc["aggregation"] = JsonNode.Parse($$"""{ "notApplicable": "score-zero", "missingData": "score-zero", "totalMode": "rounded-sum", "source": {{Src}} }""");
        var a = Read(doc).Aggregation!;
        Assert.Equal((NotApplicablePolicy.ScoreZero, MissingDataPolicy.ScoreZero, TotalMode.RoundedSum, (decimal?)null),
            (a.NotApplicable, a.MissingData, a.TotalMode, a.RequiredTotalPoints));
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), a.Source);
    }

    [Fact]
    public void Aggregation_BadValues_AreReportedAtEachValue()
    {
        var doc = Preset();
        doc["aggregation"] = JsonNode.Parse("""{ "notApplicable": "drop", "missingData": "guess", "totalMode": "average", "source": { "reference": "", "kind": "local" } }""");

        Assert.Equal(
        [
            "invalid-value $.aggregation.missingData",
            "invalid-value $.aggregation.notApplicable",
            "invalid-value $.aggregation.source.reference",
            "invalid-value $.aggregation.totalMode",
        ], CodesAndPaths(doc));
    }

    [Fact]
    public void WeightCheck_ReadAndRejected()
    {
        var w = Read(Preset()).WeightCheck!;
        Assert.Equal(0.6m, w.MinimumOutputBenefitShare);
        Assert.Equal([EvaluationType.DepartmentEvaluation, EvaluationType.FinanceEvaluation], w.AppliesTo);

        var doc = Preset();
        doc["weightCheck"]!["minimumOutputBenefitShare"] = 1.01m;
        var entry = Assert.Single(Entries(doc));
        Assert.Equal(("invalid-value", "$.weightCheck.minimumOutputBenefitShare", "The share must lie in [0, 1]."), entry);

        doc = Preset();
        doc["weightCheck"]!["appliesTo"]![0] = "audit";
        entry = Assert.Single(Entries(doc));
        Assert.Equal(("invalid-value", "$.weightCheck.appliesTo[0]"), (entry.Code, entry.Path));
        Assert.StartsWith("'audit' is not a EvaluationType: expected one of ex-ante-assessment, target-review, monitoring, self-evaluation", entry.Message, StringComparison.Ordinal);

        doc = Preset();
        doc["weightCheck"]!["source"]!["kind"] = "myth";
        Assert.Equal(("invalid-value", "$.weightCheck.source.kind"), Single(Entries(doc)));
    }

    [Fact]
    public void ReCheck_ReadAndRejected()
    {
        var r = Read(Preset()).ReCheck!;
        Assert.Equal((0.4m, 0.6m), (r.SelfWeight, r.ReCheckWeight));
        Assert.Equal(SourceKind.Deployed, r.Source.Kind);

        var doc = Preset();
        doc["reCheck"]!["selfWeight"] = 0.5m;
        var entry = Assert.Single(Entries(doc));
        Assert.Equal(("invalid-value", "$.reCheck.reCheckWeight", "The two weights must add up to exactly 1."), entry);

        doc = Preset();
        doc["reCheck"]!["source"]!["reference"] = "\t";
        Assert.Equal(("invalid-value", "$.reCheck.source.reference"), Single(Entries(doc)));
    }

    [Fact]
    public void ExAnte_ReadAndRejected()
    {
        var x = Read(Preset()).ExAnte!;
        Assert.Equal((90m, 70m), (x.SupportFrom, x.AdjustFrom));

        var doc = Preset();
        doc["exAnte"]!["supportFrom"] = 0;
        var entries = Entries(doc);
        Assert.Equal(
        [
            ("invalid-value", "$.exAnte.adjustFrom", "The adjustment threshold must lie in [0, supportFrom)."),
            ("invalid-value", "$.exAnte.supportFrom", "The support threshold must lie in (0, 100]."),
        ], entries);

        doc = Preset();
        doc["exAnte"]!["source"]!["kind"] = "nope";
        Assert.Equal(("invalid-value", "$.exAnte.source.kind"), Single(Entries(doc)));
    }

    // Result application, rectification, distribution ----------------------------------------------------------

    [Fact]
    public void ResultApplication_KoreaRulesInTheirOrder()
    {
        var r = Read(Preset("korea-sabp")).ResultApplication!;

        Assert.Equal(["abolish-3", "redesign-2", "increase", "keep", "cut-10"], r.Rules.Select(x => x.Id));
        Assert.Equal([3, 2, 1, 1, 1], r.Rules.Select(x => x.ConsecutiveYears));
        Assert.Equal([BudgetAction.Abolish, BudgetAction.Redesign, BudgetAction.Prioritise, BudgetAction.Keep, BudgetAction.Cut], r.Rules.Select(x => x.Action));
        Assert.Equal([Grade.Good, Grade.Fair], r.Rules[3].Grades);
        Assert.Equal(0.1m, r.Rules[4].CutRate);
        Assert.Null(r.Rules[4].MaximumCutRate);
        Assert.All(r.Rules, x => Assert.Empty(x.Kinds));
        Assert.Equal(Rounding.TwoDecimalsHalfAwayFromZero, r.MoneyRounding);
        Assert.Null(r.RewardShare);
        // Three years of 差 in a row: abolish, the first rule.
        Assert.Equal("abolish-3", r.Match([Grade.Poor, Grade.Poor, Grade.Poor], ProjectKind.Recurring).Id);
    }

    [Fact]
    public void ResultApplication_KindsMaximumBlockingAndReward_AreRead()
    {
        var doc = Preset("korea-sabp");
        var rules = doc["resultApplication"]!;
        rules["rules"]![4]!["maximumCutRate"] = 0.3m;
        rules["rules"]![4]!["blocksSimilarProject"] = true;
        rules["rules"]!.AsArray().Insert(0, JsonNode.Parse($$"""
            { "id": "one-off-poor", "grades": ["poor"], "kinds": ["one-off", "multi-year"], "consecutiveYears": 1, "action": "cancel", "blocksSimilarProject": true, "source": {{Src}} }
            """));
        rules["moneyRounding"] = JsonNode.Parse("""{ "decimals": 0, "mode": "down" }""");
        rules["rewardShare"] = 0.05m;

        var r = Read(doc).ResultApplication!;

        Assert.Equal([ProjectKind.OneOff, ProjectKind.MultiYear], r.Rules[0].Kinds);
        Assert.True(r.Rules[0].BlocksSimilarProject);
        Assert.Equal(0.3m, r.Rules[5].MaximumCutRate);
        Assert.True(r.Rules[5].BlocksSimilarProject);
        Assert.False(r.Rules[4].BlocksSimilarProject);
        Assert.Equal(new Rounding(0, RoundingMode.Down), r.MoneyRounding);
        Assert.Equal(0.05m, r.RewardShare);
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), r.Rules[0].Source);
    }

    [Fact]
    public void ResultApplication_BadValues_AreReportedAtEachRuleAndValue()
    {
        var doc = Preset("korea-sabp");
        var rules = doc["resultApplication"]!["rules"]!;
        rules[0]!["grades"] = JsonNode.Parse("""["poor", "awful"]""");
        rules[1]!["kinds"] = JsonNode.Parse("""["forever"]""");
        rules[2]!["action"] = "double";
        rules[3]!["source"]!["kind"] = "oral";
        doc["resultApplication"]!["moneyRounding"]!["decimals"] = 6;

        Assert.Equal(
        [
            "invalid-value $.resultApplication.moneyRounding.decimals",
            "invalid-value $.resultApplication.rules[0].grades[1]",
            "invalid-value $.resultApplication.rules[1].kinds[0]",
            "invalid-value $.resultApplication.rules[2].action",
            "invalid-value $.resultApplication.rules[3].source.kind",
        ], CodesAndPaths(doc));
    }

    [Theory]
    [InlineData(2, "cutRate", "0.1", "Only a cut has a rate.")]
    [InlineData(4, "cutRate", "0", "A cut rate lies in (0, 1].")]
    [InlineData(4, "maximumCutRate", "0.05", "A maximum cut rate needs a minimum and lies in [minimum, 1].")]
    [InlineData(0, "consecutiveYears", "0", "At least 1.")]
    [InlineData(1, "grades", "[]", "A rule names at least one grade.")]
    [InlineData(3, "id", "\" \"", "The value must not be empty or white space.")]
    public void ResultRule_TheDomainRejects_IsReportedAtTheValue(int index, string name, string value, string message)
    {
        var doc = Preset("korea-sabp");
        doc["resultApplication"]!["rules"]![index]![name] = JsonNode.Parse(value);

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", $"$.resultApplication.rules[{index}].{name}", message), entry);
    }

    [Fact]
    public void ResultApplication_InvariantsOfTheFamily_AreReportedAtTheirValue()
    {
        // Every uncovered pair of grade and project kind is reported, at the rules.
        var doc = Preset("korea-sabp");
        doc["resultApplication"]!["rules"]!.AsArray().RemoveAt(4);
        Assert.Equal(
        [
            ("invalid-value", "$.resultApplication.rules", "No single-year rule covers the grade Poor for MultiYear projects."),
            ("invalid-value", "$.resultApplication.rules", "No single-year rule covers the grade Poor for OneOff projects."),
            ("invalid-value", "$.resultApplication.rules", "No single-year rule covers the grade Poor for Recurring projects."),
            ("invalid-value", "$.resultApplication.rules", "No single-year rule covers the grade Poor for WholeDepartment projects."),
        ], Entries(doc).OrderBy(e => e.Message, StringComparer.Ordinal));

        doc = Preset("korea-sabp");
        doc["resultApplication"]!["rules"]![1]!["id"] = "abolish-3";
        Assert.Equal(("invalid-value", "$.resultApplication.rules[1]", "Rule ids must be distinct."), Assert.Single(Entries(doc)));

        doc = Preset("korea-sabp");
        doc["resultApplication"]!["rewardShare"] = 0;
        Assert.Equal(("invalid-value", "$.resultApplication.rewardShare", "A reward share lies in (0, 1]."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void Rectification_ReadAndRejected()
    {
        var doc = Preset();
        doc["rectification"] = JsonNode.Parse($$"""{ "consequence": "fund-after-rectification", "source": {{Src}} }""");
        var r = Read(doc).Rectification!;
        Assert.Equal(RectificationConsequence.FundAfterRectification, r.Consequence);
        Assert.Null(r.FurtherCutRate);
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), r.Source);

        doc["rectification"] = JsonNode.Parse($$"""{ "consequence": "further-cut", "furtherCutRate": 0, "source": {{Src}} }""");
        Assert.Equal(("invalid-value", "$.rectification.furtherCutRate", "The rate lies in (0, 1]."), Assert.Single(Entries(doc)));

        doc["rectification"] = JsonNode.Parse("""{ "consequence": "further-cut", "furtherCutRate": 1, "source": { "reference": "x", "kind": "gossip" } }""");
        Assert.Equal(("invalid-value", "$.rectification.source.kind"), Single(Entries(doc)));
    }

    [Fact]
    public void Distribution_ReadAndRejected()
    {
        var doc = Preset();
        doc["distribution"] = JsonNode.Parse($$"""{ "topGrades": ["excellent", "good"], "bottomGrades": ["poor"], "source": {{Src}} }""");
        var d = Read(doc).Distribution!;
        Assert.Equal([Grade.Excellent, Grade.Good], d.TopGrades);
        Assert.Equal([Grade.Poor], d.BottomGrades);
        Assert.Null(d.MaximumTopShare);
        Assert.Null(d.MinimumBottomShare);

        doc["distribution"] = JsonNode.Parse($$"""{ "topGrades": ["excellent"], "bottomGrades": ["fair", "mediocre"], "source": {{Src}} }""");
        Assert.Equal(("invalid-value", "$.distribution.bottomGrades[1]"), Single(Entries(doc)));

        doc["distribution"] = JsonNode.Parse($$"""{ "topGrades": ["good"], "bottomGrades": ["good"], "source": {{Src}} }""");
        Assert.Equal(("invalid-value", "$.distribution.bottomGrades", "A grade cannot be both top and bottom."), Assert.Single(Entries(doc)));

        doc["distribution"] = JsonNode.Parse($$"""{ "topGrades": ["excellent"], "maximumTopShare": 1.5, "bottomGrades": [], "source": {{Src}} }""");
        Assert.Equal(("invalid-value", "$.distribution.maximumTopShare", "A share lies in [0, 1]."), Assert.Single(Entries(doc)));

        doc["distribution"] = JsonNode.Parse("""{ "topGrades": [], "bottomGrades": [], "source": { "reference": "", "kind": "local" } }""");
        Assert.Equal(("invalid-value", "$.distribution.source.reference"), Single(Entries(doc)));
    }

    // Admission, target review -----------------------------------------------------------------------------------

    [Fact]
    public void Admission_ChecksAreReadInTheOrderOfTheCheck()
    {
        var doc = Preset();
        var checks = doc["admission"]!["checks"]!.AsArray();
        var first = checks[0]!.DeepClone();
        checks.RemoveAt(0);
        checks.Add(first);

        var a = Read(doc).Admission!;

        Assert.Equal([AdmissionCheck.TargetRequired, AdmissionCheck.ExAnteAssessmentRequired, AdmissionCheck.TargetReviewPassed], a.Checks.Select(c => c.Check));
        Assert.Equal("中发〔2018〕34号", a.RuleFor(AdmissionCheck.ExAnteAssessmentRequired)!.Source.Reference);
        Assert.Null(a.SmallAmountExemption);
    }

    [Fact]
    public void Admission_BadValues_AreReportedAtEachCheck()
    {
        var doc = Preset();
        doc["admission"]!["checks"]![1]!["check"] = "luck";
        doc["admission"]!["checks"]![2]!["source"]!["kind"] = "vibes";

        Assert.Equal(["invalid-value $.admission.checks[1].check", "invalid-value $.admission.checks[2].source.kind"], CodesAndPaths(doc));

        doc = Preset();
        doc["admission"]!["checks"]![2]!["check"] = "target-required";
        Assert.Equal(("invalid-value", "$.admission.checks[2]", "A check is listed more than once."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void SmallAmountExemption_ReadAndRejected()
    {
        var doc = Preset();
        doc["admission"]!["smallAmountExemption"] = JsonNode.Parse($$"""{ "below": 0, "exempted": ["target-review-passed"], "source": {{Src}} }""");
        Assert.Equal(("invalid-value", "$.admission.smallAmountExemption.below", "The threshold must be above zero."), Assert.Single(Entries(doc)));

        doc["admission"]!["smallAmountExemption"] = JsonNode.Parse($$"""{ "below": 1000, "exempted": [], "source": {{Src}} }""");
        Assert.Equal(("invalid-value", "$.admission.smallAmountExemption.exempted", "An exemption exempts at least one check."), Assert.Single(Entries(doc)));

        doc["admission"]!["smallAmountExemption"] = JsonNode.Parse("""{ "below": 1000, "exempted": ["target-required"], "source": { "reference": "x", "kind": "?" } }""");
        Assert.Equal(("invalid-value", "$.admission.smallAmountExemption.source.kind"), Single(Entries(doc)));

        doc["admission"]!["smallAmountExemption"] = JsonNode.Parse($$"""{ "below": 0.01, "exempted": ["target-required", "target-review-passed"], "source": {{Src}} }""");
        var e = Read(doc).Admission!.SmallAmountExemption!;
        Assert.Equal(Money.FromYuan(0.01m), e.Below);
        Assert.Equal([AdmissionCheck.TargetRequired, AdmissionCheck.TargetReviewPassed], e.Exempted);
    }

    [Fact]
    public void TargetReview_National()
    {
        var t = Read(Preset()).TargetReview!;

        Assert.Equal(6, t.RequiredClasses.Count);
        Assert.Equal([IndicatorClass.Quantity], t.RequiredClasses[0].AnyOf);
        Assert.Equal([IndicatorClass.OutputCost, IndicatorClass.EconomicCost, IndicatorClass.SocialCost, IndicatorClass.EcologicalCost], t.RequiredClasses[3].AnyOf);
        Assert.Equal([IndicatorClass.BeneficiarySatisfaction], t.RequiredClasses[5].AnyOf);
        Assert.Equal(0.9m, t.SatisfactionMinimum);
        Assert.False(t.WeightsRequired);
        Assert.Null(t.RequiredTotalPoints);
        Assert.Empty(t.ExpenditureStandards);
        Assert.Null(t.Grading);
    }

    [Fact]
    public void TargetReview_WeightsAndTotal_AreRead()
    {
        var doc = Preset();
        doc["targetReview"]!["weightsRequired"] = true;
        doc["targetReview"]!["requiredTotalPoints"] = 90;
        doc["targetReview"]!["satisfactionMinimum"] = 1;

        var t = Read(doc).TargetReview!;

        Assert.True(t.WeightsRequired);
        Assert.Equal(90m, t.RequiredTotalPoints);
        Assert.Equal(1m, t.SatisfactionMinimum);
    }

    [Fact]
    public void TargetReview_AClassThatIsNoBuiltInLevelTwoClass_IsUnknown()
    {
        var doc = Preset();
        doc["targetReview"]!["requiredClasses"]![4]!["anyOf"] = JsonNode.Parse("""["economic", "output", "socials"]""");

        Assert.Equal(
        [
            ("unknown-class", "$.targetReview.requiredClasses[4].anyOf[1]", "'output' is not a built-in level-2 class."),
            ("unknown-class", "$.targetReview.requiredClasses[4].anyOf[2]", "'socials' is not a built-in level-2 class."),
        ], Entries(doc));
    }

    [Fact]
    public void TargetReview_BadValues_AreReportedAtEachValue()
    {
        var doc = Preset();
        var review = doc["targetReview"]!;
        review["requiredClasses"]![0]!["anyOf"] = new JsonArray();
        review["requiredClasses"]![1]!["source"]!["kind"] = "?";
        review["expenditureStandards"] = JsonNode.Parse($$"""
            [
              { "indicatorName": "亩均建设成本", "unit": "元/亩", "maximum": -1, "source": {{Src}} },
              { "indicatorName": "亩均建设成本", "unit": " ", "maximum": 3000, "source": {{Src}} },
              { "indicatorName": "人均培训成本", "unit": "元/人", "maximum": 500, "source": { "reference": "", "kind": "local" } }
            ]
            """);

        Assert.Equal(
        [
            "invalid-value $.targetReview.expenditureStandards[0].maximum",
            "invalid-value $.targetReview.expenditureStandards[1].unit",
            "invalid-value $.targetReview.expenditureStandards[2].source.reference",
            "invalid-value $.targetReview.requiredClasses[0].anyOf",
            "invalid-value $.targetReview.requiredClasses[1].source.kind",
        ], CodesAndPaths(doc));
        Assert.Equal("A requirement names at least one class, and only level-2 classes.", Entries(doc).Single(e => e.Path == "$.targetReview.requiredClasses[0].anyOf").Message);
    }

    [Theory]
    [InlineData("satisfactionMinimum", "1.01", "The minimum is a fraction in [0, 1] (0.9 for 90%).")]
    [InlineData("requiredTotalPoints", "-1", "The value must not be negative.")]
    public void TargetReview_TheDomainRejects_IsReportedAtTheValue(string name, string value, string message)
    {
        var doc = Preset();
        doc["targetReview"]![name] = JsonNode.Parse(value);

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", "$.targetReview." + name, message), entry);
    }

    [Fact]
    public void TargetReview_BadSource_IsReportedAtTheSource()
    {
        var doc = Preset();
        doc["targetReview"]!["source"]!["reference"] = " ";

        Assert.Equal(("invalid-value", "$.targetReview.source.reference"), Single(Entries(doc)));
    }

    [Fact]
    public void ReviewGrading_ReadAndRejected()
    {
        var doc = Preset();
        doc["targetReview"]!["grading"] = Grading(20, RuleSetEnvelopeMappingTests.Bands(("poor", 0, 70), ("good", 70, 100)));
        var g = Read(doc).TargetReview!.Grading!;
        Assert.Equal((20m, 5m, 1m), (g.ErrorDeduction, g.WarningDeduction, g.AdviceDeduction));
        Assert.Equal(Grade.Good, g.Scale.Classify(70m));
        Assert.Equal(Grade.Poor, g.Scale.Classify(69.99m));
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), g.Source);

        // Upper equal to lower, and a negative lower edge: each band is invalid at the edge at fault (the model's
        // GradeBand.FindProblems, as for the rule set's own grade scale).
        doc["targetReview"]!["grading"] = Grading(20, RuleSetEnvelopeMappingTests.Bands(("poor", -1, 60), ("fair", 60, 60), ("excellent", 60, 100)));
        Assert.Equal(
        [
            ("grade-band-invalid", "$.targetReview.grading.bands[0].lower", "The lower edge -1 is negative."),
            ("grade-band-invalid", "$.targetReview.grading.bands[1].upper", "The upper edge 60 is not above the lower edge 60."),
        ], Entries(doc));

        // Sound bands that leave a gap: the scale rejects them, at the band above the gap (GradeScale.FindProblems).
        doc["targetReview"]!["grading"] = Grading(20, RuleSetEnvelopeMappingTests.Bands(("poor", 0, 60), ("good", 70, 100)));
        Assert.Equal(("grade-bands-gap", "$.targetReview.grading.bands[1].lower"), Single(Entries(doc)));

        doc["targetReview"]!["grading"] = Grading(100.5m, RuleSetEnvelopeMappingTests.Bands(("poor", 0, 60), ("good", 60, 100)));
        Assert.Equal(("invalid-value", "$.targetReview.grading.errorDeduction", "A deduction must lie in [0, 100]."), Assert.Single(Entries(doc)));

        var bad = Grading(20, RuleSetEnvelopeMappingTests.Bands(("poor", 0, 60), ("good", 60, 100)));
        bad["source"]!["kind"] = "?";
        doc["targetReview"]!["grading"] = bad;
        Assert.Equal(("invalid-value", "$.targetReview.grading.source.kind"), Single(Entries(doc)));
    }

    // Monitoring -------------------------------------------------------------------------------------------------

    [Fact]
    public void Monitoring_National_VendorStyleColours()
    {
        var m = Read(Preset()).Monitoring!;

        Assert.Equal(TimeProgressBasis.WholeMonths, m.TimeProgress);
        Assert.Equal(Rounding.TwoDecimalsHalfAwayFromZero, m.ProgressRounding);
        Assert.Equal((60m, 80m, (decimal?)null), (m.ExecutionBands!.YellowFrom, m.ExecutionBands.GreenFrom, m.ExecutionBands.BlueFrom));
        Assert.Equal((60m, 80m, (decimal?)120m), (m.IndicatorBands!.YellowFrom, m.IndicatorBands.GreenFrom, m.IndicatorBands.BlueFrom));
        Assert.Null(m.Checkpoints);
        Assert.Null(m.Gap);
        Assert.Null(m.Response);
        Assert.Equal(MonitoringAction.Continue, m.Actions[MonitoringSituation.OnTrack]);
        Assert.Equal(MonitoringAction.Correct, m.Actions[MonitoringSituation.Deviation]);
        Assert.Equal(MonitoringAction.PauseDisbursement, m.Actions[MonitoringSituation.SeriousDeviation]);
        Assert.Equal(MonitoringAction.Reallocate, m.Actions[MonitoringSituation.SomeIndicatorsImpossible]);
        Assert.Equal(MonitoringAction.Stop, m.Actions[MonitoringSituation.AllIndicatorsImpossible]);
        Assert.Equal((0.05m, 0.2m), (m.CrossCheck!.MaximumClaimExcess, m.CrossCheck.MaximumUnspentShare));
        Assert.Equal(new SourceCitation("财预〔2019〕136号", SourceKind.National, "双监控；偏差纠正；严重问题暂缓或停止拨款"), m.ActionsSource);
        Assert.Equal("deployed systems", m.ExecutionBands.Source.Reference);
    }

    [Fact]
    public void Monitoring_Sichuan_CheckpointsGapAndResponse()
    {
        var m = Read(Preset("sichuan-2025")).Monitoring!;

        Assert.Equal([new ExecutionCheckpoint(4, 0.25m), new ExecutionCheckpoint(6, 0.4m), new ExecutionCheckpoint(8, 0.6m), new ExecutionCheckpoint(10, 0.8m)], m.Checkpoints!.Checkpoints);
        Assert.Equal(10m, m.Gap!.MaximumPoints);
        Assert.Equal((10, true), (m.Response!.WorkingDays, m.Response.AutomaticSuspension));
        Assert.Null(m.ExecutionBands);
        Assert.Null(m.IndicatorBands);
        Assert.Null(m.CrossCheck);
        Assert.Equal(SourceKind.Local, m.Checkpoints.Source.Kind);
    }

    [Fact]
    public void Monitoring_DaysBasis_IsRead()
    {
        var doc = Preset();
        doc["monitoring"]!["timeProgress"] = "days";

        Assert.Equal(TimeProgressBasis.Days, Read(doc).Monitoring!.TimeProgress);
    }

    [Fact]
    public void Monitoring_BadValues_AreReportedAtEachValue()
    {
        var doc = Preset("sichuan-2025");
        var m = doc["monitoring"]!;
        m["timeProgress"] = "weeks";
        m["progressRounding"]!["decimals"] = 10;
        m["actions"]!["serious-deviation"] = "panic";
        m["actions"]!["on-track"] = "relax";
        m["actionsSource"]!["kind"] = "?";
        m["source"]!["reference"] = "";
        m["gap"]!["source"]!["kind"] = "?";

        Assert.Equal(
        [
            "invalid-value $.monitoring.actions.on-track",
            "invalid-value $.monitoring.actions.serious-deviation",
            "invalid-value $.monitoring.actionsSource.kind",
            "invalid-value $.monitoring.gap.source.kind",
            "invalid-value $.monitoring.progressRounding.decimals",
            "invalid-value $.monitoring.source.reference",
            "invalid-value $.monitoring.timeProgress",
        ], CodesAndPaths(doc));
    }

    [Fact]
    public void Monitoring_BadColourSources_AreReportedAtEachBands()
    {
        var doc = Preset();
        doc["monitoring"]!["executionBands"]!["source"]!["kind"] = "?";
        doc["monitoring"]!["indicatorBands"]!["source"]!["reference"] = " ";
        doc["monitoring"]!["crossCheck"]!["source"]!["kind"] = "?";

        Assert.Equal(
        [
            "invalid-value $.monitoring.crossCheck.source.kind",
            "invalid-value $.monitoring.executionBands.source.kind",
            "invalid-value $.monitoring.indicatorBands.source.reference",
        ], CodesAndPaths(doc));
    }

    [Theory]
    [InlineData("national-2020", "executionBands", "greenFrom", "59", "$.monitoring.executionBands.greenFrom", "Green must start at or above yellow.")]
    [InlineData("national-2020", "indicatorBands", "blueFrom", "80", "$.monitoring.indicatorBands.blueFrom", "Blue must start above green.")]
    [InlineData("national-2020", "indicatorBands", "yellowFrom", "-1", "$.monitoring.indicatorBands.yellowFrom", "The value must not be negative.")]
    [InlineData("national-2020", "crossCheck", "maximumUnspentShare", "1.5", "$.monitoring.crossCheck.maximumUnspentShare", "The share must lie in [0, 1].")]
    [InlineData("national-2020", "crossCheck", "maximumClaimExcess", "-0.05", "$.monitoring.crossCheck.maximumClaimExcess", "The value must not be negative.")]
    [InlineData("sichuan-2025", "gap", "maximumPoints", "-10", "$.monitoring.gap.maximumPoints", "The value must not be negative.")]
    [InlineData("sichuan-2025", "response", "workingDays", "0", "$.monitoring.response.workingDays", "Allow at least one working day.")]
    public void Monitoring_PartsTheDomainRejects_AreReportedAtTheValue(string preset, string part, string name, string value, string path, string message)
    {
        var doc = Preset(preset);
        doc["monitoring"]![part]![name] = JsonNode.Parse(value);

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", path, message), entry);
    }

    [Fact]
    public void Monitoring_BadCheckpoints_AreReportedAtTheCheckpointOrItsValue()
    {
        var doc = Preset("sichuan-2025");
        doc["monitoring"]!["checkpoints"]!["checkpoints"]![1]!["month"] = 13;
        Assert.Equal(("invalid-value", "$.monitoring.checkpoints.checkpoints[1].month", "The value must lie in [1, 12]."), Assert.Single(Entries(doc)));

        doc = Preset("sichuan-2025");
        doc["monitoring"]!["checkpoints"]!["checkpoints"]![1]!["month"] = 4;
        Assert.Equal(("invalid-value", "$.monitoring.checkpoints.checkpoints[1]", "A month has more than one checkpoint."), Assert.Single(Entries(doc)));

        doc = Preset("sichuan-2025");
        doc["monitoring"]!["checkpoints"]!["checkpoints"]![3]!["minimumExecution"] = 1.2m;
        Assert.Equal(("invalid-value", "$.monitoring.checkpoints.checkpoints[3].minimumExecution", "The minimum is a fraction in [0, 1]."), Assert.Single(Entries(doc)));

        doc = Preset("sichuan-2025");
        doc["monitoring"]!["checkpoints"]!["checkpoints"] = new JsonArray();
        Assert.Equal(("invalid-value", "$.monitoring.checkpoints.checkpoints"), Single(Entries(doc)));

        doc = Preset("sichuan-2025");
        doc["monitoring"]!["checkpoints"]!["source"]!["kind"] = "?";
        Assert.Equal(("invalid-value", "$.monitoring.checkpoints.source.kind"), Single(Entries(doc)));

        doc = Preset("sichuan-2025");
        doc["monitoring"]!["response"]!["source"]!["kind"] = "?";
        Assert.Equal(("invalid-value", "$.monitoring.response.source.kind"), Single(Entries(doc)));
    }

    private static JsonNode Grading(decimal errorDeduction, JsonArray bands) => JsonNode.Parse($$"""
        { "errorDeduction": {{errorDeduction.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "warningDeduction": 5, "adviceDeduction": 1, "bands": {{bands.ToJsonString()}}, "source": {{Src}} }
        """)!;

    private static RuleSet Read(JsonNode doc)
    {
        Assert.True(JsonDocuments.RuleSet.TryRead(doc.ToJsonString(), out var rules, out var report), report.ToString());
        return rules!;
    }

    private static string[] CodesAndPaths(JsonNode doc) => [.. Entries(doc).Select(e => e.Code + " " + e.Path)];
}
