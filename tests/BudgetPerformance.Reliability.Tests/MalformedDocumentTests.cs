using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BudgetPerformance.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>
/// Thousands of malformed documents per reader, made by mutating valid ones (<see cref="Mutations"/>): the only acceptable
/// outcomes are a valid document (which then round-trips) or a report without internal errors; never another exception.
/// </summary>
public class MalformedDocumentTests
{
    internal const string CalendarJson = """
        {
          "kind": "working-day-calendar",
          "schemaVersion": 1,
          "id": "test-cn-2025",
          "title": { "zh": "测试日历", "en": "Test calendar" },
          "source": "test copy, not verified",
          "verified": false,
          "covers": { "from": "2025-01-01", "to": "2025-12-31" },
          "holidays": [ { "date": "2025-10-01", "name": "国庆节" }, { "date": "2025-10-02", "name": "国庆节" } ],
          "workingDays": [ { "date": "2025-09-28", "name": "国庆节调休上班" } ]
        }
        """;

    private const int Cases = 2000;

    private static readonly Lazy<Dictionary<string, byte[][]>> Seeds = new(() => new Dictionary<string, byte[][]>
    {
        ["indicator-framework"] = [Example("indicator-framework.json")],
        ["performance-target"] = [Example("performance-target.json")],
        ["evaluation"] = [Example("evaluation.json"), Example("evaluation-form-rows.json"), Example("evaluation-finance.json")],
        ["portfolio"] = [Example("portfolio.json")],
        ["portfolio-stream"] = [Example("portfolio.json")],
        ["rule-set"] = [Example("rule-set.json"), .. RuleSetPresets.All.Select(r => Encoding.UTF8.GetBytes(RuleSetPresets.GetJson(r.Id)))],
        ["working-day-calendar"] = [Encoding.UTF8.GetBytes(CalendarJson)],
    });

    private static Gen<(int Seed, int Document, int Count)> Case =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from document in Gen.Choose(0, 99)
        from count in Gen.Choose(1, 3)
        select (seed, document, count);

    [Theory]
    [MemberData(nameof(ReaderKinds))]
    public void Read_ValidSeed_IsValid(string kind)
    {
        foreach (var seed in Seeds.Value[kind])
        {
            Assert.StartsWith("valid", Readers.Read(kind, seed), StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = Cases)]
    public Property Read_MutatedFramework_ValidOrReport() => Holds("indicator-framework");

    [Property(MaxTest = Cases)]
    public Property Read_MutatedTarget_ValidOrReport() => Holds("performance-target");

    [Property(MaxTest = Cases)]
    public Property Read_MutatedEvaluation_ValidOrReport() => Holds("evaluation");

    [Property(MaxTest = Cases)]
    public Property Read_MutatedPortfolio_ValidOrReport() => Holds("portfolio");

    [Property(MaxTest = Cases)]
    public Property ReadStream_MutatedPortfolio_EvaluationsOrReport() => Holds("portfolio-stream");

    [Property(MaxTest = Cases)]
    public Property Read_MutatedRuleSet_ValidOrReport() => Holds("rule-set");

    [Property(MaxTest = Cases)]
    public Property Read_MutatedCalendar_ValidOrProblems() => Holds("working-day-calendar");

    [Fact]
    public void Mutate_SameSeed_SameBytes()
    {
        var seed = Seeds.Value["evaluation"][0];
        Assert.Equal(Mutations.Mutate(seed, 12345, 3), Mutations.Mutate(seed, 12345, 3));
        Assert.NotEqual(seed, Mutations.Mutate(seed, 12345, 3));
    }

    [Fact]
    public void Mutate_ManySeeds_MostDocumentsAreRejectedWithManyDifferentCodes()
    {
        // The generator is not vacuous: it makes mostly invalid documents, and of many kinds.
        var seed = Seeds.Value["evaluation"][0];
        var outcomes = Enumerable.Range(0, 300).Select(i => Readers.Read("evaluation", Mutations.Mutate(seed, i, 1))).ToList();
        var codes = outcomes.SelectMany(o => o.Split(',')).Distinct().ToList();

        Assert.True(outcomes.Count(o => o != "valid") > 150, "Too few invalid documents: " + outcomes.Count(o => o != "valid"));
        Assert.True(codes.Count >= 8, "Too few distinct codes: " + string.Join(" ", codes));
    }

    public static TheoryData<string> ReaderKinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Readers.Kinds)
        {
            data.Add(kind);
        }

        return data;
    }

    private static Property Holds(string kind)
    {
        var seeds = Seeds.Value[kind];
        return Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var input = Mutations.Mutate(seeds[c.Document % seeds.Length], c.Seed, c.Count);
            try
            {
                Readers.Read(kind, input);
            }
            catch (ReaderFailure failure)
            {
                throw new ReaderFailure($"{failure.Message}\n(case: seed {c.Seed}, document {c.Document % seeds.Length}, mutations {c.Count}; input starts {Encoding.UTF8.GetString(input[..Math.Min(input.Length, 400)])})", failure);
            }
        });
    }

    internal static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", name));
}
