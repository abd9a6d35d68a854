using System;
using System.Linq;
using System.Text.Json;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The report types as values (docs/json/errors.md): a report of problems, its JSON and text forms, the exception's
/// message, and the limits' ranges on both sides and their documented defaults (docs/quality.md). The problem type itself
/// is tested in the Domain tests (ProblemTests); the registry against errors.md in ProblemRegistryDocsTests.
/// </summary>
public class ReportValueContractTests
{
    private static readonly Problem First = Messages.PointsDoNotAddUp.At(ProblemLocation.InDocument("$.indicators[0].children[0].points", "1.1"), "1.1", 24m, 25m);
    private static readonly Problem Second = Messages.KindMissing.At(ProblemLocation.InDocument("$.kind"), "evaluation");

    // ValidationReport --------------------------------------------------------------------------------------------

    [Fact]
    public void Report_Valid_HasNoProblems()
    {
        Assert.True(ValidationReport.Valid.IsValid);
        Assert.Empty(ValidationReport.Valid.Problems);
        Assert.Same(ValidationReport.Valid, ValidationReport.Valid);
        Assert.True(new ValidationReport([]).IsValid);
        Assert.Equal("valid", new ValidationReport([]).ToString());
    }

    [Fact]
    public void Report_KeepsItsProblemsInOrder_AsACopy()
    {
        var source = new System.Collections.Generic.List<Problem> { Second, First };

        var report = new ValidationReport(source);
        source.Clear();

        Assert.False(report.IsValid);
        Assert.Equal([Second, First], report.Problems);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<Problem>)report.Problems).Add(First));
    }

    [Fact]
    public void Report_Guards_NameTheProblems()
    {
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new ValidationReport(null!)).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentException>(() => new ValidationReport([First, null!])).ParamName);
    }

    [Fact]
    public void Report_ToString_IsOneLinePerProblem_PathCodeIndicatorAndEnglish()
    {
        var report = new ValidationReport([Second, First]);

        Assert.Equal(
            "$.kind: required-missing: The document has no string 'kind'; it must be one of evaluation." + Environment.NewLine +
            "$.indicators[0].children[0].points: points-sum (1.1): The children of 1.1 have 24 points in all, not the 25 of 1.1.",
            report.ToString());
    }

    [Fact]
    public void Report_ToJson_Valid()
    {
        Assert.Equal("{\n  \"valid\": true,\n  \"problems\": []\n}", ValidationReport.Valid.ToJson());
    }

    [Fact]
    public void Report_ToJson_EveryProblemWithItsParts_IndicatorCodeOnlyWhenThereIsOne()
    {
        var report = new ValidationReport([First, Second]);

        Assert.Equal(
            """
            {
              "valid": false,
              "problems": [
                {
                  "code": "points-sum",
                  "severity": "error",
                  "path": "$.indicators[0].children[0].points",
                  "indicatorCode": "1.1",
                  "message": {
                    "zh": "1.1 的下级指标分值合计 24，不等于 1.1 的分值 25。",
                    "en": "The children of 1.1 have 24 points in all, not the 25 of 1.1."
                  }
                },
                {
                  "code": "required-missing",
                  "severity": "error",
                  "path": "$.kind",
                  "message": {
                    "zh": "文档没有字符串形式的“kind”；它应为以下之一：evaluation。",
                    "en": "The document has no string 'kind'; it must be one of evaluation."
                  }
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            report.ToJson());
    }

    [Fact]
    public void Report_ToJson_QuotesAndBackslashesSurviveTheRoundTrip()
    {
        var problem = Messages.KindNotOneOf.At(ProblemLocation.InDocument("$['a\"b\\\\c']"), "a\"b\\c", "evaluation");

        using var document = JsonDocument.Parse(new ValidationReport([problem]).ToJson());

        var parsed = document.RootElement.GetProperty("problems")[0];
        Assert.Equal(problem.MessageEn, parsed.GetProperty("message").GetProperty("en").GetString());
        Assert.Equal(problem.MessageZh, parsed.GetProperty("message").GetProperty("zh").GetString());
        Assert.Equal(problem.Location.JsonPath, parsed.GetProperty("path").GetString());
        Assert.False(parsed.TryGetProperty("indicatorCode", out _));
    }

    // JsonContractException ---------------------------------------------------------------------------------------

    [Fact]
    public void Exception_MessageCountsTheProblemsAndGivesTheFirst()
    {
        var e = new JsonContractException(new ValidationReport([Second, First]));

        Assert.Equal("The document is not valid: 2 problem(s); the first is $.kind: required-missing: The document has no string 'kind'; it must be one of evaluation.", e.Message);
        Assert.Equal([Second, First], e.Report.Problems);
        Assert.IsAssignableFrom<JsonException>(e);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void Exception_WithoutProblems_SaysSo()
    {
        Assert.Equal("The document is not valid: 0 problem(s); the first is no problems", new JsonContractException(ValidationReport.Valid).Message);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => new JsonContractException(null!)).ParamName);
    }

    [Fact]
    public void Exception_FromAReader_CarriesTheReadersReport()
    {
        Assert.False(JsonDocuments.RuleSet.TryRead("{}", out _, out var report));

        var e = Assert.Throws<JsonContractException>(() => JsonDocuments.RuleSet.Read("{}"));

        Assert.Equal(report.Problems, e.Report.Problems);
        Assert.Equal(
            [("required-missing", "$.kind", "The document has no 'kind'; expected \"rule-set\"."), ("required-missing", "$.schemaVersion", "The document has no 'schemaVersion'.")],
            e.Report.Problems.Select(x => (x.Code, x.Location.JsonPath!, x.MessageEn)));
    }

    // JsonReadLimits ----------------------------------------------------------------------------------------------

    [Fact]
    public void Limits_Defaults_AreTheDocumentedOnes()
    {
        // docs/quality.md: 64 MiB, depth 32, strings of 16,384 characters, arrays of 100,000 items.
        var limits = JsonReadLimits.Default;

        Assert.Equal((67_108_864L, 32, 16_384, 100_000), (limits.MaxDocumentBytes, limits.MaxDepth, limits.MaxStringLength, limits.MaxArrayLength));
        Assert.Equal((67_108_864L, 32, 16_384, 100_000), (JsonReadLimits.DefaultMaxDocumentBytes, JsonReadLimits.DefaultMaxDepth, JsonReadLimits.DefaultMaxStringLength, JsonReadLimits.DefaultMaxArrayLength));
        var fresh = new JsonReadLimits();
        Assert.Equal((67_108_864L, 32, 16_384, 100_000), (fresh.MaxDocumentBytes, fresh.MaxDepth, fresh.MaxStringLength, fresh.MaxArrayLength));
        Assert.Same(JsonReadLimits.Default, JsonReadLimits.Default);
    }

    [Fact]
    public void Limits_TheEndsOfEachRange_AreAccepted()
    {
        var low = new JsonReadLimits(1, 1, 1, 1);
        var high = new JsonReadLimits(long.MaxValue, 256, int.MaxValue, int.MaxValue);

        Assert.Equal((1L, 1, 1, 1), (low.MaxDocumentBytes, low.MaxDepth, low.MaxStringLength, low.MaxArrayLength));
        Assert.Equal((long.MaxValue, 256, int.MaxValue, int.MaxValue), (high.MaxDocumentBytes, high.MaxDepth, high.MaxStringLength, high.MaxArrayLength));
    }

    [Fact]
    public void Limits_JustOutsideEachRange_ThrowWithTheParameterAndValue()
    {
        var bytes = Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits(maxDocumentBytes: -1));
        Assert.Equal(("maxDocumentBytes", (object)(-1L)), (bytes.ParamName, bytes.ActualValue!));
        Assert.StartsWith("The limit must be at least 1.", bytes.Message, StringComparison.Ordinal);

        Assert.Equal(("maxDepth", (object)0), Outside(() => new JsonReadLimits(maxDepth: 0)));
        Assert.Equal(("maxDepth", (object)257), Outside(() => new JsonReadLimits(maxDepth: 257)));
        Assert.Equal(("maxStringLength", (object)0), Outside(() => new JsonReadLimits(maxStringLength: 0)));
        Assert.Equal(("maxArrayLength", (object)0), Outside(() => new JsonReadLimits(maxArrayLength: 0)));
        Assert.Equal(("maxArrayLength", (object)(-5)), Outside(() => new JsonReadLimits(maxArrayLength: -5)));
    }

    private static (string?, object) Outside(Func<JsonReadLimits> create)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => create());
        return (e.ParamName, e.ActualValue!);
    }
}
