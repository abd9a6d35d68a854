using System;
using System.Linq;
using System.Text;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The syntax pass (docs/json/errors.md, pass 1): a syntax error ends reading with exactly one entry whose path is
/// the last well-formed position before the error and whose message gives the line and byte; the depth limit on both
/// sides; invalid UTF-8 with the offset of its first bad byte; bare NaN/Infinity wherever a value may stand; escaped
/// lone surrogates in names and in strings.
/// </summary>
public class SyntaxScanContractTests
{
    private static Entry Single(string json, JsonReadLimits? limits = null) => Single(Encoding.UTF8.GetBytes(json), limits);

    private static Entry Single(byte[] utf8, JsonReadLimits? limits = null)
    {
        Assert.False(JsonDocuments.Evaluation.TryRead(utf8, out var value, out var report, limits));
        Assert.Null(value);
        return Assert.Single(report.Problems);
    }

    // Depth ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Depth_TheSampleNestsSevenLevels_ReadsWithALimitOfSeven()
    {
        // root (1) > indicators (2) > level-1 node (3) > children (4) > level-2 node (5) > indicators (6) > indicator (7).
        Assert.True(JsonDocuments.Evaluation.TryRead(EvaluationMappingTests.Nested, out var evaluation, out var report, new JsonReadLimits(maxDepth: 7)));

        Assert.True(report.IsValid);
        Assert.Equal("E1", evaluation.Id);
    }

    [Fact]
    public void Depth_OneLevelTooDeep_IsReportedAtTheFirstValueBeyondTheLimit()
    {
        var entry = Single(EvaluationMappingTests.Nested, new JsonReadLimits(maxDepth: 6));

        Assert.Equal(ProblemCodes.DepthExceeded, entry.Code);
        Assert.Equal("$.indicators[0].children[0].indicators[0]", entry.Path);
        Assert.Equal("Objects and arrays nest deeper than 6 levels.", entry.Message);
    }

    [Fact]
    public void Depth_DefaultLimitOf32_NestedArraysOnEachSide()
    {
        var deepest = new string('[', 32) + new string(']', 32);
        Assert.False(JsonDocuments.Evaluation.TryRead(deepest, out _, out var report));
        Assert.Equal((ProblemCodes.WrongType, "$"), (Assert.Single(report.Problems).Code, report.Problems[0].Location.JsonPath));

        var tooDeep = Single(new string('[', 33) + new string(']', 33));

        Assert.Equal(ProblemCodes.DepthExceeded, tooDeep.Code);
        Assert.Equal("$" + string.Concat(Enumerable.Repeat("[0]", 32)), tooDeep.Path);
        Assert.Equal("Objects and arrays nest deeper than 32 levels.", tooDeep.Message);
    }

    [Fact]
    public void Depth_LimitOfOne_AllowsTheRootOnly()
    {
        var entry = Single("{\"kind\":\"evaluation\",\"subject\":{}}", new JsonReadLimits(maxDepth: 1));

        Assert.Equal((ProblemCodes.DepthExceeded, "$.subject"), (entry.Code, entry.Path));
        Assert.Equal("Objects and arrays nest deeper than 1 levels.", entry.Message);
    }

    [Fact]
    public void Depth_ObjectsCountLikeArrays()
    {
        var entry = Single("{\"a\":[{\"b\":{}}]}", new JsonReadLimits(maxDepth: 3));

        Assert.Equal((ProblemCodes.DepthExceeded, "$.a[0].b"), (entry.Code, entry.Path));
    }

    // Invalid UTF-8 ----------------------------------------------------------------------------------------------

    [Fact]
    public void InvalidUtf8_AtTheStart_IsAtOffsetZero()
    {
        var entry = Single([0xFF, .. "{}"u8]);

        Assert.Equal((ProblemCodes.MalformedJson, "$"), (entry.Code, entry.Path));
        Assert.Equal("The document is not valid UTF-8 (the first invalid byte is at offset 0).", entry.Message);
    }

    [Fact]
    public void InvalidUtf8_AfterMultiByteCharacters_CountsBytesNotCharacters()
    {
        // {"id":" is 7 bytes, 中 and 文 are 3 bytes each: the stray continuation byte 0x80 is at offset 13.
        byte[] bytes = [.. "{\"id\":\"中文"u8, 0x80, .. "\"}"u8];

        var entry = Single(bytes);

        Assert.Equal((ProblemCodes.MalformedJson, "$"), (entry.Code, entry.Path));
        Assert.Equal("The document is not valid UTF-8 (the first invalid byte is at offset 13).", entry.Message);
    }

    [Fact]
    public void InvalidUtf8_ATruncatedSequence_IsAtItsFirstByte()
    {
        // {"id":"a is 8 bytes; 0xE4 0xB8 starts a three-byte character that the quote cuts short.
        byte[] bytes = [.. "{\"id\":\"a"u8, 0xE4, 0xB8, .. "\"}"u8];

        var entry = Single(bytes);

        Assert.Equal("The document is not valid UTF-8 (the first invalid byte is at offset 8).", entry.Message);
    }

    // Not well-formed --------------------------------------------------------------------------------------------

    [Fact]
    public void Malformed_GivesLineAndByteOfTheError_AndThePathOfTheLastGoodValue()
    {
        // Line 3 is `  "schemaVersion": 1 x`: the x is byte 21 of the line (counted from 0), so byte 22 counted from 1.
        var entry = Single("{\n  \"kind\": \"evaluation\",\n  \"schemaVersion\": 1 x\n}");

        Assert.Equal((ProblemCodes.MalformedJson, "$.schemaVersion"), (entry.Code, entry.Path));
        Assert.StartsWith("The input is not well-formed JSON (line 3, byte 22): ", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":[1 x]}", "$.a[0]")]
    [InlineData("[1,2 x]", "$[1]")]
    [InlineData("[[1],[2 x]]", "$[1][0]")]
    [InlineData("{\"a\":[1,2],\"b\":x}", "$.b")]
    [InlineData("{\"a\":{\"b\":1},\"c\":1,}", "$.c")]
    [InlineData("{\"a\":[}", "$.a")]
    [InlineData("{\"a\":{]", "$.a")]
    [InlineData("[,", "$")]
    [InlineData("{\"a\":1 // comment\n}", "$.a")]
    [InlineData("{'a':1}", "$")]
    [InlineData("", "$")]
    public void Malformed_PathIsTheLastWellFormedPosition(string json, string path)
    {
        var entry = Single(json);

        Assert.Equal((ProblemCodes.MalformedJson, path), (entry.Code, entry.Path));
        Assert.StartsWith("The input is not well-formed JSON (line 1, byte ", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_PathsOfOddNamesAreQuoted()
    {
        var entry = Single("{\"a b\":[\"x\" 1]}");

        Assert.Equal((ProblemCodes.MalformedJson, "$['a b'][0]"), (entry.Code, entry.Path));
    }

    // NaN and Infinity -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("{\"a\":NaN}", "$.a")]
    [InlineData("{\"a\": Infinity}", "$.a")]
    [InlineData("{\"a\":-Infinity}", "$.a")]
    [InlineData("[NaN]", "$[0]")]
    [InlineData("[1,\r\n\t Infinity]", "$[1]")]
    [InlineData("{\"a\":[1,2,-Infinity]}", "$.a[2]")]
    [InlineData("{\"a\":{\"b\":[]},\"c\":[[0],NaN]}", "$.c[1]")]
    public void NonFinite_BareLiteral_IsReportedAtItsPosition(string json, string path)
    {
        var entry = Single(json);

        Assert.Equal((ProblemCodes.NonFiniteNumber, path), (entry.Code, entry.Path));
        Assert.Equal("NaN and Infinity are not numbers in JSON and are never accepted.", entry.Message);
    }

    [Theory]
    [InlineData("{\"a\":Nope}")]
    [InlineData("{\"a\":nan}")]
    [InlineData("{\"a\":Inf}")]
    [InlineData("{\"a\":+Infinity}")]
    public void NonFinite_OtherBareWords_AreMalformed(string json)
    {
        var entry = Single(json);

        Assert.Equal((ProblemCodes.MalformedJson, "$.a"), (entry.Code, entry.Path));
    }

    // Escaped lone surrogates ------------------------------------------------------------------------------------

    [Fact]
    public void LoneSurrogate_InANestedPropertyName_IsReportedAfterTheLastGoodValue()
    {
        // The last well-formed position is the value of "type" inside "subject".
        var entry = Single("{\"kind\":\"evaluation\",\"subject\":{\"type\":\"project\",\"\\ud800\":1}}");
        Assert.Equal((ProblemCodes.MalformedJson, "$.subject.type"), (entry.Code, entry.Path));
        Assert.Equal("A property name is not valid text (an escaped lone surrogate such as \\ud800).", entry.Message);

        // As the first property of an object, the object itself.
        entry = Single("{\"kind\":\"evaluation\",\"subject\":{\"\\ud800\":1}}");
        Assert.Equal((ProblemCodes.MalformedJson, "$.subject"), (entry.Code, entry.Path));
        Assert.Equal("A property name is not valid text (an escaped lone surrogate such as \\ud800).", entry.Message);
    }

    [Fact]
    public void LoneSurrogate_InAString_IsReportedAtTheString()
    {
        var entry = Single("{\"a\":[\"x\",\"ok \\udc00\"]}");

        Assert.Equal((ProblemCodes.MalformedJson, "$.a[1]"), (entry.Code, entry.Path));
        Assert.Equal("The string is not valid text (an escaped lone surrogate such as \\ud800).", entry.Message);
    }

    [Fact]
    public void EscapedSurrogatePairAndOtherEscapes_AreValidText()
    {
        var json = EvaluationMappingTests.Nested.Replace("\"name\": \"农田建设股\"", "\"name\": \"\\ud83d\\ude00 \\u519c\\n\\\"\"", StringComparison.Ordinal);
        Assert.Contains("\\ud83d", json, StringComparison.Ordinal);

        var evaluation = JsonDocuments.Evaluation.Read(json);

        Assert.Equal("😀 农\n\"", evaluation.Performer.Name);
    }
}
