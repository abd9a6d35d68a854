using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetPerformance.Json;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Disclosure;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Testing;

namespace BudgetPerformance.Reliability.Host;

/// <summary>
/// Everything the library writes for one fixed input, as one byte string: the rule sets and the example portfolio written
/// canonically, the scoring results of generated evaluations (as JSON written here, field by field), their explanations,
/// the disclosure JSON and CSV and the annual report text. The same input must give the same bytes on any thread count,
/// in any culture and in any process.
/// </summary>
public static class CanonicalOutput
{
    /// <summary>The number of generated evaluations.</summary>
    public const int GeneratedEvaluations = 600;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>Produces the output, scoring with at most <paramref name="threads"/> threads.</summary>
    public static byte[] Produce(int threads)
    {
        using var output = new MemoryStream();
        void Section(string name, byte[] bytes)
        {
            output.Write(Encoding.UTF8.GetBytes("=== " + name + "\n"));
            output.Write(bytes);
        }

        var national = RuleSetPresets.Get("national-2020");
        Section("rule-set national-2020", JsonDocuments.RuleSet.WriteToUtf8Bytes(national));
        var linqu = RuleSetPresets.Get("linqu-county-2021");
        Section("rule-set linqu-county-2021", JsonDocuments.RuleSet.WriteToUtf8Bytes(linqu));

        var generator = new EvaluationGenerator(EvaluationGenerator.DefaultSeed, treePoolSize: 16);
        var evaluations = Enumerable.Range(0, GeneratedEvaluations).Select(_ => generator.Next()).ToArray();
        foreach (var (rules, name) in new[] { (PerfRules.National(), "national"), (PerfRules.Alternative(), "alternative") })
        {
            var scorer = new EvaluationScorer(rules);
            var results = threads == 1 ? scorer.ScoreAll(evaluations).ToArray() : scorer.ScoreAllParallel(evaluations, threads);
            Section("results " + name, ResultsJson(results));
            var explanations = new StringBuilder();
            foreach (var e in evaluations.Take(20))
            {
                var x = scorer.Explain(e);
                explanations.Append(x.Result.EvaluationId).Append('\n');
                foreach (var i in x.Indicators)
                {
                    explanations.Append(i.Indicator.Code).Append(' ').Append(i.FormulaZh).Append(" | ").Append(i.FormulaEn).Append('\n');
                }

                explanations.Append(x.BudgetZh).Append('\n').Append(x.BudgetEn).Append('\n').Append(x.TotalZh).Append('\n');
            }

            Section("explanations " + name, Encoding.UTF8.GetBytes(explanations.ToString()));
        }

        Section("evaluation", JsonDocuments.Evaluation.WriteToUtf8Bytes(evaluations[0]));

        var portfolio = ExamplePortfolio();
        Section("portfolio", JsonDocuments.Portfolio.WriteToUtf8Bytes(portfolio));
        var linquScorer = new EvaluationScorer(linqu);
        var portfolioResults = threads == 1 ? linquScorer.ScoreAll(portfolio.Evaluations).ToArray() : linquScorer.ScoreAllParallel(portfolio.Evaluations, threads);
        Section("portfolio results", ResultsJson(portfolioResults));
        var disclosure = Disclosure.Create(portfolio, portfolioResults, []);
        Section("disclosure json", DisclosureWriter.ToJsonUtf8Bytes(disclosure));
        Section("disclosure targets csv", Encoding.UTF8.GetBytes(DisclosureWriter.ToTargetsCsv(disclosure)));
        Section("disclosure results csv", Encoding.UTF8.GetBytes(DisclosureWriter.ToResultsCsv(disclosure)));
        var requests = portfolio.SpendingItems.ToDictionary(i => i.Ref, i => i.Budget * 1.05m);
        var report = new AnnualReporter(linqu).Build(portfolio, requests);
        Section("annual report", Encoding.UTF8.GetBytes(report.ToChineseText()));
        return output.ToArray();
    }

    /// <summary>The example portfolio of docs/json/examples/portfolio.json.</summary>
    public static Portfolio ExamplePortfolio()
    {
        using var stream = typeof(CanonicalOutput).Assembly.GetManifestResourceStream("portfolio.json")
            ?? throw new InvalidOperationException("portfolio.json is not embedded.");
        return JsonDocuments.Portfolio.Read(stream);
    }

    /// <summary>A JSON form of scoring results: every field, decimals with their scale.</summary>
    public static byte[] ResultsJson(IEnumerable<ScoringResult> results)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartArray();
            foreach (var r in results)
            {
                WriteResult(w, r);
            }

            w.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes one result.</summary>
    public static void WriteResult(Utf8JsonWriter w, ScoringResult r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteString("evaluationId", r.EvaluationId);
        w.WriteString("evaluationType", r.EvaluationType.ToString());
        w.WriteString("ruleSet", r.RuleSetId);
        w.WriteNumber("ruleSetVersion", r.RuleSetVersion);
        w.WriteString("outcome", r.Outcome.ToString());
        w.WriteStartArray("indicators");
        foreach (var i in r.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("code", i.Code.Value);
            w.WriteNumber("points", i.Points);
            w.WriteString("strategy", i.StrategyId);
            Number(w, "raw", i.Raw);
            Number(w, "score", i.Score);
            w.WriteString("flags", i.Flags.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        foreach (var (name, list) in new[] { ("levelTwo", r.LevelTwo), ("levelOne", r.LevelOne), ("groups", r.Groups) })
        {
            w.WriteStartArray(name);
            foreach (var s in list)
            {
                w.WriteStartObject();
                w.WriteString("code", s.Code);
                w.WriteNumber("level", s.Level);
                w.WriteNumber("points", s.Points);
                Number(w, "score", s.Score);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (r.Budget is { } b)
        {
            w.WriteStartObject("budget");
            w.WriteNumber("points", b.Points);
            Number(w, "rate", b.Rate?.Value);
            Number(w, "raw", b.Raw);
            Number(w, "score", b.Score);
            w.WriteString("flags", b.Flags.ToString());
            w.WriteEndObject();
        }

        w.WriteNumber("rescaleFactor", r.RescaleFactor);
        Number(w, "rawTotal", r.RawTotal);
        Number(w, "total", r.Total);
        w.WriteString("grade", r.Grade?.ToString());
        w.WriteBoolean("totalAboveMaximum", r.TotalAboveMaximum);
        w.WriteString("conclusion", r.Conclusion?.ToString());
        w.WriteStartArray("issues");
        foreach (var issue in r.Problems)
        {
            w.WriteStartObject();
            w.WriteString("code", issue.Code);
            w.WriteString("at", issue.Location.IndicatorCode);
            w.WriteString("message", issue.MessageEn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
