using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BudgetPerformance.Calendars;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Conventions.Tests;

/// <summary>
/// The stage shape and the one problem registry (issue "One house", items 2, 4 and 8): every engine of the Scoring package
/// is an <see cref="IStageEngine{TSelf}"/> built from a rule set, in its stage's namespace, with a static
/// <c>FindProblems(RuleSet)</c> that agrees with its constructor; every problem code is registered with both meanings
/// and documented in docs/json/errors.md.
/// </summary>
public class StageAndProblemConventionTests
{
    private static readonly Assembly Scoring = typeof(EvaluationScorer).Assembly;

    private static readonly RuleSet Bare = new("bare", 1, new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31)),
        new LocalizedName("仅定级", "Grading only"), [new SourceCitation("财预〔2020〕10号", SourceKind.National)],
        new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, new SourceCitation("财预〔2020〕10号", SourceKind.National)));

    private static IEnumerable<Type> Engines() => Scoring.GetExportedTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStageEngine<>)));

    [Fact]
    public void EveryPublicTypeBuiltFromARuleSet_IsAStageEngine()
    {
        var builtFromRules = Scoring.GetExportedTypes()
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().FirstOrDefault()?.ParameterType == typeof(RuleSet)))
            .Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        Assert.Equal(builtFromRules, Engines().Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))));
        Assert.Equal(9, Engines().Count());
    }

    [Fact]
    public void EveryEngine_LivesInItsStagesNamespace_AndHasTheShape()
    {
        foreach (var engine in Engines())
        {
            var stage = (LifecycleStage)engine.GetProperty("Stage", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var expected = stage switch
            {
                LifecycleStage.Scoring => "BudgetPerformance.Scoring",
                LifecycleStage.TargetReview => "BudgetPerformance.Scoring.Review",
                _ => "BudgetPerformance.Scoring." + stage,
            };
            Assert.Equal((engine.Name, expected), (engine.Name, engine.Namespace));

            var constructor = Assert.Single(engine.GetConstructors());
            Assert.Equal(("ruleSet", typeof(RuleSet)), (constructor.GetParameters()[0].Name, constructor.GetParameters()[0].ParameterType));
            var find = engine.GetMethod("FindProblems", BindingFlags.Public | BindingFlags.Static, [typeof(RuleSet)]);
            Assert.True(find is not null && find.ReturnType == typeof(IReadOnlyList<Problem>), engine.Name + " has no FindProblems(RuleSet)");
        }
    }

    [Fact]
    public void EveryEngine_RefusesARuleSetWithoutItsFamilies_WithTheProblemFindProblemsGives()
    {
        foreach (var engine in Engines())
        {
            var required = (IReadOnlyList<RuleFamily>)engine.GetProperty("RequiredFamilies", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            Assert.NotEmpty(required);
            var find = engine.GetMethod("FindProblems", BindingFlags.Public | BindingFlags.Static, [typeof(RuleSet)])!;
            var problem = Assert.Single((IReadOnlyList<Problem>)find.Invoke(null, [Bare])!);
            Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
            Assert.All(required, family => Assert.Contains(DisplayNames.Of(family).Chinese, problem.MessageZh, StringComparison.Ordinal));

            var constructor = engine.GetConstructors().Single();
            var refused = Assert.Throws<TargetInvocationException>(() => constructor.Invoke(Arguments(constructor, Bare)));
            var exception = Assert.IsType<DomainInvariantException>(refused.InnerException);
            Assert.Equal(("ruleSet", problem), (exception.ParamName, exception.Problem));

            var complete = required.Aggregate(Bare, (r, f) => With(r, f, RuleSetPresets()));
            Assert.Empty((IReadOnlyList<Problem>)find.Invoke(null, [complete])!);
            var built = constructor.Invoke(Arguments(constructor, complete));
            Assert.Same(complete, engine.GetProperty("RuleSet")!.GetValue(built));
        }
    }

    [Fact]
    public void EveryProblemCode_IsRegistered_WithBothMeanings_AndDocumented()
    {
        var codes = typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var errors = File.ReadAllText(Path.Combine(ImmutabilityTests.RepositoryRoot(), "docs", "json", "errors.md"));
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Order(StringComparer.Ordinal), ProblemRegistry.All.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.All(ProblemRegistry.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Meaning.Chinese), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Meaning.English), d.Code);
            Assert.Contains($"| `{d.Code}` |", errors, StringComparison.Ordinal);
        });
    }

    private static object[] Arguments(ConstructorInfo constructor, RuleSet ruleSet) =>
        constructor.GetParameters().Select(p => p.ParameterType == typeof(RuleSet) ? ruleSet
            : p.ParameterType == typeof(IWorkingDayCalendar) ? (object)WeekdayCalendar.Instance
            : throw new InvalidOperationException($"No test value for {p.ParameterType.Name}.")).ToArray();

    private static IReadOnlyList<RuleSet> RuleSetPresets() => Json.RuleSetPresets.All;

    private static RuleSet With(RuleSet ruleSet, RuleFamily family, IReadOnlyList<RuleSet> presets)
    {
        if (family == RuleFamily.Distribution)
        {
            // No preset forces a distribution.
            return ruleSet.WithDistribution(new DistributionRules([Grade.Excellent], 0.3m, [Grade.Poor], null, ruleSet.Sources[0]));
        }

        var from = presets.First(p => p.Has(family));
        var method = typeof(RuleSet).GetMethod("With" + family)!;
        var value = typeof(RuleSet).GetProperty(family.ToString())!.GetValue(from);
        return (RuleSet)method.Invoke(ruleSet, [value])!;
    }
}
