using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BudgetPerformance.Testing;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// 5. Reading a portfolio from JSON (MB/s) against a bare <see cref="Utf8JsonReader"/> token walk over the same bytes.
/// </summary>
/// <remarks>
/// TODO(json): the JSON layer (portfolio contract and reader) is being added on another branch and is not available
/// here. Only the baseline exists: a token walk over a portfolio of 10,000 generated evaluations written by
/// <see cref="PortfolioJson.Write"/>, an ad-hoc stand-in. When the JSON layer lands:
/// (1) replace <see cref="PortfolioJson.Write"/> with the library's writer so the bytes follow the real contract;
/// (2) add <c>[Benchmark(OperationsPerInvoke = Sizes.Json)] public object LibraryRead() => …read the portfolio from bytes…;</c>
/// (3) report MB/s = bytes.Length ÷ mean time of one invocation, and the ratio to the token walk (goal: within 3×).
/// </remarks>
[MemoryDiagnoser]
public class JsonPortfolioReadBenchmarks
{
    private byte[] bytes = null!;

    /// <summary>The size of the portfolio in bytes (for MB/s).</summary>
    public int Length => bytes.Length;

    [GlobalSetup]
    public void Setup() => bytes = PortfolioJson.Write(new EvaluationGenerator().Generate(Sizes.Of(Sizes.Json)));

    [Benchmark(Baseline = true, OperationsPerInvoke = Sizes.Json, Description = "Utf8JsonReader token walk (the floor)")]
    public int TokenWalk()
    {
        var reader = new Utf8JsonReader(bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}

/// <summary>An ad-hoc JSON form of a portfolio, standing in for the JSON contract until it exists on this branch.</summary>
internal static class PortfolioJson
{
    public static byte[] Write(System.Collections.Generic.IReadOnlyList<Evaluation> evaluations)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("evaluations");
            foreach (var e in evaluations)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("type", "self-evaluation");
                w.WriteString("project", e.Subject.Code);
                w.WriteNumber("coveredYear", e.CoveredYear.Year);
                w.WriteStartObject("budget");
                w.WriteNumber("adjusted", e.BudgetExecution!.AdjustedBudget.Yuan);
                w.WriteNumber("spent", e.BudgetExecution!.Spent.Yuan);
                w.WriteEndObject();
                w.WriteStartArray("indicators");
                for (var i = 0; i < e.Records.Count; i++)
                {
                    var indicator = e.Indicators.Indicators[i];
                    var record = e.Records[i];
                    w.WriteStartObject();
                    w.WriteString("code", indicator.Code.Value);
                    w.WriteString("name", indicator.Name);
                    w.WriteString("direction", indicator.Direction.ToString());
                    if (indicator.Target is { } t)
                    {
                        w.WriteNumber("target", t);
                        w.WriteString("unit", indicator.Unit);
                    }

                    w.WriteNumber("points", indicator.Points);
                    if (indicator.ScoringRule is { } rule)
                    {
                        w.WriteString("rule", rule);
                    }

                    if (record.Actual is { } a)
                    {
                        w.WriteNumber("actual", a);
                    }

                    if (record.Achievement is { } level)
                    {
                        w.WriteString("achievement", level.ToString());
                    }

                    if (record.AssessorScore is { } s)
                    {
                        w.WriteNumber("score", s);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
