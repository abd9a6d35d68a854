using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The checked-in schemas (docs/schemas/) and examples (docs/json/examples/) agree with the code. To regenerate both
/// after a deliberate contract change, run the tests once with BP_REGENERATE=1 and review the diff.
/// </summary>
public class SchemaTests
{
    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("BP_REGENERATE") == "1";

    public static TheoryData<string> Kinds() => [.. DocumentKinds.All];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExamplesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CheckedInSchema_EqualsTheGeneratedSchema(string kind)
    {
        // Generated afresh (the Schema property caches it for the process), and the same as the cached one.
        var generated = Generated(kind);
        Assert.Equal(generated, Schema(kind));
        var path = Path.Combine(Documents.RepositoryRoot(), "docs", "schemas", kind + ".schema.json");
        if (Regenerate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with BP_REGENERATE=1.");
        Assert.True(generated == File.ReadAllText(path, Encoding.UTF8), $"{path} differs from the schema the contracts generate; run the tests with BP_REGENERATE=1 and review the diff.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_IsDraft202012AndRejectsUnknownProperties(string kind)
    {
        using var schema = JsonDocument.Parse(Schema(kind));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(kind, schema.RootElement.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
    }

    [Fact]
    public void CanonicalExamples_AreWhatTheWriterWrites()
    {
        var canonical = new (string File, byte[] Bytes)[]
        {
            ("evaluation.json", JsonDocuments.Evaluation.WriteToUtf8Bytes(Documents.SelfEvaluation())),
            ("evaluation-finance.json", JsonDocuments.Evaluation.WriteToUtf8Bytes(Documents.FinanceEvaluation())),
            ("performance-target.json", JsonDocuments.PerformanceTarget.WriteToUtf8Bytes(Documents.Target())),
            ("portfolio.json", JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio())),
            ("rule-set.json", JsonDocuments.RuleSet.WriteToUtf8Bytes(Documents.National2020())),
            ("indicator-framework.json", JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(Json.IndicatorCatalog.Get("project-2013"))),
        };
        foreach (var (file, bytes) in canonical)
        {
            var path = Path.Combine(ExamplesDirectory, file);
            if (Regenerate)
            {
                File.WriteAllBytes(path, bytes);
            }

            Assert.True(File.Exists(path) && bytes.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{path} is not what the writer writes; run the tests with BP_REGENERATE=1.");
        }
    }

    [Fact]
    public void SampleCalendar_ValidatesAgainstTheCalendarSchemaAndReads()
    {
        var path = Path.Combine(Documents.RepositoryRoot(), "docs", "rules", "calendars", "cn-2025.example.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Documents.RepositoryRoot(), "docs", "schemas", "working-day-calendar.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        Assert.True(schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid);
        Assert.True(JsonDocuments.WorkingDayCalendar.TryRead(File.ReadAllBytes(path), out _, out var report), report.ToString());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ValidatesAgainstItsSchemaAndReadsWithoutErrors(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ExamplesDirectory, file));
        using var document = JsonDocument.Parse(bytes);
        var kind = document.RootElement.GetProperty("kind").GetString()!;
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Documents.RepositoryRoot(), "docs", "schemas", kind + ".schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(result.IsValid, $"{file} does not validate against the {kind} schema: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Key + ": " + e.Value))));
        var (valid, report) = CorpusTests.Read(kind, bytes);
        Assert.True(valid, report.ToString());
    }

    [Theory]
    [InlineData("04-nan-literal")]
    [InlineData("11-unknown-properties")]
    [InlineData("13-required-missing")]
    [InlineData("14-wrong-types")]
    [InlineData("29-shape-conflict")]
    [InlineData("34-rule-set-envelope")]
    public void CorpusDocument_WithAStructuralProblem_FailsTheSchemaToo(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", name + ".json"));
        var kind = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", name + ".expected"))[0]["kind ".Length..];
        var schema = JsonSchema.FromText(Schema(kind), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return; // not even JSON: nothing for a schema to accept
        }

        using (document)
        {
            Assert.False(schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid);
        }
    }

    private static string Schema(string kind) => kind switch
    {
        DocumentKinds.IndicatorFramework => JsonDocuments.IndicatorFramework.Schema,
        DocumentKinds.PerformanceTarget => JsonDocuments.PerformanceTarget.Schema,
        DocumentKinds.Evaluation => JsonDocuments.Evaluation.Schema,
        DocumentKinds.Portfolio => JsonDocuments.Portfolio.Schema,
        DocumentKinds.WorkingDayCalendar => JsonDocuments.WorkingDayCalendar.Schema,
        _ => JsonDocuments.RuleSet.Schema,
    };

    private static string Generated(string kind) => kind switch
    {
        DocumentKinds.IndicatorFramework => JsonDocuments.IndicatorFramework.GenerateSchema(),
        DocumentKinds.PerformanceTarget => JsonDocuments.PerformanceTarget.GenerateSchema(),
        DocumentKinds.Evaluation => JsonDocuments.Evaluation.GenerateSchema(),
        DocumentKinds.Portfolio => JsonDocuments.Portfolio.GenerateSchema(),
        DocumentKinds.WorkingDayCalendar => JsonDocuments.WorkingDayCalendar.GenerateSchema(),
        _ => JsonDocuments.RuleSet.GenerateSchema(),
    };

    private static string ExamplesDirectory => Path.Combine(Documents.RepositoryRoot(), "docs", "json", "examples");
}
