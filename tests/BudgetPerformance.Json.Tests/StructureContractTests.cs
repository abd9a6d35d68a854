using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The structural pass (docs/json/errors.md, pass 2) entry by entry: code, path and message of every unknown,
/// duplicate, missing, mistyped, null, out-of-range or too-long value, each limit on both sides, and that a problem
/// in one value neither hides nor invents problems elsewhere. Documents are the valid nested sample of
/// <see cref="EvaluationMappingTests.Nested"/> with one change each (its longest string, "self-evaluation", has 15
/// characters; its longest array, records, 3 items).
/// </summary>
public class StructureContractTests
{
    private const string Indicator = "$.indicators[0].children[0].indicators[0]";

    private static JsonNode Doc() => JsonNode.Parse(EvaluationMappingTests.Nested)!;

    private static (string Code, string Path, string Message)[] Entries(JsonNode doc, JsonReadLimits? limits = null) =>
        Entries(EvaluationMappingTests.Bytes(doc), limits);

    private static (string Code, string Path, string Message)[] Entries(string json, JsonReadLimits? limits = null) =>
        Entries(Encoding.UTF8.GetBytes(json), limits);

    private static (string Code, string Path, string Message)[] Entries(byte[] json, JsonReadLimits? limits)
    {
        Assert.False(JsonDocuments.Evaluation.TryRead(json, out var value, out var report, limits));
        Assert.Null(value);
        Assert.All(report.Problems, e => Assert.Null(e.Location.IndicatorCode));
        return [.. report.Problems.Select(e => (e.Code, e.Location.JsonPath!, e.MessageEn))];
    }

    private static JsonNode? Parse(string json) => JsonNode.Parse(json);

    // Unknown and duplicate properties ----------------------------------------------------------------------------

    [Fact]
    public void UnknownProperty_WithAnyValue_IsOneEntryAndItsValueIsNotExamined()
    {
        var doc = Doc();
        doc["extra"] = Parse("""{ "a": [1, { "b": null, "id": 5 }], "c": "NaN" }""");

        Assert.Equal([(ProblemCodes.UnknownProperty, "$.extra", "The property 'extra' is not part of the contract.")], Entries(doc));
    }

    [Fact]
    public void UnknownProperty_NamedWithEscapes_IsReportedUnescaped()
    {
        var json = EvaluationMappingTests.Nested.Replace("\"id\": \"E1\",", "\"id\": \"E1\", \"\\u0078y\": 1,", StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.UnknownProperty, "$.xy", "The property 'xy' is not part of the contract.")], Entries(json));
    }

    [Fact]
    public void UnknownProperty_WithAnEmptyName_HasAQuotedEmptyPath()
    {
        var doc = Doc();
        doc[""] = 1;

        Assert.Equal([(ProblemCodes.UnknownProperty, "$['']", "The property '' is not part of the contract.")], Entries(doc));
    }

    [Fact]
    public void UnknownProperty_NameOf64Characters_IsGivenWhole()
    {
        var name = new string('a', 64);
        var doc = Doc();
        doc[name] = 1;

        Assert.Equal([(ProblemCodes.UnknownProperty, "$." + name, $"The property '{name}' is not part of the contract.")], Entries(doc));
    }

    [Fact]
    public void UnknownProperty_NameOf65Characters_IsShortenedTo61AndAnEllipsis()
    {
        var doc = Doc();
        doc[new string('a', 65)] = 1;
        var shortened = new string('a', 61) + "...";

        Assert.Equal([(ProblemCodes.UnknownProperty, "$['" + shortened + "']", $"The property '{shortened}' is not part of the contract.")], Entries(doc));
    }

    [Fact]
    public void UnknownProperty_InsideANestedObject_HasTheNestedPath()
    {
        var doc = Doc();
        doc["records"]![2]!["weight"] = 1;

        Assert.Equal([(ProblemCodes.UnknownProperty, "$.records[2].weight", "The property 'weight' is not part of the contract.")], Entries(doc));
    }

    [Fact]
    public void DuplicateKnownProperty_IsReportedOnce_AndTheRepeatedValueIsNotExamined()
    {
        var json = EvaluationMappingTests.Nested
            .Replace("\"id\": \"E1\",", "\"id\": \"E1\", \"id\": 5,", StringComparison.Ordinal)
            .Replace("\"performer\":", "\"subject\": { \"x\": 1 }, \"performer\":", StringComparison.Ordinal);

        Assert.Equal(
            [
                (ProblemCodes.DuplicateProperty, "$.id", "The property 'id' appears more than once."),
                (ProblemCodes.DuplicateProperty, "$.subject", "The property 'subject' appears more than once."),
            ],
            Entries(json));
    }

    [Fact]
    public void DuplicateUnknownProperty_IsUnknownThenDuplicateWithMessages()
    {
        var json = EvaluationMappingTests.Nested.Replace("\"id\": \"E1\",", "\"id\": \"E1\", \"x\": 1, \"x\": 2, \"x\": 3,", StringComparison.Ordinal);

        Assert.Equal(
            [
                (ProblemCodes.UnknownProperty, "$.x", "The property 'x' is not part of the contract."),
                (ProblemCodes.DuplicateProperty, "$.x", "The property 'x' appears more than once."),
                (ProblemCodes.DuplicateProperty, "$.x", "The property 'x' appears more than once."),
            ],
            Entries(json));
    }

    // Wrong types -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("5", "a number")]
    [InlineData("[]", "an array")]
    [InlineData("\"P001\"", "a string")]
    [InlineData("true", "a boolean")]
    [InlineData("false", "a boolean")]
    public void WrongType_WhereAnObjectBelongs_NamesWhatWasFound(string value, string found)
    {
        var doc = Doc();
        doc["subject"] = Parse(value);

        Assert.Equal([(ProblemCodes.WrongType, "$.subject", $"Expected an object, found {found}.")], Entries(doc));
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("\"x\"", "a string")]
    [InlineData("1", "a number")]
    public void WrongType_WhereAnArrayBelongs_NamesWhatWasFound(string value, string found)
    {
        var doc = Doc();
        doc["records"] = Parse(value);

        Assert.Equal([(ProblemCodes.WrongType, "$.records", $"Expected an array, found {found}.")], Entries(doc));
    }

    [Fact]
    public void WrongType_TheWrongValueIsSkipped_AndTheNextProblemIsStillFound()
    {
        var doc = Doc();
        doc["subject"] = Parse("""[ { "type": 1 }, [ null ] ]""");
        doc["performer"] = Parse("""{ "role": "unit", "name": 7 }""");

        Assert.Equal(
            [
                (ProblemCodes.WrongType, "$.subject", "Expected an object, found an array."),
                (ProblemCodes.WrongType, "$.performer.name", "Expected a string, found a number."),
            ],
            Entries(doc));
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("[1]", "an array")]
    [InlineData("true", "a boolean")]
    [InlineData("\"4600\"", "a string")]
    public void WrongType_WhereANumberBelongs_NamesWhatWasFound(string value, string found)
    {
        var doc = Doc();
        doc["records"]![0]!["actual"] = Parse(value);

        Assert.Equal([(ProblemCodes.WrongType, "$.records[0].actual", $"Expected a number, found {found}.")], Entries(doc));
    }

    [Theory]
    [InlineData("\"2020\"", "a string")]
    [InlineData("false", "a boolean")]
    [InlineData("{}", "an object")]
    public void WrongType_WhereAnIntegerBelongs_NamesWhatWasFound(string value, string found)
    {
        var doc = Doc();
        doc["coveredYear"] = Parse(value);

        Assert.Equal([(ProblemCodes.WrongType, "$.coveredYear", $"Expected an integer, found {found}.")], Entries(doc));
    }

    [Theory]
    [InlineData("\"true\"", "a string")]
    [InlineData("1", "a number")]
    [InlineData("[]", "an array")]
    public void WrongType_WhereABooleanBelongs_NamesWhatWasFound(string value, string found)
    {
        var doc = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;
        doc["spendingItems"]![1]!["isNewMajor"] = Parse(value);

        Assert.False(JsonDocuments.Portfolio.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal((ProblemCodes.WrongType, "$.spendingItems[1].isNewMajor", $"Expected true or false, found {found}."), (entry.Code, entry.Location.JsonPath!, entry.MessageEn));
    }

    [Fact]
    public void Booleans_BothLiterals_AreAccepted()
    {
        var doc = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;
        doc["spendingItems"]![0]!["isNewMajor"] = true;
        doc["spendingItems"]![1]!["isNewMajor"] = false;

        var portfolio = JsonDocuments.Portfolio.Read(EvaluationMappingTests.Bytes(doc));

        Assert.Equal([true, false], portfolio.SpendingItems.Select(i => i.IsNewMajor));
    }

    [Fact]
    public void WrongType_WhereAStringBelongs_AnArray()
    {
        var doc = Doc();
        doc["weighting"] = Parse("[\"weighted\"]");

        Assert.Equal([(ProblemCodes.WrongType, "$.weighting", "Expected a string, found an array.")], Entries(doc));
    }

    // Null --------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("id")]
    [InlineData("coveredYear")]
    [InlineData("subject")]
    public void Null_ForARequiredProperty_IsNotAllowed(string name)
    {
        var doc = Doc();
        doc[name] = null;

        Assert.Equal([(ProblemCodes.NullNotAllowed, "$." + name, $"The property '{name}' must not be null.")], Entries(doc));
    }

    [Fact]
    public void Null_ForOptionalValues_IsTheAbsentValue()
    {
        // An optional string (recordedGrade), an optional decimal (recordedTotal), an optional object (onSiteVisit),
        // an optional array (scoreGroups) and optional values of a record and an indicator.
        var doc = Doc();
        doc["recordedGrade"] = null;
        doc["recordedTotal"] = null;
        doc["onSiteVisit"] = null;
        doc["scoreGroups"] = null;
        doc["records"]![0]!["recordedScore"] = null;
        doc["records"]![0]!["evidence"] = null;
        doc["indicators"]![0]!["children"]![1]!["indicators"]![0]!["target"] = null;

        Assert.True(JsonDocuments.Evaluation.TryRead(EvaluationMappingTests.Bytes(doc), out var evaluation, out var report));

        Assert.True(report.IsValid);
        Assert.Null(evaluation.RecordedTotal);
        Assert.Null(evaluation.OnSiteVisit);
    }

    [Fact]
    public void Null_AsAnArrayItem_IsNotAllowed_AndTheNextItemsKeepTheirIndex()
    {
        var doc = Doc();
        doc["records"]![1] = null;
        doc["records"]![2]!["actual"] = "x";

        Assert.Equal(
            [
                (ProblemCodes.NullNotAllowed, "$.records[1]", "An array item must not be null."),
                (ProblemCodes.WrongType, "$.records[2].actual", "Expected a number, found a string."),
            ],
            Entries(doc));
    }

    // Required properties -----------------------------------------------------------------------------------------

    [Fact]
    public void RequiredMissing_InANestedObject_EachInContractOrderWithItsPath()
    {
        var doc = Doc();
        doc["subject"] = new JsonObject();
        doc["performer"] = Parse("""{ "name": "股" }""");

        Assert.Equal(
            [
                (ProblemCodes.RequiredMissing, "$.subject.type", "The required property 'type' is missing."),
                (ProblemCodes.RequiredMissing, "$.subject.code", "The required property 'code' is missing."),
                (ProblemCodes.RequiredMissing, "$.performer.role", "The required property 'role' is missing."),
            ],
            Entries(doc));
    }

    [Fact]
    public void RequiredMissing_AfterADuplicate_IsNotReportedForTheDuplicatedProperty()
    {
        var json = EvaluationMappingTests.Nested.Replace("\"coveredYear\": 2020,", "\"coveredYear\": 2020, \"coveredYear\": 2020,", StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.DuplicateProperty, "$.coveredYear", "The property 'coveredYear' appears more than once.")], Entries(json));
    }

    // Arrays ------------------------------------------------------------------------------------------------------

    [Fact]
    public void ArrayLength_AtTheLimit_IsAccepted()
    {
        Assert.True(JsonDocuments.Evaluation.TryRead(EvaluationMappingTests.Nested, out _, out var report, new JsonReadLimits(maxArrayLength: 3)));
        Assert.True(report.IsValid);
    }

    [Fact]
    public void ArrayLength_OneOverTheLimit_IsOneEntryReplacingThoseOfItsItems()
    {
        // The problems before the array are kept, those inside it are taken back, those after it are found.
        var doc = Doc();
        doc["id"] = 1;
        doc["records"]![0]!["actual"] = "x";
        doc["records"]![2]!["extra"] = 1;
        doc["recordedGrade"] = 2;

        Assert.Equal(
            [
                (ProblemCodes.WrongType, "$.id", "Expected a string, found a number."),
                (ProblemCodes.ArrayTooLong, "$.records", "The array has 3 items; the limit is 2."),
                (ProblemCodes.WrongType, "$.recordedGrade", "Expected a string, found a number."),
            ],
            Entries(doc, new JsonReadLimits(maxArrayLength: 2)));
    }

    [Fact]
    public void ArrayLength_CountsEveryItem_EvenNullsAndItemsBeyondTheLimit()
    {
        var doc = Doc();
        doc["records"] = Parse("""[ null, 1, "x", [], {}, null, 7 ]""");

        Assert.Equal([(ProblemCodes.ArrayTooLong, "$.records", "The array has 7 items; the limit is 3.")], Entries(doc, new JsonReadLimits(maxArrayLength: 3)));
    }

    [Fact]
    public void ArrayItems_HaveTheirIndexInThePath()
    {
        var doc = Doc();
        doc["records"]![0]!["actual"] = "a";
        doc["records"]![2]!["assessorScore"] = "c";

        Assert.Equal(
            [
                (ProblemCodes.WrongType, "$.records[0].actual", "Expected a number, found a string."),
                (ProblemCodes.WrongType, "$.records[2].assessorScore", "Expected a number, found a string."),
            ],
            Entries(doc));
    }

    // Strings -----------------------------------------------------------------------------------------------------

    private static string WithName(string jsonName) =>
        EvaluationMappingTests.Nested.Replace("\"name\": \"农田建设股\"", "\"name\": \"" + jsonName + "\"", StringComparison.Ordinal);

    private static readonly JsonReadLimits Fifteen = new(maxStringLength: 15);

    [Theory]
    [InlineData("abcdefghijklmno")]                                                     // 15 ASCII characters
    [InlineData("一二三四五六七八九十一二三四五")]                                          // 15 characters, 45 bytes
    [InlineData("\\u4e00\\u4e8c\\u4e09\\u56db\\u4e94\\u516d\\u4e03\\u516b\\u4e5d\\u5341abcde")] // 15 characters written as 65 bytes of escapes
    [InlineData("😀😀😀😀😀😀😀a")]                                                          // 7 surrogate pairs and a letter: 15 UTF-16 characters
    [InlineData("\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00a")]
    public void StringLength_AtTheLimit_IsAccepted(string jsonName)
    {
        Assert.True(JsonDocuments.Evaluation.TryRead(WithName(jsonName), out var evaluation, out var report, Fifteen), report.ToString());

        Assert.Equal(15, evaluation.Performer.Name.Length);
    }

    [Theory]
    [InlineData("abcdefghijklmnop")]
    [InlineData("一二三四五六七八九十一二三四五六")]
    [InlineData("\\u4e00\\u4e8c\\u4e09\\u56db\\u4e94\\u516d\\u4e03\\u516b\\u4e5d\\u5341abcdef")]
    [InlineData("😀😀😀😀😀😀😀😀")]
    [InlineData("\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00")]
    public void StringLength_OneOverTheLimit_IsTooLongCountingUtf16Characters(string jsonName)
    {
        Assert.Equal(
            [(ProblemCodes.StringTooLong, "$.performer.name", "The string has 16 characters; the limit is 15.")],
            Entries(WithName(jsonName), Fifteen));
    }

    [Fact]
    public void StringLength_ShortTextInManyBytes_IsNotTooLong()
    {
        // Five characters in 15 bytes against a limit of 5: the byte count alone must not decide.
        var json = WithName("一二三四五");

        var entries = Entries(json, new JsonReadLimits(maxStringLength: 5));

        Assert.DoesNotContain(entries, e => e.Path == "$.performer.name");
        Assert.Contains((ProblemCodes.StringTooLong, "$.type", "The string has 15 characters; the limit is 5."), entries);
    }

    // Numbers -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void NonFiniteString_WhereADecimalBelongs_IsNonFinite(string text)
    {
        var doc = Doc();
        doc["indicators"]![0]!["children"]![0]!["indicators"]![0]!["target"] = text;

        Assert.Equal([(ProblemCodes.NonFiniteNumber, Indicator + ".target", $"'{text}' is not a finite number; JSON numbers are never NaN or Infinity.")], Entries(doc));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void NonFiniteString_WhereAnIntegerBelongs_IsNonFinite(string text)
    {
        var doc = Doc();
        doc["coveredYear"] = text;

        Assert.Equal([(ProblemCodes.NonFiniteNumber, "$.coveredYear", $"'{text}' is not a finite number; JSON numbers are never NaN or Infinity.")], Entries(doc));
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("+Infinity")]
    [InlineData("NaN ")]
    public void OtherStrings_WhereANumberBelongs_AreWrongTypes(string text)
    {
        var doc = Doc();
        doc["records"]![0]!["actual"] = text;

        Assert.Equal([(ProblemCodes.WrongType, "$.records[0].actual", "Expected a number, found a string.")], Entries(doc));
    }

    [Fact]
    public void NonFiniteString_WhereAStringBelongs_IsJustAString()
    {
        var doc = Doc();
        doc["performer"]!["name"] = "NaN";

        Assert.Equal("NaN", JsonDocuments.Evaluation.Read(EvaluationMappingTests.Bytes(doc)).Performer.Name);
    }

    [Fact]
    public void Decimal_TheLargestDecimal_IsBeyondTheActualsLimit_OneMoreIsBeyondTheDecimal()
    {
        // An actual is bounded (NumberLimits: up to 10^15); beyond the decimal range the number is not even a decimal.
        var json = EvaluationMappingTests.Nested.Replace("\"actual\": 4600", "\"actual\": 79228162514264337593543950335", StringComparison.Ordinal);
        Assert.Equal(
            [(ProblemCodes.NumberOutOfRange, "$.records[0].actual", "The number 79228162514264337593543950335 is outside the limits of actual: 0, or a magnitude from 0.000001 to 1,000,000,000,000,000.")],
            Entries(json));

        json = EvaluationMappingTests.Nested.Replace("\"actual\": 4600", "\"actual\": -79228162514264337593543950336", StringComparison.Ordinal);
        Assert.Equal(
            [(ProblemCodes.NumberOutOfRange, "$.records[0].actual", "The number -79228162514264337593543950336 is outside the range of a decimal.")],
            Entries(json));
    }

    [Fact]
    public void Decimal_OutOfRangeNumberOfManyDigits_IsShortenedInTheMessage()
    {
        var digits = "1" + new string('0', 69);
        var json = EvaluationMappingTests.Nested.Replace("\"actual\": 4600", "\"actual\": " + digits, StringComparison.Ordinal);

        Assert.Equal(
            [(ProblemCodes.NumberOutOfRange, "$.records[0].actual", $"The number {digits[..61]}... is outside the range of a decimal.")],
            Entries(json));
    }

    [Theory]
    [InlineData("2020.5")]
    [InlineData("-0.1")]
    [InlineData("2020.000001")]
    public void Integer_WithAFraction_IsIntegerExpected(string number)
    {
        var json = EvaluationMappingTests.Nested.Replace("\"coveredYear\": 2020", "\"coveredYear\": " + number, StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.IntegerExpected, "$.coveredYear", $"The number {number} is not an integer.")], Entries(json));
    }

    [Theory]
    [InlineData("2020.0")]
    [InlineData("2.02e3")]
    [InlineData("2020E0")]
    [InlineData("2147483647.0")]
    [InlineData("-2147483648.00")]
    public void Integer_WholeButNotWrittenAsAnInteger_IsIntegerExpected(string number)
    {
        // The bug: these were number-out-of-range, "outside the range of a 32-bit integer", which they are not.
        var json = EvaluationMappingTests.Nested.Replace("\"coveredYear\": 2020", "\"coveredYear\": " + number, StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.IntegerExpected, "$.coveredYear", $"The number {number} is not written as an integer.")], Entries(json));
    }

    [Theory]
    [InlineData("2147483648.0")]
    [InlineData("-2147483649.0")]
    [InlineData("3e9")]
    public void Integer_WholeButBeyondInt32_IsOutOfRange(string number)
    {
        var json = EvaluationMappingTests.Nested.Replace("\"coveredYear\": 2020", "\"coveredYear\": " + number, StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.NumberOutOfRange, "$.coveredYear", $"The number {number} is outside the range of a 32-bit integer.")], Entries(json));
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("1e400")]
    [InlineData("99999999999999999999999999999999")]
    public void Integer_BeyondInt32_IsOutOfRange(string number)
    {
        var json = EvaluationMappingTests.Nested.Replace("\"coveredYear\": 2020", "\"coveredYear\": " + number, StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.NumberOutOfRange, "$.coveredYear", $"The number {number} is outside the range of a 32-bit integer.")], Entries(json));
    }

    [Theory]
    [InlineData(2147483647)]
    [InlineData(-2147483648)]
    public void Integer_AtTheEndsOfInt32_PassesTheStructureAndMeetsTheYearRange(int year)
    {
        var json = EvaluationMappingTests.Nested.Replace("\"coveredYear\": 2020", "\"coveredYear\": " + year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        Assert.Equal([(ProblemCodes.InvalidValue, "$.coveredYear", FormattableString.Invariant($"The year {year} is outside [1900, 9998]."))], Entries(json));
    }

    // Dates -------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2021-02-29")]
    [InlineData("2021-5-18")]
    [InlineData("20210518")]
    [InlineData("")]
    public void Date_NotAnIsoDate_IsInvalidValue(string text)
    {
        var doc = Doc();
        doc["onSiteVisit"] = new JsonObject { ["date"] = text };

        Assert.Equal([(ProblemCodes.InvalidValue, "$.onSiteVisit.date", $"'{text}' is not a date of the form yyyy-MM-dd.")], Entries(doc));
    }

    [Fact]
    public void Date_LongText_IsShortenedInTheMessage()
    {
        var text = new string('9', 70);
        var doc = Doc();
        doc["onSiteVisit"] = new JsonObject { ["date"] = text };

        Assert.Equal([(ProblemCodes.InvalidValue, "$.onSiteVisit.date", $"'{text[..61]}...' is not a date of the form yyyy-MM-dd.")], Entries(doc));
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("true", "a boolean")]
    public void Date_NotAString_IsAWrongType(string value, string found)
    {
        var doc = Doc();
        doc["onSiteVisit"] = new JsonObject { ["date"] = Parse(value) };

        Assert.Equal([(ProblemCodes.WrongType, "$.onSiteVisit.date", $"Expected a date string yyyy-MM-dd, found {found}.")], Entries(doc));
    }
}
