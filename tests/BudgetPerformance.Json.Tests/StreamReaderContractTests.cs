using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The streaming portfolio reader's contract (docs/json/portfolio.md "Streaming", docs/quality.md): for any split of
/// the input it yields what the whole-document reader reads, or fails the same way; the envelope's rules (kind and
/// version before the evaluations, every required property, each top-level value validated as it passes) with code,
/// path and message; an evaluation's problems at its index; and the end of the input wherever it comes.
/// </summary>
public class StreamReaderContractTests
{
    private const string Head = "{\"kind\":\"portfolio\",\"schemaVersion\":1,";

    // What streaming needs before the evaluations (docs/json/portfolio.md): the year and the subject lists.
    private const string Subjects = "\"year\":2021,\"departments\":[],\"units\":[],\"sections\":[],\"spendingItems\":[],";

    /// <summary>A small portfolio: one department, unit and project, no sections or targets, and <paramref name="count"/> small evaluations E1, E2, ...</summary>
    internal static Portfolio Small(int count)
    {
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 20m,
            [
                new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 20m,
                [
                    Documents.Q("1.1.1", "面积", Direction.AtLeast, 5000m, "亩", 15m),
                    LevelThreeIndicator.Qualitative(new IndicatorCode("1.1.2"), "质量", 5m),
                ]),
            ]),
        ]);
        var evaluations = Enumerable.Range(1, count).Select(i => new Evaluation("E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), EvaluationType.SelfEvaluation,
            new SubjectRef(SubjectType.Project, "P001"), new Performer(PerformerRole.Unit, "股"), new FiscalYear(2020), new FiscalYear(2021), tree,
            [IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m + i, null, 13.80m), IndicatorRecord.Achieved(new IndicatorCode("1.1.2"), AchievementLevel.Achieved, 4.5m)],
            new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(90m))));
        return new Portfolio(new FiscalYear(2021), [new Department("D01", "局")], [new BudgetUnit("U01", "中心", "D01")], [],
            [new SpendingItem(SubjectType.Project, "P001", "项目", "D01", "U01", Sector.Agriculture, ProjectKind.OneOff, false, Money.FromYuan(100m))], [], [.. evaluations]);
    }

    internal static byte[] Compact(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    internal static byte[] Compact(Portfolio portfolio) => Compact(JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(portfolio))!);

    private static JsonNode Node(Portfolio portfolio) => JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(portfolio))!;

    /// <summary>What the reader yields (each evaluation as its canonical JSON) and the report it ends with, if any.</summary>
    internal static async Task<(List<string> Evaluations, ValidationReport? Report)> ReadAll(Stream stream, JsonReadLimits? limits = null)
    {
        var read = new List<string>();
        try
        {
            await foreach (var evaluation in JsonDocuments.ReadPortfolioEvaluationsAsync(stream, limits))
            {
                read.Add(JsonDocuments.Evaluation.Write(evaluation));
            }

            return (read, null);
        }
        catch (JsonContractException e)
        {
            return (read, e.Report);
        }
    }

    private static async Task<Entry> Failure(string json, int expectedYielded = 0)
    {
        var (read, report) = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(expectedYielded, read.Count);
        Assert.NotNull(report);
        return Assert.Single(report.Problems);
    }

    private static async Task<Entry> Failure(byte[] json, int expectedYielded = 0, JsonReadLimits? limits = null, int pieces = int.MaxValue)
    {
        var (read, report) = await ReadAll(new PiecesStream(json, pieces), limits);
        Assert.Equal(expectedYielded, read.Count);
        Assert.NotNull(report);
        return Assert.Single(report.Problems);
    }

    private static string[] Whole(byte[] json) => [.. JsonDocuments.Portfolio.Read(json).Evaluations.Select(e => JsonDocuments.Evaluation.Write(e))];

    // Any split of the input --------------------------------------------------------------------------------------

    [Fact]
    public async Task EverySplitIntoTwoPieces_YieldsWhatTheDocumentReaderReads()
    {
        // One evaluation keeps this quick; the comma between evaluations is split by the tests of one byte at a time and any pieces.
        var bytes = Compact(Small(1));
        var expected = Whole(bytes);

        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var (read, report) = await ReadAll(new SplitStream(bytes, cut));
            Assert.True(report is null, $"cut at {cut}: {report}");
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public async Task OneByteAtATime_TheSamplePortfolio_YieldsWhatTheDocumentReaderReads()
    {
        var bytes = JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio());

        var (read, report) = await ReadAll(new PiecesStream(bytes, 1));

        Assert.Null(report);
        Assert.Equal(Whole(bytes), read);
    }

    [Fact]
    public async Task OneByteAtATime_AfterAByteOrderMark_YieldsWhatTheDocumentReaderReads()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Compact(Small(2))];

        var (read, report) = await ReadAll(new PiecesStream(bytes, 1));

        Assert.Null(report);
        Assert.Equal(Whole(bytes), read);
    }

    [Fact]
    public async Task AByteOrderMarkSplitAnywhere_IsSkipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Compact(Small(1))];

        // Cut inside the mark (after 1 or 2 bytes), after it, and after the brace.
        foreach (var cut in new[] { 1, 2, 3, 4 })
        {
            var (read, report) = await ReadAll(new SplitStream(bytes, cut));
            Assert.True(report is null, $"cut at {cut}: {report}");
            Assert.Single(read);
        }
    }


    [Fact]
    public async Task TwoByteOrderMarks_AreMalformedAsForTheDocumentReader_HoweverTheStreamSplitsThem()
    {
        // The bug: a mark skipped at the start of one read was skipped again at the start of the next, until a token came.
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Compact(Small(1))];
        Assert.False(JsonDocuments.Portfolio.TryRead(bytes, out _, out var whole));
        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(whole.Problems).Code);

        foreach (var pieces in new[] { 1, 3, int.MaxValue })
        {
            var entry = await Failure(bytes, pieces: pieces);
            Assert.Equal((ProblemCodes.MalformedJson, "$"), (entry.Code, entry.Path));
        }
    }

    public static Arbitrary<int[]> Pieces => Gen.Choose(1, 300).ArrayOf().ToArbitrary();

    [Property(MaxTest = 40)]
    public Property AnySplit_YieldsWhatTheDocumentReaderReads() =>
        Prop.ForAll(Pieces, sizes =>
        {
            var bytes = Compact(Small(3));
            var (read, report) = ReadAll(new SizesStream(bytes, sizes)).GetAwaiter().GetResult();
            return report is null && read.SequenceEqual(Whole(bytes));
        });

    [Property(MaxTest = 40)]
    public Property AnySplit_OfADocumentBadInItsSecondEvaluation_YieldsTheFirstThenTheSameReport() =>
        Prop.ForAll(Pieces, sizes =>
        {
            var node = Node(Small(3));
            node["evaluations"]![1]!["records"]![0]!["actual"] = "x";
            var bytes = Compact(node);
            var (read, report) = ReadAll(new SizesStream(bytes, sizes)).GetAwaiter().GetResult();
            return read.Count == 1 && report is not null && report.Problems.Count == 1 &&
                report.Problems[0].Code == ProblemCodes.WrongType && report.Problems[0].Location.JsonPath == "$.evaluations[1].records[0].actual";
        });

    // The end of the input ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0A })]
    [InlineData(new byte[] { (byte)'{' })]
    public async Task InputEndingBeforeTheDocument_IsMalformedAtTheRoot(byte[] bytes)
    {
        foreach (var pieces in new[] { int.MaxValue, 1 })
        {
            var entry = await Failure(bytes, pieces: pieces);
            Assert.Equal((ProblemCodes.MalformedJson, "$"), (entry.Code, entry.Path));
            Assert.StartsWith("The input is not well-formed JSON: ", entry.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task InputEndingInsideTheSecondEvaluation_YieldsTheFirstThenIsMalformedAtTheSecond()
    {
        var bytes = Compact(Small(2));
        var cut = bytes.AsSpan().IndexOf("\"id\":\"E2\""u8) + 10;

        foreach (var pieces in new[] { int.MaxValue, 1 })
        {
            var entry = await Failure(bytes[..cut], expectedYielded: 1, pieces: pieces);
            Assert.Equal((ProblemCodes.MalformedJson, "$.evaluations[1]"), (entry.Code, entry.Path));
            Assert.StartsWith("The input is not well-formed JSON: ", entry.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task InputEndingAfterTheEvaluations_IsMalformedAtTheRoot()
    {
        var bytes = Compact(Small(2));

        foreach (var pieces in new[] { int.MaxValue, 1 })
        {
            var entry = await Failure(bytes[..^1], expectedYielded: 2, pieces: pieces);
            Assert.Equal((ProblemCodes.MalformedJson, "$"), (entry.Code, entry.Path));
            Assert.StartsWith("The input is not well-formed JSON: ", entry.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NotWellFormedInsideTheSecondEvaluation_YieldsTheFirstThenIsMalformedAtTheSecond()
    {
        var text = Encoding.UTF8.GetString(Compact(Small(2)));
        var at = text.IndexOf("\"id\":\"E2\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), "\"id\":,", text.AsSpan(at)));

        var entry = await Failure(bytes, expectedYielded: 1);

        Assert.Equal((ProblemCodes.MalformedJson, "$.evaluations[1]"), (entry.Code, entry.Path));
        Assert.StartsWith("The input is not well-formed JSON: ", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Head + "\"year\":2021 x}")]
    [InlineData(Head + "\"year\":[1,}")]
    [InlineData("{\"kind\" \"portfolio\"}")]
    public async Task NotWellFormedOutsideTheEvaluations_IsMalformedAtTheRoot(string json)
    {
        var entry = await Failure(json);

        Assert.Equal((ProblemCodes.MalformedJson, "$"), (entry.Code, entry.Path));
        Assert.StartsWith("The input is not well-formed JSON: ", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public async Task BlanksAfterTheDocument_AreAccepted(string blanks)
    {
        byte[] bytes = [.. Compact(Small(2)), .. Encoding.UTF8.GetBytes(blanks)];

        foreach (var pieces in new[] { 1, int.MaxValue })
        {
            var (read, report) = await ReadAll(new PiecesStream(bytes, pieces));
            Assert.Null(report);
            Assert.Equal(2, read.Count);
        }
    }

    [Fact]
    public async Task ManyBlanksAfterTheDocument_AreDroppedAsTheyCome_NotHeldAgainstTheLimit()
    {
        byte[] bytes = [.. Compact(Small(1)), .. Encoding.UTF8.GetBytes(new string(' ', 200_000))];

        foreach (var pieces in new[] { 1, 4096, int.MaxValue })
        {
            var (read, report) = await ReadAll(new PiecesStream(bytes, pieces), new JsonReadLimits(maxDocumentBytes: 5000));
            Assert.True(report is null, $"pieces of {pieces}: {report}");
            Assert.Single(read);
        }
    }

    [Theory]
    [InlineData("x")]
    [InlineData(" {}")]
    [InlineData("}")]
    public async Task AnythingButBlanksAfterTheDocument_IsMalformed_AsForTheDocumentReader(string trailing)
    {
        // The bug: the stream stopped at the end of the root object and accepted whatever followed.
        byte[] bytes = [.. Compact(Small(2)), .. Encoding.UTF8.GetBytes(trailing)];
        Assert.False(JsonDocuments.Portfolio.TryRead(bytes, out _, out var whole));
        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(whole.Problems).Code);

        foreach (var pieces in new[] { 1, int.MaxValue })
        {
            var entry = await Failure(bytes, expectedYielded: 2, pieces: pieces);
            Assert.Equal((ProblemCodes.MalformedJson, "$"), (entry.Code, entry.Path));
        }
    }

    // The envelope ------------------------------------------------------------------------------------------------

    [Fact]
    public async Task EmptyObject_ReportsEveryRequiredPropertyInOrder()
    {
        var (read, report) = await ReadAll(new MemoryStream("{}"u8.ToArray()));

        Assert.Empty(read);
        string[] names = ["kind", "schemaVersion", "year", "departments", "units", "sections", "spendingItems", "targets", "evaluations"];
        Assert.Equal(
            names.Select(n => (ProblemCodes.RequiredMissing, "$." + n, $"The required property '{n}' is missing.")),
            report!.Problems.Select(e => (e.Code, e.Location.JsonPath!, e.MessageEn)));
    }

    [Fact]
    public async Task OnlySomePropertiesMissing_ReportsThoseOnly()
    {
        var node = Node(Small(1));
        node.AsObject().Remove("targets");

        var (read, report) = await ReadAll(new MemoryStream(Compact(node)));

        Assert.Single(read);
        Assert.Equal([(ProblemCodes.RequiredMissing, "$.targets")], report!.Problems.Select(e => (e.Code, e.Location.JsonPath!)));
    }

    [Fact]
    public async Task ASubjectListMissingBeforeTheEvaluations_IsRefusedAtThem_NamingIt()
    {
        var node = Node(Small(1));
        node.AsObject().Remove("sections");

        var (read, report) = await ReadAll(new MemoryStream(Compact(node)));

        Assert.Empty(read);
        var entry = Assert.Single(report!.Problems);
        Assert.Equal((ProblemCodes.RequiredMissing, "$.evaluations"), (entry.Code, entry.Location.JsonPath));
        Assert.EndsWith("missing before it: sections.", entry.MessageEn, StringComparison.Ordinal);
        Assert.EndsWith("之前缺少：sections。", entry.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"evaluations\":[]}")]
    [InlineData("{\"kind\":\"portfolio\",\"evaluations\":[]}")]
    [InlineData("{\"schemaVersion\":1,\"evaluations\":[]}")]
    public async Task EvaluationsBeforeKindAndVersion_AreRefused(string json)
    {
        var entry = await Failure(json);

        Assert.Equal((ProblemCodes.RequiredMissing, "$.kind", "For streaming, 'kind' and 'schemaVersion' must come before 'evaluations'."), (entry.Code, entry.Path, entry.Message));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("1")]
    [InlineData("\"[]\"")]
    public async Task EvaluationsNotAnArray_IsAWrongType(string value)
    {
        var entry = await Failure(Head + "\"evaluations\":" + value + "}");

        Assert.Equal((ProblemCodes.WrongType, "$.evaluations", "Expected an array."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task EvaluationsTwice_IsADuplicateAfterTheFirstOnesWereYielded()
    {
        var text = Encoding.UTF8.GetString(Compact(Small(1)));
        var evaluations = text[text.IndexOf("\"evaluations\":", StringComparison.Ordinal)..^1];

        var entry = await Failure(text[..^1] + "," + evaluations + "}", expectedYielded: 1);

        Assert.Equal((ProblemCodes.DuplicateProperty, "$.evaluations", "The property 'evaluations' appears more than once."), (entry.Code, entry.Path, entry.Message));
    }

    [Theory]
    [InlineData("year", "2021")]
    [InlineData("departments", "[]")]
    [InlineData("kind", "\"portfolio\"")]
    public async Task AnyPropertyTwice_IsADuplicate(string name, string value)
    {
        var entry = await Failure(Head + $"\"{name}\":{value},\"{name}\":{value}}}");

        Assert.Equal((ProblemCodes.DuplicateProperty, "$." + name, $"The property '{name}' appears more than once."), (entry.Code, entry.Path, entry.Message));
    }

    [Theory]
    [InlineData("5", "The document is not a portfolio document (kind 5).")]
    [InlineData("\"evaluation\"", "The document is not a portfolio document (kind \"evaluation\").")]
    [InlineData("null", "The document is not a portfolio document (kind null).")]
    public async Task OtherKind_IsAWrongKind(string kind, string message)
    {
        var entry = await Failure("{\"kind\":" + kind + "}");

        Assert.Equal((ProblemCodes.WrongKind, "$.kind", message), (entry.Code, entry.Path, entry.Message));
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    [InlineData("0")]
    [InlineData("3000000000")]
    public async Task OtherSchemaVersion_IsUnsupported(string version)
    {
        var entry = await Failure("{\"kind\":\"portfolio\",\"schemaVersion\":" + version + "}");

        Assert.Equal((ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", $"Schema version {version} is not supported; this library reads version 1."), (entry.Code, entry.Path, entry.Message));
    }

    [Theory]
    [InlineData("\"2021\"", ProblemCodes.WrongType, "Expected an integer, found a string.")]
    [InlineData("2021.5", ProblemCodes.IntegerExpected, "The number 2021.5 is not an integer.")]
    [InlineData("1899", ProblemCodes.InvalidValue, "The year 1899 is outside [1900, 9998].")]
    [InlineData("9999", ProblemCodes.InvalidValue, "The year 9999 is outside [1900, 9998].")]
    public async Task BadYear_IsReportedAtTheYear(string year, string code, string message)
    {
        var entry = await Failure(Head + "\"year\":" + year + "}");

        Assert.Equal((code, "$.year", message), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task NullYear_IsReportedAsTheDocumentReaderReportsIt()
    {
        var node = Node(Small(1));
        node["year"] = null;
        var bytes = Compact(node);
        Assert.False(JsonDocuments.Portfolio.TryRead(bytes, out _, out var whole));
        var expected = Assert.Single(whole.Problems);
        Assert.Equal((ProblemCodes.NullNotAllowed, "$.year"), (expected.Code, expected.Location.JsonPath!));

        var entry = await Failure(bytes);

        // The bug: the stream reported wrong-type ("Expected an integer, found null.").
        Assert.Equal((expected.Code, expected.Location.JsonPath!, "The value must not be null."), (entry.Code, entry.Path, entry.Message));
    }


    [Theory]
    [InlineData("departments", "[{\"code\":\"D01\"}]", ProblemCodes.RequiredMissing, "$.departments[0].name")]
    [InlineData("units", "{}", ProblemCodes.WrongType, "$.units")]
    [InlineData("sections", "[{\"code\":\"S1\",\"name\":\"科\",\"x\":1}]", ProblemCodes.UnknownProperty, "$.sections[0].x")]
    [InlineData("spendingItems", "[null]", ProblemCodes.NullNotAllowed, "$.spendingItems[0]")]
    [InlineData("targets", "[1]", ProblemCodes.WrongType, "$.targets[0]")]
    [InlineData("sections", "null", ProblemCodes.NullNotAllowed, "$.sections")]
    [InlineData("targets", "null", ProblemCodes.NullNotAllowed, "$.targets")]
    [InlineData("units", "null", ProblemCodes.NullNotAllowed, "$.units")]
    [InlineData("spendingItems", "null", ProblemCodes.NullNotAllowed, "$.spendingItems")]
    public async Task BadTopLevelList_IsReportedWhenItPasses(string name, string value, string code, string path)
    {
        var entry = await Failure(Head + $"\"{name}\":{value}," + "\"evaluations\":[]}");

        Assert.Equal((code, path), (entry.Code, entry.Path));
    }

    [Fact]
    public async Task TopLevelNull_HasItsMessage()
    {
        var entry = await Failure(Head + "\"units\":null}");

        Assert.Equal("The value must not be null.", entry.Message);
    }

    [Fact]
    public async Task TopLevelListsThatDoNotMap_AreReportedAtTheirEntries()
    {
        var node = Node(Small(1));
        node["departments"]![0]!["name"] = " ";
        var entry = await Failure(Compact(node));
        Assert.Equal((ProblemCodes.InvalidValue, "$.departments[0].name"), (entry.Code, entry.Path));

        node = Node(Small(1));
        node["spendingItems"]![0]!["budget"] = -1;
        entry = await Failure(Compact(node));
        Assert.Equal((ProblemCodes.AmountNegative, "$.spendingItems[0].budget"), (entry.Code, entry.Path));
    }

    [Fact]
    public async Task TargetThatDoesNotMap_IsReportedAtItsIndex()
    {
        var node = Node(Documents.Portfolio());
        node["targets"]![0]!["status"] = "lost";

        var entry = await Failure(Compact(node));

        Assert.Equal((ProblemCodes.InvalidValue, "$.targets[0].status"), (entry.Code, entry.Path));
    }

    [Fact]
    public async Task TargetOfAnotherYear_IsReportedWhenTheDocumentEnds_AfterTheEvaluations()
    {
        var node = Node(Documents.Portfolio());
        node["targets"]![0]!["year"] = 2022;

        var entry = await Failure(Compact(node), expectedYielded: 2);

        Assert.Equal(ProblemCodes.YearMismatch, entry.Code);
        Assert.StartsWith("$.targets[0]", entry.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTopLevelProperty_IsReportedWithItsName()
    {
        var entry = await Failure(Head + "\"notes\":{\"a\":1}}");

        Assert.Equal((ProblemCodes.UnknownProperty, "$.notes", "The property 'notes' is not part of the contract."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task UnknownTopLevelPropertyWithALongOddName_IsShortenedAndQuoted()
    {
        var name = new string('名', 70);

        var entry = await Failure(Head + "\"" + name + "\":1}");

        var shortened = new string('名', 61) + "...";
        Assert.Equal((ProblemCodes.UnknownProperty, "$['" + shortened + "']", $"The property '{shortened}' is not part of the contract."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task InvalidUtf8InAPropertyName_IsMalformedAtTheRoot()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Head + "\"a"), 0xFF, .. "\":1}"u8];

        var entry = await Failure(bytes);

        Assert.Equal((ProblemCodes.MalformedJson, "$", "A property name is not valid text."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task InvalidUtf8InATopLevelValue_GivesTheOffsetWithinThatValue()
    {
        // The value is ["中<0xFF>"]: [ at 0, " at 1, 中 at 2..4, the invalid byte at 5.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Head + "\"departments\":[\"中"), 0xFF, .. "\"]}"u8];

        var entry = await Failure(bytes);

        Assert.Equal((ProblemCodes.MalformedJson, "$.departments", "The input is not valid UTF-8 (the first invalid byte is at offset 5 of this value)."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task LoneSurrogateInAnEvaluation_NamesTheProblem()
    {
        var entry = await Failure(Head + Subjects + "\"evaluations\":[{\"id\":\"\\ud800\"}]}");

        Assert.Equal((ProblemCodes.MalformedJson, "$.evaluations[0]", "A string or property name is not valid text (an escaped lone surrogate such as \\ud800)."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task LoneSurrogateInANestedNameOfATopLevelValue_NamesTheProblem()
    {
        var entry = await Failure(Head + "\"departments\":[{\"\\udfff\":1}]}");

        Assert.Equal((ProblemCodes.MalformedJson, "$.departments", "A string or property name is not valid text (an escaped lone surrogate such as \\ud800)."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task EscapedTextThatIsValid_IsRead()
    {
        var node = Node(Small(1));
        var text = Encoding.UTF8.GetString(Compact(node)).Replace("\"name\":\"局\"", "\"name\":\"\\u5c40\\ud83d\\ude00\"", StringComparison.Ordinal)
            .Replace("\"id\":\"E1\"", "\"\\u0069d\":\"E\\u0031\"", StringComparison.Ordinal);

        var (read, report) = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Null(report);
        Assert.Contains("\"id\": \"E1\"", Assert.Single(read), StringComparison.Ordinal);
    }

    // Evaluations -------------------------------------------------------------------------------------------------

    [Fact]
    public async Task EvaluationWithSeveralProblems_ReportsThemAllAtItsIndex()
    {
        var node = Node(Small(3));
        node["evaluations"]![2]!["records"]![0]!["actual"] = "x";
        node["evaluations"]![2]!["extra"] = 1;

        var (read, report) = await ReadAll(new MemoryStream(Compact(node)));

        Assert.Equal(2, read.Count);
        Assert.Equal(
            [(ProblemCodes.WrongType, "$.evaluations[2].records[0].actual"), (ProblemCodes.UnknownProperty, "$.evaluations[2].extra")],
            report!.Problems.Select(e => (e.Code, e.Location.JsonPath!)));
    }

    [Fact]
    public async Task EvaluationOfAnUnknownSubject_AfterTheSubjectLists_IsAReferenceUnknownNamingIt()
    {
        var node = Node(Small(2));
        node["evaluations"]![1]!["subject"]!["code"] = "P404";

        var entry = await Failure(Compact(node), expectedYielded: 1);

        Assert.Equal((ProblemCodes.ReferenceUnknown, "$.evaluations[1].subject"), (entry.Code, entry.Path));
        Assert.Contains("P404 is not in the portfolio.", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationConductedInAnotherYear_IsAYearMismatchNamingBothYears()
    {
        var node = Node(Small(2));
        node["evaluations"]![0]!["coveredYear"] = 2021;
        node["evaluations"]![0]!["conductedIn"] = 2022;

        var entry = await Failure(Compact(node));

        Assert.Equal((ProblemCodes.YearMismatch, "$.evaluations[0].conductedIn", "Evaluation E1 was conducted in 2022, not 2021."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task DuplicatedEvaluationId_IsRefusedStreamedAsWhole_AtTheSecondEvaluation()
    {
        // The bug of the first version: the document reader refused a repeated id, the stream read both evaluations.
        var node = Node(Small(2));
        node["evaluations"]![1]!["id"] = node["evaluations"]![0]!["id"]!.GetValue<string>();
        var bytes = Compact(node);

        var (read, report) = await ReadAll(new MemoryStream(bytes));
        Assert.False(JsonDocuments.Portfolio.TryRead(bytes, out _, out var whole));

        Assert.Single(read);
        var streamed = Assert.Single(report!.Problems);
        Assert.Equal((ProblemCodes.DuplicateCode, "$.evaluations[1].id"), (streamed.Code, streamed.Location.JsonPath));
        Assert.Contains(streamed, whole.Problems);
    }

    [Fact]
    public async Task EvaluationOfAnUnknownSubject_IsRefusedStreamedAsWhole()
    {
        var node = Node(Small(1));
        node["evaluations"]![0]!["subject"]!["code"] = "P404";
        var bytes = Compact(node);

        var (read, report) = await ReadAll(new MemoryStream(bytes));
        Assert.False(JsonDocuments.Portfolio.TryRead(bytes, out _, out var whole));

        Assert.Empty(read);
        var streamed = Assert.Single(report!.Problems);
        Assert.Equal((ProblemCodes.ReferenceUnknown, "$.evaluations[0].subject", "E1"), (streamed.Code, streamed.Location.JsonPath, streamed.Location.Subject));
        Assert.Equal([streamed], whole.Problems);
    }

    [Fact]
    public async Task EvaluationsBeforeTheYearAndTheSubjectLists_AreRefused_NeverReadUnchecked()
    {
        // docs/json/portfolio.md: streaming checks each evaluation against the portfolio as it arrives, so it needs the year
        // and the subject lists first; the document reader reads the same document whole and refuses the bad reference.
        var node = Node(Small(1));
        node["evaluations"]![0]!["subject"]!["code"] = "P404";
        node["evaluations"]![0]!["coveredYear"] = 2022;
        node["evaluations"]![0]!["conductedIn"] = 2023;
        var text = Encoding.UTF8.GetString(Compact(node));
        var at = text.IndexOf(",\"evaluations\":", StringComparison.Ordinal);
        var evaluations = text[(at + 1)..^1];
        var reordered = Head + evaluations + "," + text[Head.Length..at] + "}";
        Assert.StartsWith(Head + "\"evaluations\":[", reordered, StringComparison.Ordinal);

        var (read, report) = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(reordered)));

        Assert.Empty(read);
        var entry = Assert.Single(report!.Problems);
        Assert.Equal((ProblemCodes.RequiredMissing, "$.evaluations"), (entry.Code, entry.Location.JsonPath));
        Assert.False(JsonDocuments.Portfolio.TryRead(Encoding.UTF8.GetBytes(reordered), out _, out var whole));
        Assert.Contains(whole.Problems, p => p.Code == ProblemCodes.ReferenceUnknown && p.Location.JsonPath == "$.evaluations[0].subject");
    }

    [Theory]
    [InlineData("department", "D01", "whole-department-evaluation", true)]
    [InlineData("department", "D404", "whole-department-evaluation", false)]
    [InlineData("internal-section", "S1", "internal-section-evaluation", true)]
    [InlineData("internal-section", "S404", "internal-section-evaluation", false)]
    public async Task EvaluationOfADepartmentOrSection_IsCheckedAgainstThoseLists(string type, string code, string evaluationType, bool known)
    {
        // The subjects of the portfolio are its departments, units, sections and spending items.
        var node = Node(Small(1));
        node["sections"] = JsonNode.Parse("""[{ "code": "S1", "name": "农业科" }]""");
        var evaluation = node["evaluations"]![0]!;
        evaluation["type"] = evaluationType;
        evaluation["subject"] = new JsonObject { ["type"] = type, ["code"] = code };
        evaluation["performer"] = new JsonObject { ["role"] = "finance-bureau", ["name"] = "财政局" };
        var bytes = Compact(node);

        var (read, report) = await ReadAll(new MemoryStream(bytes));

        if (known)
        {
            Assert.True(report is null, report?.ToString());
            Assert.Equal(Whole(bytes), read);
        }
        else
        {
            Assert.Empty(read);
            var entry = Assert.Single(report!.Problems);
            Assert.Equal((ProblemCodes.ReferenceUnknown, "$.evaluations[0].subject"), (entry.Code, entry.Location.JsonPath!));
        }
    }

    [Fact]
    public async Task NullEvaluation_IsNotAllowed_AfterTheOnesBeforeIt()
    {
        var node = Node(Small(2));
        node["evaluations"]!.AsArray().Add(null);

        var entry = await Failure(Compact(node), expectedYielded: 2);

        Assert.Equal((ProblemCodes.NullNotAllowed, "$.evaluations[2]", "An array item must not be null."), (entry.Code, entry.Path, entry.Message));
    }

    [Fact]
    public async Task EvaluationsEmpty_YieldNothing()
    {
        var node = Node(Small(1));
        node["evaluations"] = new JsonArray();

        var (read, report) = await ReadAll(new PiecesStream(Compact(node), 1));

        Assert.Null(report);
        Assert.Empty(read);
    }

    [Fact]
    public async Task MaxArrayLength_DoesNotCountEvaluations_ButArraysInsideThem()
    {
        var bytes = Compact(Small(3));

        var (read, report) = await ReadAll(new MemoryStream(bytes), new JsonReadLimits(maxArrayLength: 2));
        Assert.Null(report);
        Assert.Equal(3, read.Count);

        (read, report) = await ReadAll(new MemoryStream(bytes), new JsonReadLimits(maxArrayLength: 1));
        Assert.Empty(read);
        Assert.Equal(
            [(ProblemCodes.ArrayTooLong, "$.evaluations[0].indicators[0].children[0].indicators"), (ProblemCodes.ArrayTooLong, "$.evaluations[0].records")],
            report!.Problems.Select(e => (e.Code, e.Location.JsonPath!)));
    }

    [Fact]
    public async Task Depth_InsideAnEvaluation_CountsFromTheRoot_OnBothSidesOfTheLimit()
    {
        // root (1) > evaluations (2) > evaluation (3) > indicators (4) > level-1 node (5) > children (6) > level-2 node (7)
        // > indicators (8) > indicator (9). The bug: with 8 the evaluation was read, with 7 it was malformed-json.
        var bytes = Compact(Small(1));

        var (read, report) = await ReadAll(new MemoryStream(bytes), new JsonReadLimits(maxDepth: 9));
        Assert.True(report is null, report?.ToString());
        Assert.Single(read);

        foreach (var limit in new[] { 8, 7 })
        {
            var entry = await Failure(bytes, limits: new JsonReadLimits(maxDepth: limit));
            Assert.Equal((ProblemCodes.DepthExceeded, "$.evaluations[0].indicators[0].children[0].indicators" + (limit == 8 ? "[0]" : string.Empty)), (entry.Code, entry.Path));
            Assert.Equal($"Objects and arrays nest deeper than {limit} levels.", entry.Message);
        }
    }

    [Fact]
    public async Task Depth_InsideATopLevelValue_CountsFromTheRoot()
    {
        // root (1) > departments (2) > [ (3) > [ (4).
        var json = Head + "\"departments\":[[[]]]}";

        var entry = await Failure(Encoding.UTF8.GetBytes(json), limits: new JsonReadLimits(maxDepth: 3));

        Assert.Equal((ProblemCodes.DepthExceeded, "$.departments[0][0]", "Objects and arrays nest deeper than 3 levels."), (entry.Code, entry.Path, entry.Message));
        Assert.Equal((ProblemCodes.WrongType, "$.departments[0]"), await Codes(json, new JsonReadLimits(maxDepth: 4)));
    }

    private static async Task<(string, string)> Codes(string json, JsonReadLimits limits)
    {
        var entry = await Failure(Encoding.UTF8.GetBytes(json), limits: limits);
        return (entry.Code, entry.Path);
    }


    [Fact]
    public async Task Depth_BeyondTheDotNetReadersDefault_IsCountedAgainstTheLimitGiven()
    {
        // departments (2) holding 198 more nested arrays: 200 levels. The .NET reader stops at 64 by default; the
        // stream reader's is created with the limit given, so 200 reads as far as the type check, 199 is too deep.
        var json = Head + "\"departments\":[" + new string('[', 198) + new string(']', 198) + "]}";

        Assert.Equal((ProblemCodes.WrongType, "$.departments[0]"), await Codes(json, new JsonReadLimits(maxDepth: 200)));
        Assert.Equal(ProblemCodes.DepthExceeded, (await Codes(json, new JsonReadLimits(maxDepth: 199))).Item1);
    }

    [Fact]
    public async Task Depth_BeyondTheDotNetReadersDefault_InsideAnEvaluation_IsCountedAgainstTheLimitGiven()
    {
        // evaluations (2) > evaluation (3) > an unknown property holding 197 nested arrays: 200 levels. Each evaluation
        // is checked with a reader of its own, created with the limit given.
        var json = Head + Subjects + "\"evaluations\":[{\"deep\":" + new string('[', 197) + new string(']', 197) + "}]}";

        var (read, report) = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(json)), new JsonReadLimits(maxDepth: 200));
        Assert.Empty(read);
        Assert.NotNull(report);
        Assert.Contains(report.Problems, e => e.Code == ProblemCodes.UnknownProperty && e.Location.JsonPath == "$.evaluations[0].deep");
        Assert.DoesNotContain(report.Problems, e => e.Code is ProblemCodes.MalformedJson or ProblemCodes.DepthExceeded);

        Assert.Equal(ProblemCodes.DepthExceeded, (await Codes(json, new JsonReadLimits(maxDepth: 199))).Item1);
    }

    [Fact]
    public async Task Depth_OfOne_RefusesTheEvaluationsArray()
    {
        var entry = await Failure(Encoding.UTF8.GetBytes(Head + "\"evaluations\":[]}"), limits: new JsonReadLimits(maxDepth: 1));

        Assert.Equal((ProblemCodes.DepthExceeded, "$.evaluations", "Objects and arrays nest deeper than 1 levels."), (entry.Code, entry.Path, entry.Message));
    }

    [Theory]
    [InlineData(Subjects + "\"evaluations\":[{}]", 2, "$.evaluations[0]")]
    [InlineData("\"departments\":[1,[],[[]]]", 3, "$.departments[2][0]")]
    [InlineData("\"departments\":[{\"a\":[],\"b\":[[]]}]", 4, "$.departments[0].b[0]")]
    public async Task Depth_PathOfTheFirstValueTooDeep_AfterItsSiblings(string property, int maxDepth, string path)
    {
        var entry = await Failure(Encoding.UTF8.GetBytes(Head + property + "}"), limits: new JsonReadLimits(maxDepth: maxDepth));

        Assert.Equal((ProblemCodes.DepthExceeded, path), (entry.Code, entry.Path));
    }

    [Fact]
    public async Task Depth_OfOne_EvaluationsThatAreNoArray_AreAWrongType()
    {
        var entry = await Failure(Encoding.UTF8.GetBytes(Head + "\"evaluations\":5}"), limits: new JsonReadLimits(maxDepth: 1));

        Assert.Equal((ProblemCodes.WrongType, "$.evaluations"), (entry.Code, entry.Path));
    }

    [Fact]
    public async Task Depth_FarBeyondTheLimit_IsStillDepthExceeded()
    {
        // 300 nested arrays in one top-level value, against the largest limit of 256 (the bug: malformed-json).
        var json = Head + "\"departments\":" + new string('[', 300) + new string(']', 300) + "}";

        var entry = await Failure(Encoding.UTF8.GetBytes(json), limits: new JsonReadLimits(maxDepth: 256));

        Assert.Equal(ProblemCodes.DepthExceeded, entry.Code);
        Assert.Equal("$.departments" + string.Concat(Enumerable.Repeat("[0]", 255)), entry.Path); // the 255th array inside is level 257
    }


    [Fact]
    public async Task Cancellation_StopsBeforeTheNextEvaluation()
    {
        using var source = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(Compact(Small(3))), null, source.Token))
            {
                read++;
                source.Cancel();
            }
        });

        Assert.Equal(1, read);
    }

    // The size limit ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task UnitsOfExactlyTheLimit_AreRead_HoweverTheStreamDeliversThem()
    {
        // The largest unit is the second evaluation with the comma before it (E1 and E2 have the same length).
        var bytes = Compact(Small(2));
        var node = Node(Small(2));
        var limit = Compact(node["evaluations"]![1]!).Length + 1;

        foreach (var pieces in new[] { int.MaxValue, 4096, 1 })
        {
            var (read, report) = await ReadAll(new PiecesStream(bytes, pieces), new JsonReadLimits(maxDocumentBytes: limit));
            Assert.True(report is null, $"pieces of {pieces}: {report}");
            Assert.Equal(2, read.Count);
        }
    }

    [Fact]
    public async Task ValueLargerThanTheLimit_IsTooLarge_HoweverTheStreamDeliversIt()
    {
        // The padded departments array is far larger than the limit of 1,000 bytes, and the whole document far smaller
        // than the reader's first buffer: delivered whole or a byte at a time, the reader refuses it (it accepted it whole).
        var text = Encoding.UTF8.GetString(Compact(Small(1)));
        var at = text.IndexOf("\"departments\":[", StringComparison.Ordinal) + "\"departments\":[".Length;
        var padded = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), new string(' ', 5000), text.AsSpan(at)));

        foreach (var pieces in new[] { int.MaxValue, 4096, 1 })
        {
            var entry = await Failure(padded, limits: new JsonReadLimits(maxDocumentBytes: 1000), pieces: pieces);
            Assert.Equal((ProblemCodes.DocumentTooLarge, "$", "A single value is larger than 1000 bytes."), (entry.Code, entry.Path, entry.Message));
        }
    }

    [Fact]
    public async Task EvaluationLargerThanTheLimit_IsTooLargeAtItsIndex_HoweverTheStreamDeliversIt()
    {
        var bytes = Compact(Small(2));
        var node = Node(Small(2));
        var length = Compact(node["evaluations"]![0]!).Length;

        foreach (var pieces in new[] { int.MaxValue, 1 })
        {
            var entry = await Failure(bytes, limits: new JsonReadLimits(maxDocumentBytes: length - 1), pieces: pieces);
            Assert.Equal((ProblemCodes.DocumentTooLarge, "$.evaluations[0]", $"A single value is larger than {length - 1} bytes."), (entry.Code, entry.Path, entry.Message));

            // With the comma before it, the second evaluation is one byte larger than the first.
            entry = await Failure(bytes, expectedYielded: 1, limits: new JsonReadLimits(maxDocumentBytes: length), pieces: pieces);
            Assert.Equal((ProblemCodes.DocumentTooLarge, "$.evaluations[1]", $"A single value is larger than {length} bytes."), (entry.Code, entry.Path, entry.Message));
        }
    }

    [Fact]
    public async Task ValueLargerThanTheFirstBuffer_AtExactlyTheLimit_IsRead()
    {
        // A unit of 150,000 bytes (',"departments":' and the padded array) with a limit of exactly that: the buffer
        // must grow past its first 64 KiB up to the limit.
        var text = Encoding.UTF8.GetString(Compact(Small(1)));
        var start = text.IndexOf(",\"departments\":", StringComparison.Ordinal);
        var end = text.IndexOf(",\"units\":", StringComparison.Ordinal);
        var unit = Encoding.UTF8.GetByteCount(text[start..end]);
        var padding = 150_000 - unit;
        var at = text.IndexOf("\"departments\":[", StringComparison.Ordinal) + "\"departments\":[".Length;
        var padded = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), new string(' ', padding), text.AsSpan(at)));

        foreach (var pieces in new[] { int.MaxValue, 4096 })
        {
            var (read, report) = await ReadAll(new PiecesStream(padded, pieces), new JsonReadLimits(maxDocumentBytes: 150_000));
            Assert.True(report is null, $"pieces of {pieces}: {report}");
            Assert.Single(read);

            // The bug: a buffer of the limit plus one byte held the whole unit, which was then accepted.
            var entry = await Failure(padded, limits: new JsonReadLimits(maxDocumentBytes: 149_999), pieces: pieces);
            Assert.Equal((ProblemCodes.DocumentTooLarge, "$", "A single value is larger than 149999 bytes."), (entry.Code, entry.Path, entry.Message));
        }
    }

    // Streams -----------------------------------------------------------------------------------------------------

    /// <summary>Delivers the first <c>cut</c> bytes, then the rest.</summary>
    private sealed class SplitStream(byte[] data, int cut) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(Position < cut ? buffer[..(int)Math.Min(buffer.Length, cut - Position)] : buffer, cancellationToken);
    }

    /// <summary>Delivers at most <c>size</c> bytes per read.</summary>
    private sealed class PiecesStream(byte[] data, int size) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, size)], cancellationToken);
    }

    /// <summary>Delivers pieces of the given sizes in turn (cycling), never more than the reader asks for.</summary>
    private sealed class SizesStream(byte[] data, int[] sizes) : MemoryStream(data)
    {
        private int next;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var size = sizes.Length == 0 ? buffer.Length : sizes[next++ % sizes.Length];
            return base.ReadAsync(buffer[..Math.Min(buffer.Length, size)], cancellationToken);
        }
    }
}
