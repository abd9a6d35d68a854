using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// 5. Reading a portfolio from JSON (MB/s) with the library's streaming reader — which validates every document
/// against its contract and the domain invariants and builds the domain objects — against a bare
/// <see cref="Utf8JsonReader"/> token walk over the same bytes (the floor). Goal: within 3× of the walk.
/// </summary>
[MemoryDiagnoser]
public class JsonPortfolioReadBenchmarks
{
    private byte[] bytes = null!;

    /// <summary>The size of the portfolio in bytes (for MB/s).</summary>
    public int Length => bytes.Length;

    [GlobalSetup]
    public void Setup()
    {
        bytes = PortfolioJson.Write(new EvaluationGenerator().Generate(Sizes.Of(Sizes.Json)));
        var read = LibraryRead().GetAwaiter().GetResult();
        if (read != Sizes.Of(Sizes.Json))
        {
            throw new System.InvalidOperationException($"The library read {read} evaluations, not {Sizes.Of(Sizes.Json)}.");
        }
    }

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

    [Benchmark(OperationsPerInvoke = Sizes.Json, Description = "JsonDocuments.ReadPortfolioEvaluationsAsync (validated, domain objects)")]
    public async System.Threading.Tasks.Task<int> LibraryRead()
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var count = 0;
        await foreach (var evaluation in BudgetPerformance.Json.JsonDocuments.ReadPortfolioEvaluationsAsync(stream))
        {
            count += evaluation.Records.Count > 0 ? 1 : 0;
        }

        return count;
    }
}

/// <summary>A portfolio document (the library's JSON contract) holding generated evaluations and their projects.</summary>
internal static class PortfolioJson
{
    public static byte[] Write(System.Collections.Generic.IReadOnlyList<Evaluation> evaluations)
    {
        var department = new Department("D001", "县农业农村局");
        var items = new System.Collections.Generic.List<SpendingItem>();
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var e in evaluations)
        {
            if (seen.Add(e.Subject.Code))
            {
                items.Add(new SpendingItem(SubjectType.Project, e.Subject.Code, "项目" + e.Subject.Code, department.Code, null, Sector.Agriculture, ProjectKind.Recurring, false, e.BudgetExecution!.AdjustedBudget));
            }
        }

        var portfolio = new Portfolio(evaluations[0].ConductedIn, [department], [], [], items, [], evaluations);
        return BudgetPerformance.Json.JsonDocuments.Portfolio.WriteToUtf8Bytes(portfolio);
    }
}
