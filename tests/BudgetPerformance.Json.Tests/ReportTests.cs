using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Tests;

public class ReportTests
{
    [Fact]
    public void TryRead_ValidEvaluation_ReturnsTheEvaluationAndAValidReport()
    {
        var json = JsonDocuments.Evaluation.Write(Documents.SelfEvaluation());

        Assert.True(JsonDocuments.Evaluation.TryRead(json, out var evaluation, out var report));

        Assert.True(report.IsValid);
        Assert.Equal("valid", report.ToString());
        Assert.Equal(9, evaluation.Records.Count);
        Assert.Equal(4600m, evaluation.GetRecord(new IndicatorCode("1.1.1")).Actual);
    }

    [Fact]
    public void Write_Decimals_KeepTheirValueAndScale()
    {
        var json = JsonDocuments.Evaluation.Write(Documents.SelfEvaluation());

        Assert.Contains("\"recordedScore\": 13.80", json, StringComparison.Ordinal);
        Assert.Contains("\"adjustedBudget\": 4000000.00", json, StringComparison.Ordinal);
        var again = JsonDocuments.Evaluation.Read(json);
        Assert.Equal("13.80", again.GetRecord(new IndicatorCode("1.1.1")).RecordedScore!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("93.10", again.GetRecord(new IndicatorCode("3.1.1")).Actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_Dates_AreIsoAndDirectionsAreSymbols()
    {
        var json = JsonDocuments.Evaluation.Write(Documents.FinanceEvaluation());

        Assert.Contains("\"date\": \"2021-05-18\"", json, StringComparison.Ordinal);
        Assert.Contains("\"direction\": \"<=\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"finance-evaluation\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SeveralProblems_ReportsEveryOneAtOnce()
    {
        var json = JsonDocuments.Evaluation.Write(Documents.SelfEvaluation())
            .Replace("\"unit\": \"亩\"", "\"unit\": \"亩\", \"weight\": 1", StringComparison.Ordinal)
            .Replace("\"coveredYear\": 2020", "\"coveredYear\": \"2020\"", StringComparison.Ordinal)
            .Replace("\"actual\": 4600", "\"actual\": true", StringComparison.Ordinal);

        Assert.False(JsonDocuments.Evaluation.TryRead(json, out _, out var report));

        Assert.Equal(4, report.Problems.Count);
        Assert.Equal(2, report.Problems.Count(e => e.Code == ProblemCodes.UnknownProperty));
        Assert.Contains(report.Problems, e => e.Code == ProblemCodes.WrongType && e.Location.JsonPath == "$.coveredYear");
        Assert.Contains(report.Problems, e => e.Code == ProblemCodes.WrongType && e.Location.JsonPath == "$.records[0].actual");
    }

    [Fact]
    public void TryRead_DomainProblems_CarryTheIndicatorCode()
    {
        var written = JsonDocuments.Evaluation.Write(Documents.SelfEvaluation());
        var at = written.IndexOf("\"points\": 15,", StringComparison.Ordinal);
        var json = string.Concat(written.AsSpan(0, at), "\"points\": 14,", written.AsSpan(at + "\"points\": 15,".Length));

        Assert.False(JsonDocuments.Evaluation.TryRead(json, out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.PointsSum, entry.Code);
        Assert.Equal("1.1", entry.Location.IndicatorCode);
        Assert.Equal("$.indicators[0].children[0].points", entry.Location.JsonPath);
        Assert.Contains("\"indicatorCode\": \"1.1\"", report.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_LimitsExceeded_ReportsStringsArraysAndDocumentSize()
    {
        var json = JsonDocuments.Evaluation.Write(Documents.SelfEvaluation());
        var limits = new JsonReadLimits(maxStringLength: 5, maxArrayLength: 3);

        Assert.False(JsonDocuments.Evaluation.TryRead(json, out _, out var report, limits));

        Assert.Contains(report.Problems, e => e.Code == ProblemCodes.StringTooLong && e.Location.JsonPath == "$.performer.name");
        Assert.Contains(report.Problems, e => e.Code == ProblemCodes.ArrayTooLong && e.Location.JsonPath == "$.records");
        Assert.False(JsonDocuments.Evaluation.TryRead(json, out _, out var tooLarge, new JsonReadLimits(maxDocumentBytes: 100)));
        Assert.Equal(ProblemCodes.DocumentTooLarge, Assert.Single(tooLarge.Problems).Code);
        Assert.False(JsonDocuments.Evaluation.TryRead(new MemoryStream(Encoding.UTF8.GetBytes(json)), out _, out var streamed, new JsonReadLimits(maxDocumentBytes: 100)));
        Assert.Equal(ProblemCodes.DocumentTooLarge, Assert.Single(streamed.Problems).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("nul")]
    [InlineData("{\"kind\":\"evaluation\"")]
    [InlineData("\"evaluation\"")]
    [InlineData("[1,2")]
    [InlineData("{\"kind\":\"evaluation\",\"schemaVersion\":1} trailing")]
    [InlineData("{\"kind\":\"evaluation\",\"schemaVersion\":\"1\"}")]
    [InlineData("{\"kind\":\"evaluation\",\"schemaVersion\":1}")]
    [InlineData("{\"kind\":\"evaluation\",\"schemaVersion\":1,\"indicators\":[[[[]]]]}")]
    public void TryRead_Garbage_ReportsWithoutThrowing(string json)
    {
        Assert.False(JsonDocuments.Evaluation.TryRead(json, out _, out var report));
        Assert.NotEmpty(report.Problems);
        Assert.DoesNotContain(report.Problems, e => e.Code == ProblemCodes.InternalError);
    }

    [Fact]
    public void TryRead_UnexpectedFailureInsideTheReader_BecomesAnInternalErrorEntry()
    {
        var codec = new Codec<RuleSetDocument, RuleSet>(DocumentKinds.RuleSet, ContractJson.TypeInfo<RuleSetDocument>(), (_, _, _) => throw new InvalidOperationException("boom"), Mapper.ToContract);
        var json = JsonDocuments.RuleSet.WriteToUtf8Bytes(Documents.National2020());

        var value = codec.Read(json, JsonReadLimits.Default, out var report);

        Assert.Null(value);
        var entry = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.InternalError, entry.Code);
        Assert.Contains("boom", entry.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidDocument_ThrowsJsonContractExceptionWhichIsAJsonException()
    {
        var e = Assert.Throws<JsonContractException>(() => JsonDocuments.RuleSet.Read("{}"));
        Assert.IsAssignableFrom<JsonException>(e);
        Assert.Equal(2, e.Report.Problems.Count);
        Assert.Contains("required-missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullArguments_ThrowWithTheParameterName()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => JsonDocuments.RuleSet.Read((string)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => JsonDocuments.RuleSet.Read((Stream)null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => JsonDocuments.RuleSet.Write(null!)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits(maxDepth: 0));
    }

    [Fact]
    public void Write_TwoCustomClassesOfOneCodeWithDifferentNames_Throws()
    {
        // One declaration per level and code: a reader would take the two for one, so the writer refuses.
        var custom = IndicatorClass.Custom(1, "local-output", new LocalizedName("地方产出", "Local output"));
        var renamed = IndicatorClass.Custom(1, "local-output", new LocalizedName("本地产出", "Local output"));
        var tree = new IndicatorTree(IndicatorWeighting.Template,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "地方产出", custom, 0m, [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 0m, [])]),
            new LevelOneIndicator(new IndicatorCode("2"), "本地产出", renamed, 0m, [new LevelTwoIndicator(new IndicatorCode("2.1"), "质量指标", IndicatorClass.Quality, 0m, [])]),
        ]);
        var target = new PerformanceTarget(new SubjectRef(SubjectType.Project, "P1"), new FiscalYear(2021), "目标", tree, "U01");

        var e = Assert.Throws<ArgumentException>(() => JsonDocuments.PerformanceTarget.Write(target));
        Assert.Contains("two custom level-1 classes with the code 'local-output'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormRows_Read_BuildTheTreeWithDerivedCodesClassesAndPoints()
    {
        const string json = """
            {
              "kind": "evaluation", "schemaVersion": 1, "id": "E9", "type": "self-evaluation",
              "subject": { "type": "project", "code": "P001" }, "performer": { "role": "unit", "name": "农田建设股" },
              "coveredYear": 2020, "conductedIn": 2021, "weighting": "weighted",
              "budgetExecution": { "adjustedBudget": 100.00, "spent": 90.00 },
              "rows": [
                { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "新增灌溉面积", "direction": ">=", "target": 1200, "unit": "亩", "points": 10, "actual": 1350, "recordedScore": 10 },
                { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "高标准农田建设面积", "direction": ">=", "target": 5000, "unit": "亩", "points": 15, "actual": 4600, "recordedScore": 13.8 },
                { "levelOne": "产出指标", "levelTwo": "质量", "levelThree": "工程验收合格率", "direction": "=", "target": 100, "unit": "%", "points": 5 },
                { "levelOne": "满意度指标", "levelTwo": "服务对象满意度指标", "levelThree": "群众评价", "direction": "qualitative", "points": 10, "achievement": "partly-achieved", "recordedScore": 7 }
              ]
            }
            """;

        var evaluation = JsonDocuments.Evaluation.Read(json);

        var tree = evaluation.Indicators;
        Assert.Equal(["1", "2"], tree.Groups.Select(g => g.Code.Value));
        Assert.Equal(IndicatorClass.Output, tree.Groups[0].Class);
        Assert.Equal(30m, tree.Groups[0].Points);
        Assert.Equal(["1.1.1", "1.1.2", "1.2.1", "2.1.1"], tree.Indicators.Select(i => i.Code.Value));
        Assert.Equal(IndicatorClass.Quality, tree.Groups[0].Children[1].Class);
        Assert.Equal(IndicatorClass.BeneficiarySatisfaction, tree.Groups[1].Children[0].Class);
        Assert.Equal(RecordState.NoData, evaluation.GetRecord(new IndicatorCode("1.2.1")).State);
        Assert.Equal(AchievementLevel.PartlyAchieved, evaluation.GetRecord(new IndicatorCode("2.1.1")).Achievement);
        Assert.Equal(13.8m, evaluation.GetRecord(new IndicatorCode("1.1.2")).RecordedScore);
    }

    [Fact]
    public void BuiltInCatalogue_WriteReadWrite_IsByteIdentical()
    {
        foreach (var framework in IndicatorCatalog.BuiltIn)
        {
            var first = JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(framework);
            var again = JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(JsonDocuments.IndicatorFramework.Read(first));
            Assert.Equal(first, again);
        }
    }

    [Fact]
    public void Portfolio_RoundTrip_KeepsEverySubjectTargetAndEvaluation()
    {
        var portfolio = Documents.Portfolio();
        var json = JsonDocuments.Portfolio.WriteToUtf8Bytes(portfolio);
        var again = JsonDocuments.Portfolio.Read(json);

        Assert.Equal(portfolio.ToString(), again.ToString());
        Assert.True(again.TryGetSubject(new SubjectRef(SubjectType.Unit, "U01"), out var unit));
        Assert.Equal("县农田建设服务中心", unit.Name);
        Assert.Equal(json, JsonDocuments.Portfolio.WriteToUtf8Bytes(again));
    }

    [Fact]
    public void Portfolio_BrokenReference_ThrowsWithTheListLocator()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new Portfolio(new FiscalYear(2021), [], [new BudgetUnit("U1", "单位", "D404")], [], [], [], []));
        Assert.Equal(ProblemCodes.ReferenceUnknown, e.Problem.Code);
        Assert.Equal("units[0].departmentCode", e.Problem.Location.Element);
        Assert.Equal("units", e.ParamName);
    }
}
