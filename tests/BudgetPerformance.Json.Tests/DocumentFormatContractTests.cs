using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BudgetPerformance.Catalog;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The entry points of <see cref="JsonDocumentFormat{T}"/> (docs/json/README.md, docs/quality.md): the six readers
/// agree, the stream reader's document limit on both sides and for a stream read in small and in large pieces, the
/// three writers write the same canonical bytes, and every guard names its parameter.
/// </summary>
public class DocumentFormatContractTests
{
    private static byte[] Sample => JsonDocuments.Evaluation.WriteToUtf8Bytes(Documents.SelfEvaluation());

    [Fact]
    public void Kinds_AndSchemaVersion_AreThoseOfTheDocuments()
    {
        Assert.Equal(
            ["indicator-framework", "performance-target", "evaluation", "portfolio", "rule-set"],
            [JsonDocuments.IndicatorFramework.Kind, JsonDocuments.PerformanceTarget.Kind, JsonDocuments.Evaluation.Kind, JsonDocuments.Portfolio.Kind, JsonDocuments.RuleSet.Kind]);
        Assert.Equal(
            ["indicator-framework", "performance-target", "evaluation", "portfolio", "rule-set"],
            [DocumentKinds.IndicatorFramework, DocumentKinds.PerformanceTarget, DocumentKinds.Evaluation, DocumentKinds.Portfolio, DocumentKinds.RuleSet]);
        Assert.Equal(1, BudgetPerformanceJson.SchemaVersion);
        Assert.All([JsonDocuments.IndicatorFramework.SchemaVersion, JsonDocuments.PerformanceTarget.SchemaVersion, JsonDocuments.Evaluation.SchemaVersion, JsonDocuments.Portfolio.SchemaVersion, JsonDocuments.RuleSet.SchemaVersion], v => Assert.Equal(1, v));
    }

    [Fact]
    public void Schema_IsGeneratedOnceAndNamesItsKindAndVersion()
    {
        var schema = JsonDocuments.PerformanceTarget.Schema;

        Assert.Same(schema, JsonDocuments.PerformanceTarget.Schema);
        using var document = JsonDocument.Parse(schema);
        Assert.Equal("urn:budget-performance:schema:performance-target:1", document.RootElement.GetProperty("$id").GetString());
        Assert.Equal("BudgetPerformance performance-target document, schema version 1", document.RootElement.GetProperty("title").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32());
        Assert.EndsWith("}\n", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void Readers_ValidDocument_EverySourceGivesTheSameValue()
    {
        var bytes = Sample;
        var text = Encoding.UTF8.GetString(bytes);
        var expected = Encoding.UTF8.GetString(bytes);

        Assert.True(JsonDocuments.Evaluation.TryRead(bytes.AsSpan(), out var fromSpan, out var r1));
        Assert.True(JsonDocuments.Evaluation.TryRead(text, out var fromString, out var r2));
        Assert.True(JsonDocuments.Evaluation.TryRead(new MemoryStream(bytes), out var fromStream, out var r3));

        Assert.All([r1, r2, r3], r => Assert.Same(ValidationReport.Valid, r));
        Assert.All([fromSpan, fromString, fromStream, JsonDocuments.Evaluation.Read(bytes.AsSpan()), JsonDocuments.Evaluation.Read(text), JsonDocuments.Evaluation.Read(new MemoryStream(bytes))],
            e => Assert.Equal(expected, JsonDocuments.Evaluation.Write(e)));
    }

    [Fact]
    public void Readers_InvalidDocument_EverySourceGivesTheSameReport_TheThrowingOnesInTheException()
    {
        var text = Encoding.UTF8.GetString(Sample).Replace("\"coveredYear\": 2020", "\"coveredYear\": \"2020\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = new[] { (ProblemCodes.WrongType, "$.coveredYear") };

        Assert.False(JsonDocuments.Evaluation.TryRead(bytes.AsSpan(), out var v1, out var r1));
        Assert.False(JsonDocuments.Evaluation.TryRead(text, out var v2, out var r2));
        Assert.False(JsonDocuments.Evaluation.TryRead(new MemoryStream(bytes), out var v3, out var r3));
        var e1 = Assert.Throws<JsonContractException>(() => JsonDocuments.Evaluation.Read(bytes.AsSpan()));
        var e2 = Assert.Throws<JsonContractException>(() => JsonDocuments.Evaluation.Read(text));
        var e3 = Assert.Throws<JsonContractException>(() => JsonDocuments.Evaluation.Read(new MemoryStream(bytes)));

        Assert.All(new object?[] { v1, v2, v3 }, v => Assert.Null(v));
        Assert.All([r1, r2, r3, e1.Report, e2.Report, e3.Report], r => Assert.Equal(expected, r.Problems.Select(e => (e.Code, e.Location.JsonPath!))));
    }

    [Fact]
    public void Readers_NullLimits_AreTheDefaults()
    {
        // 33 levels is one more than the default depth of 32.
        var tooDeep = new string('[', 33) + new string(']', 33);

        Assert.False(JsonDocuments.Evaluation.TryRead(tooDeep, out _, out var report, null));
        Assert.Equal("Objects and arrays nest deeper than 32 levels.", Assert.Single(report.Problems).MessageEn);
        Assert.False(JsonDocuments.Evaluation.TryRead(new MemoryStream(Encoding.UTF8.GetBytes(tooDeep)), out _, out report, null));
        Assert.Equal(ProblemCodes.DepthExceeded, Assert.Single(report.Problems).Code);
        Assert.Equal(ProblemCodes.DepthExceeded, Assert.Single(Assert.Throws<JsonContractException>(() => JsonDocuments.Evaluation.Read(tooDeep, null)).Report.Problems).Code);
    }

    [Fact]
    public void Readers_PassTheirLimitsOn()
    {
        var limits = new JsonReadLimits(maxStringLength: 5);
        var bytes = Sample;

        Assert.All(
            [
                Assert.Throws<JsonContractException>(() => JsonDocuments.Evaluation.Read(bytes.AsSpan(), limits)).Report,
                Assert.Throws<JsonContractException>(() => JsonDocuments.Evaluation.Read(Encoding.UTF8.GetString(bytes), limits)).Report,
                Assert.Throws<JsonContractException>(() => JsonDocuments.Evaluation.Read(new MemoryStream(bytes), limits)).Report,
            ],
            r => Assert.Contains(r.Problems, e => e.Code == ProblemCodes.StringTooLong && e.Location.JsonPath == "$.performer.name"));
    }

    // The document limit ------------------------------------------------------------------------------------------

    [Fact]
    public void DocumentOfExactlyTheLimit_IsReadFromEverySource()
    {
        var bytes = Sample;
        var limits = new JsonReadLimits(maxDocumentBytes: bytes.Length);

        Assert.True(JsonDocuments.Evaluation.TryRead(bytes.AsSpan(), out _, out _, limits));
        Assert.True(JsonDocuments.Evaluation.TryRead(Encoding.UTF8.GetString(bytes), out _, out _, limits));
        Assert.True(JsonDocuments.Evaluation.TryRead(new MemoryStream(bytes), out _, out _, limits));
        Assert.True(JsonDocuments.Evaluation.TryRead(new ChunkedStream(bytes, 1), out _, out _, limits));
    }

    [Fact]
    public void DocumentOneByteOverTheLimit_IsTooLarge_WithTheSizeAndTheLimit()
    {
        var bytes = Sample;
        var limit = bytes.Length - 1;
        var limits = new JsonReadLimits(maxDocumentBytes: limit);

        Assert.False(JsonDocuments.Evaluation.TryRead(bytes.AsSpan(), out var value, out var report, limits));
        Assert.Null(value);
        var entry = Assert.Single(report.Problems);
        Assert.Equal((ProblemCodes.DocumentTooLarge, "$", FormattableString.Invariant($"The document has {bytes.Length} bytes; the limit is {limit}.")), (entry.Code, entry.Location.JsonPath!, entry.MessageEn));

        foreach (var stream in new Stream[] { new MemoryStream(bytes), new ChunkedStream(bytes, 1), new ChunkedStream(bytes, 1000) })
        {
            Assert.False(JsonDocuments.Evaluation.TryRead(stream, out value, out report, limits));
            Assert.Null(value);
            entry = Assert.Single(report.Problems);
            Assert.Equal((ProblemCodes.DocumentTooLarge, "$", FormattableString.Invariant($"The document has more than {limit} bytes.")), (entry.Code, entry.Location.JsonPath!, entry.MessageEn));
        }
    }

    [Fact]
    public void Stream_ReadInSmallAndInLargePieces_IsReadToItsEnd()
    {
        // 200,000 blanks before the closing brace: the stream is longer than any one read of it.
        var text = Encoding.UTF8.GetString(Sample);
        var padded = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, text.LastIndexOf('}')), new string(' ', 200_000), "}\n"));

        foreach (var size in new[] { 1, 7, 4096, 81920, 1_000_000 })
        {
            Assert.True(JsonDocuments.Evaluation.TryRead(new ChunkedStream(padded, size), out var evaluation, out var report), $"pieces of {size}: {report}");
            Assert.Equal("E2021-001", evaluation.Id);
        }
    }

    [Fact]
    public void Stream_IsReadFromItsPosition_AndNotClosed()
    {
        var bytes = Sample;
        var stream = new MemoryStream([.. "xyz"u8, .. bytes]) { Position = 3 };

        Assert.True(JsonDocuments.Evaluation.TryRead(stream, out _, out _));

        Assert.True(stream.CanRead);
        Assert.Equal(3 + bytes.Length, stream.Position);
    }

    [Fact]
    public void ByteOrderMark_IsSkippedBySpanStringAndStream()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Sample];

        Assert.True(JsonDocuments.Evaluation.TryRead(bytes.AsSpan(), out _, out _));
        Assert.True(JsonDocuments.Evaluation.TryRead(new MemoryStream(bytes), out _, out _));
        Assert.True(JsonDocuments.Evaluation.TryRead("\uFEFF" + Encoding.UTF8.GetString(Sample), out _, out _));
    }

    // Writers -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Writers_WriteTheSameCanonicalBytes()
    {
        var bytes = JsonDocuments.RuleSet.WriteToUtf8Bytes(Documents.National2020());
        using var stream = new MemoryStream();
        stream.Write("prefix"u8);

        JsonDocuments.RuleSet.Write(Documents.National2020(), stream);

        Assert.Equal([.. "prefix"u8, .. bytes], stream.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(bytes), JsonDocuments.RuleSet.Write(Documents.National2020()));
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.NotEqual((byte)'\n', bytes[^2]);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void Guards_NameTheirParameters()
    {
        var format = JsonDocuments.Evaluation;

        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => format.TryRead((string)null!, out _, out _)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => format.TryRead((Stream)null!, out _, out _)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => format.Read((string)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => format.Read((Stream)null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => format.WriteToUtf8Bytes(null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => format.Write(null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => format.Write(null!, new MemoryStream())).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => format.Write(Documents.SelfEvaluation(), null!)).ParamName);
    }

    [Fact]
    public void ReadPortfolioEvaluationsAsync_NullStream_ThrowsAtTheCallNotWhenEnumerated()
    {
        var e = Assert.Throws<ArgumentNullException>(() => { JsonDocuments.ReadPortfolioEvaluationsAsync(null!); });

        Assert.Equal("utf8Json", e.ParamName);
    }

    [Fact]
    public void ReadPortfolioEvaluationsAsync_NullLimits_AreTheDefaults()
    {
        var bytes = JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio());

        var read = JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(bytes), null).ToBlockingEnumerable().Select(e => e.Id).ToArray();

        Assert.Equal(["E2021-001", "F2021-007"], read);
    }

    // BudgetPerformanceJson ---------------------------------------------------------------------------------------

    [Fact]
    public void ConfigureForBudgetPerformance_Twice_PutsTheResolverFirstOnce_AndReturnsTheSameOptions()
    {
        var options = new JsonSerializerOptions();

        var configured = options.ConfigureForBudgetPerformance().ConfigureForBudgetPerformance();

        Assert.Same(options, configured);
        Assert.Same(DomainTypeResolver.Instance, options.TypeInfoResolverChain[0]);
        Assert.Single(options.TypeInfoResolverChain, r => ReferenceEquals(r, DomainTypeResolver.Instance));
    }

    [Fact]
    public void ConfigureForBudgetPerformance_ReadOnlyOptions_ThrowWithAMessage()
    {
        var e = Assert.Throws<InvalidOperationException>(() => BudgetPerformanceJson.Options.ConfigureForBudgetPerformance());

        Assert.Equal("The options are read-only; configure them before their first use.", e.Message);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => BudgetPerformanceJson.ConfigureForBudgetPerformance(null!)).ParamName);
    }

    [Fact]
    public void ReadyMadeOptions_AreOneInstance_IndentedWithNewLines()
    {
        var options = BudgetPerformanceJson.Options;

        Assert.Same(options, BudgetPerformanceJson.Options);
        Assert.True(options.WriteIndented);
        Assert.Equal("\n", options.NewLine);
        Assert.Same(DomainTypeResolver.Instance, options.TypeInfoResolverChain[0]);
        var json = JsonSerializer.Serialize(Documents.Target(), options);
        Assert.Contains("\"kind\": \"performance-target\"", json, StringComparison.Ordinal);
        Assert.Contains("建设高标准农田5000亩", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serializer_ReadsAndWritesEveryDocumentKind()
    {
        var options = BudgetPerformanceJson.Options;
        var framework = IndicatorCatalog.Get("project-2013");

        Assert.Equal(JsonDocuments.IndicatorFramework.Write(framework).TrimEnd('\n'), JsonSerializer.Serialize(framework, options));
        Assert.Equal(framework.Id, JsonSerializer.Deserialize<IndicatorFramework>(JsonDocuments.IndicatorFramework.Write(framework), options)!.Id);
        Assert.Equal(JsonDocuments.Evaluation.Write(Documents.FinanceEvaluation()).TrimEnd('\n'), JsonSerializer.Serialize(Documents.FinanceEvaluation(), options));
        Assert.Equal(JsonDocuments.Portfolio.Write(Documents.Portfolio()).TrimEnd('\n'), JsonSerializer.Serialize(Documents.Portfolio(), options));
        Assert.Equal(JsonDocuments.PerformanceTarget.Write(Documents.Target()).TrimEnd('\n'), JsonSerializer.Serialize(Documents.Target(), options));
        Assert.Null(DomainTypeResolver.Instance.GetTypeInfo(typeof(string), options));
    }

    /// <summary>Returns the data at most <c>size</c> bytes per read.</summary>
    private sealed class ChunkedStream(byte[] data, int size) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, size));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, size)]);
    }
}
