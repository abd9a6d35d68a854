using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Reflection;
using BudgetPerformance.Admission;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Admission;
using BudgetPerformance.Scoring.Disclosure;
using BudgetPerformance.Scoring.Distribution;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Conventions.Tests;

/// <summary>
/// What the libraries hand out cannot be changed by the caller (issue "One house", item 7): no public field or property
/// is declared as an array, and no value reached through the public surface of a model object or a result of any stage
/// is a mutable collection behind a read-only interface (an array or a <see cref="List{T}"/> that a caller could cast
/// back and change). The objects are the documented examples, read and run through every stage.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Assembly[] Libraries =
    [
        typeof(RuleSet).Assembly,
        typeof(EvaluationScorer).Assembly,
        typeof(JsonDocuments).Assembly,
    ];

    [Fact]
    public void NoPublicMemberIsDeclaredAsAnArray()
    {
        var arrays = Libraries.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsEnum)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType.IsArray && p.GetMethod?.IsPublic == true).Select(p => $"{t.FullName}.{p.Name}")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(f => f.FieldType.IsArray || !(f.IsInitOnly || f.IsLiteral)).Select(f => $"{t.FullName}.{f.Name} (field)")))
            .Where(name => !name.Contains("JsonContext", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(arrays);
    }

    [Fact]
    public void ModelAndEveryStagesResults_ExposeNoMutableCollection()
    {
        var violations = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, root) in Roots())
        {
            Walk(root, name, 0, seen, violations);
        }

        Assert.Empty(violations.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheWalker_FindsAMutableCollection()
    {
        // The test above can fail: a list behind IReadOnlyList is found, a ReadOnlyCollection is not.
        var violations = new List<string>();
        Walk(new Holder(new[] { 1, 2 }), "holder", 0, new HashSet<object>(ReferenceEqualityComparer.Instance), violations);
        Assert.Equal(["Holder.Items: Int32[]"], violations);
        violations.Clear();
        Walk(new Holder(new ReadOnlyCollection<int>([1, 2])), "holder", 0, new HashSet<object>(ReferenceEqualityComparer.Instance), violations);
        Assert.Empty(violations);
    }

    /// <summary>A type of this test, treated as ours by the walker.</summary>
    public sealed class Holder(IReadOnlyList<int> items)
    {
        /// <summary>The items.</summary>
        public IReadOnlyList<int> Items { get; } = items;
    }

    private static IEnumerable<(string Name, object Root)> Roots()
    {
        var examples = Path.Combine(RepositoryRoot(), "docs", "json", "examples");
        string Example(string file) => File.ReadAllText(Path.Combine(examples, file));
        var portfolio = JsonDocuments.Portfolio.Read(Example("portfolio.json"));
        var evaluation = JsonDocuments.Evaluation.Read(Example("evaluation.json"));
        var formRows = JsonDocuments.Evaluation.Read(Example("evaluation-form-rows.json"));
        var target = JsonDocuments.PerformanceTarget.Read(Example("performance-target.json"));
        var framework = JsonDocuments.IndicatorFramework.Read(Example("indicator-framework.json"));
        var ruleSet = JsonDocuments.RuleSet.Read(Example("rule-set.json"));
        JsonDocuments.Portfolio.TryRead("{}", out _, out var report);

        yield return ("portfolio", portfolio);
        yield return ("evaluation", evaluation);
        yield return ("target", target);
        yield return ("framework", framework);
        yield return ("ruleSet", ruleSet);
        yield return ("report", report);
        foreach (var preset in RuleSetPresets.All)
        {
            yield return (preset.Id, preset);
        }

        RuleSet With(RuleFamily family) => RuleSetPresets.All.First(r => r.Has(family));
        var scoring = With(RuleFamily.ResultApplication);
        var scorer = new EvaluationScorer(scoring);
        var results = scorer.ScoreAll(portfolio.Evaluations).ToList();
        yield return ("results", results);
        yield return ("explanation", scorer.Explain(evaluation));
        yield return ("formRowsExplanation", scorer.Explain(formRows));
        yield return ("reconciliation", new Reconciler(scoring).Reconcile(formRows, 0m));
        yield return ("reCheck", new ReCheckCombiner(With(RuleFamily.ReCheck)).Combine(results.First(r => r.Total is not null), results.First(r => r.Total is not null)));
        yield return ("review", new TargetReviewer(With(RuleFamily.TargetReview)).Review(target, Money.FromYuan(500_000m)));

        var item = portfolio.SpendingItems.First(i => i.Ref == target.Subject);
        yield return ("admission", new AdmissionGate(With(RuleFamily.Admission)).Decide(new AdmissionRequest(item, target.Year, Money.FromYuan(500_000m), target, null)));

        var monitoring = With(RuleFamily.Monitoring);
        var asOf = new LocalDate(target.Year.Year, 7, 31);
        var record = new MonitoringRecord(target, asOf, new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(400_000m)), []);
        yield return ("monitoring", new MonitoringAssessor(monitoring, WeekdayCalendar.Instance).Assess(record));

        var requests = portfolio.SpendingItems.ToDictionary(i => i.Ref, i => i.Budget);
        var annual = new AnnualReporter(scoring).Build(portfolio, requests);
        yield return ("annualReport", annual);
        // No preset forces a distribution: a top share of at most 10% moves graded results down.
        var distribution = scoring.WithDistribution(new DistributionRules([Grades.Grade.Excellent], 0.1m, [Grades.Grade.Poor], null, scoring.Sources[0]));
        yield return ("distribution", new DistributionChecker(distribution).CheckScoringResults(results));
        yield return ("disclosure", Disclosure.Create(portfolio, results, []));
    }

    private static void Walk(object? value, string path, int depth, HashSet<object> seen, List<string> violations)
    {
        if (value is null || value is string || depth > 10)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal)
        {
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (IsMutableCollection(type) && depth > 0)
        {
            violations.Add($"{path}: {Describe(type)}");
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Walk(entry.Value, $"{path}[]", depth + 1, seen, violations);
            }

            return;
        }

        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                if (i++ >= 40)
                {
                    break;
                }

                Walk(item, $"{path}[]", depth + 1, seen, violations);
            }

            return;
        }

        if (!IsOurs(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
            {
                continue;
            }

            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue; // a property that throws for this value (e.g. the value of a default struct)
            }

            Walk(child, $"{type.Name}.{property.Name}", depth + 1, seen, violations);
        }
    }

    private static bool IsOurs(Type type) =>
        Libraries.Contains(type.Assembly) || type.Assembly == typeof(ImmutabilityTests).Assembly;

    private static bool IsMutableCollection(Type type) =>
        type.IsArray ||
        (type.IsGenericType && type.GetGenericTypeDefinition() is var d &&
            (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>) || d == typeof(SortedDictionary<,>) ||
             d == typeof(SortedSet<>) || d == typeof(Collection<>) || d == typeof(Queue<>) || d == typeof(Stack<>)));

    private static string Describe(Type type) =>
        type.IsArray ? type.GetElementType()!.Name + "[]" : type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">";

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BudgetPerformance.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (BudgetPerformance.sln) was not found.");
    }
}
