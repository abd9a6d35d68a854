using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The report types as values (docs/json/errors.md): entries with their guards, equality on all four parts, the JSON
/// and text forms of a report, the exception's message, the limits' ranges on both sides and their documented defaults
/// (docs/quality.md), and the codes of <see cref="JsonErrorCodes"/> against the table of errors.md.
/// </summary>
public partial class ReportValueContractTests
{
    private static readonly ValidationEntry First = new("points-sum", "The children of 1.1 add up to 24, not 25.", "$.indicators[0].children[0].points", "1.1");
    private static readonly ValidationEntry Second = new("wrong-type", "Expected a string, found a number.", "$.id");

    // ValidationEntry ---------------------------------------------------------------------------------------------

    [Fact]
    public void Entry_KeepsItsParts()
    {
        Assert.Equal(("points-sum", "The children of 1.1 add up to 24, not 25.", "$.indicators[0].children[0].points", "1.1"), (First.Code, First.Message, First.Path, First.IndicatorCode));
        Assert.Null(Second.IndicatorCode);
        Assert.Equal(string.Empty, new ValidationEntry("c", string.Empty, "$").Message);
    }

    [Fact]
    public void Entry_Guards_NameTheirParameters()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new ValidationEntry(null!, "m", "$")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new ValidationEntry(" ", "m", "$")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => new ValidationEntry("c", null!, "$")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new ValidationEntry("c", "m", null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new ValidationEntry("c", "m", "")).ParamName);
    }

    [Fact]
    public void Entry_ToString_WithAndWithoutIndicatorCode()
    {
        Assert.Equal("$.indicators[0].children[0].points: points-sum (1.1): The children of 1.1 add up to 24, not 25.", First.ToString());
        Assert.Equal("$.id: wrong-type: Expected a string, found a number.", Second.ToString());
    }

    [Fact]
    public void Entry_Equality_IsOnEveryPart()
    {
        var same = new ValidationEntry("points-sum", "The children of 1.1 add up to 24, not 25.", "$.indicators[0].children[0].points", "1.1");

        Assert.True(First.Equals(same));
        Assert.True(First.Equals((object)same));
        Assert.Equal(First.GetHashCode(), same.GetHashCode());
        Assert.False(First.Equals(null));
        Assert.False(First.Equals((object?)null));
        Assert.False(First.Equals("points-sum"));
        Assert.False(First.Equals(new ValidationEntry("points-SUM", First.Message, First.Path, First.IndicatorCode)));
        Assert.False(First.Equals(new ValidationEntry(First.Code, First.Message + ".", First.Path, First.IndicatorCode)));
        Assert.False(First.Equals(new ValidationEntry(First.Code, First.Message, "$.indicators[0].children[1].points", First.IndicatorCode)));
        Assert.False(First.Equals(new ValidationEntry(First.Code, First.Message, First.Path, "1.2")));
        Assert.False(First.Equals(new ValidationEntry(First.Code, First.Message, First.Path)));
        Assert.True(Second.Equals(new ValidationEntry(Second.Code, Second.Message, Second.Path, null)));
    }

    // ValidationReport --------------------------------------------------------------------------------------------

    [Fact]
    public void Report_Valid_HasNoEntries()
    {
        Assert.True(ValidationReport.Valid.IsValid);
        Assert.Empty(ValidationReport.Valid.Entries);
        Assert.Same(ValidationReport.Valid, ValidationReport.Valid);
        Assert.True(new ValidationReport([]).IsValid);
        Assert.Equal("valid", new ValidationReport([]).ToString());
    }

    [Fact]
    public void Report_KeepsItsEntriesInOrder_AsACopy()
    {
        var source = new System.Collections.Generic.List<ValidationEntry> { Second, First };

        var report = new ValidationReport(source);
        source.Clear();

        Assert.False(report.IsValid);
        Assert.Equal([Second, First], report.Entries);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<ValidationEntry>)report.Entries).Add(First));
    }

    [Fact]
    public void Report_Guards_NameTheEntries()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new ValidationReport(null!)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentException>(() => new ValidationReport([First, null!])).ParamName);
    }

    [Fact]
    public void Report_ToString_IsOneLinePerEntry()
    {
        var report = new ValidationReport([Second, First]);

        Assert.Equal(Second + Environment.NewLine + First, report.ToString());
    }

    [Fact]
    public void Report_ToJson_Valid()
    {
        Assert.Equal("{\n  \"valid\": true,\n  \"entries\": []\n}", ValidationReport.Valid.ToJson());
    }

    [Fact]
    public void Report_ToJson_EveryEntryWithItsParts_IndicatorCodeOnlyWhenThereIsOne()
    {
        var report = new ValidationReport([First, new ValidationEntry("name-required", "名称不能为空 <b>", "$.performer.name")]);

        Assert.Equal(
            """
            {
              "valid": false,
              "entries": [
                {
                  "code": "points-sum",
                  "message": "The children of 1.1 add up to 24, not 25.",
                  "path": "$.indicators[0].children[0].points",
                  "indicatorCode": "1.1"
                },
                {
                  "code": "name-required",
                  "message": "名称不能为空 <b>",
                  "path": "$.performer.name"
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            report.ToJson());
    }

    [Fact]
    public void Report_ToJson_QuotesAndBackslashesSurviveTheRoundTrip()
    {
        var entry = new ValidationEntry("unknown-property", "The property 'a\"b\\c' is not part of the contract.", "$['a\"b\\\\c']");

        using var document = JsonDocument.Parse(new ValidationReport([entry]).ToJson());

        var parsed = document.RootElement.GetProperty("entries")[0];
        Assert.Equal(entry.Message, parsed.GetProperty("message").GetString());
        Assert.Equal(entry.Path, parsed.GetProperty("path").GetString());
        Assert.False(parsed.TryGetProperty("indicatorCode", out _));
    }

    // JsonContractException ---------------------------------------------------------------------------------------

    [Fact]
    public void Exception_MessageCountsTheEntriesAndGivesTheFirst()
    {
        var e = new JsonContractException(new ValidationReport([Second, First]));

        Assert.Equal("The document is not valid: 2 problem(s); the first is $.id: wrong-type: Expected a string, found a number.", e.Message);
        Assert.Equal([Second, First], e.Report.Entries);
        Assert.IsAssignableFrom<JsonException>(e);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void Exception_WithoutEntries_SaysSo()
    {
        Assert.Equal("The document is not valid: 0 problem(s); the first is no entries", new JsonContractException(ValidationReport.Valid).Message);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => new JsonContractException(null!)).ParamName);
    }

    [Fact]
    public void Exception_FromAReader_CarriesTheReadersReport()
    {
        Assert.False(JsonDocuments.RuleSet.TryRead("{}", out _, out var report));

        var e = Assert.Throws<JsonContractException>(() => JsonDocuments.RuleSet.Read("{}"));

        Assert.Equal(report.Entries, e.Report.Entries);
        Assert.Equal(
            [("required-missing", "$.kind", "The document has no 'kind'; expected \"rule-set\"."), ("required-missing", "$.schemaVersion", "The document has no 'schemaVersion'.")],
            e.Report.Entries.Select(x => (x.Code, x.Path, x.Message)));
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

    // JsonErrorCodes ----------------------------------------------------------------------------------------------

    [Fact]
    public void ErrorCodes_AreExactlyTheTableOfErrorsMd()
    {
        var text = File.ReadAllText(Path.Combine(Documents.RepositoryRoot(), "docs", "json", "errors.md"));
        var section = text[text.IndexOf("## Form of the document", StringComparison.Ordinal)..text.IndexOf("## Domain invariants", StringComparison.Ordinal)];
        var documented = TableCode().Matches(section).Select(m => m.Groups[1].Value).ToArray();

        var constants = typeof(JsonErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        Assert.Equal(26, documented.Length);
        Assert.Equal(documented.Order(StringComparer.Ordinal), constants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ErrorCodes_SomeByName()
    {
        Assert.Equal(
            ["malformed-json", "document-too-large", "depth-exceeded", "string-too-long", "array-too-long", "unknown-property", "duplicate-property", "required-missing", "wrong-type", "null-not-allowed", "non-finite-number", "number-out-of-range", "integer-expected", "wrong-kind", "unsupported-schema-version", "invalid-value", "internal-error"],
            [JsonErrorCodes.MalformedJson, JsonErrorCodes.DocumentTooLarge, JsonErrorCodes.DepthExceeded, JsonErrorCodes.StringTooLong, JsonErrorCodes.ArrayTooLong, JsonErrorCodes.UnknownProperty, JsonErrorCodes.DuplicateProperty, JsonErrorCodes.RequiredMissing, JsonErrorCodes.WrongType, JsonErrorCodes.NullNotAllowed, JsonErrorCodes.NonFiniteNumber, JsonErrorCodes.NumberOutOfRange, JsonErrorCodes.IntegerExpected, JsonErrorCodes.WrongKind, JsonErrorCodes.UnsupportedSchemaVersion, JsonErrorCodes.InvalidValue, JsonErrorCodes.InternalError]);
    }

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
