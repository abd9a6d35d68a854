using System;
using System.Linq;
using System.Reflection;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Admission;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Values;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>The conventions of the Domain convention tests, applied to the Scoring types this issue added.</summary>
public class ConventionTests
{
    private static readonly Type[] Added = typeof(AdmissionGate).Assembly.GetExportedTypes()
        .Where(t => t == typeof(DecisionReason) || t == typeof(ReasonCodes) || t.Name.Contains("Admission", StringComparison.Ordinal) ||
                    t.Name.Contains("Review", StringComparison.Ordinal) || t.Name.Contains("Monitoring", StringComparison.Ordinal) ||
                    t.Name.Contains("CrossCheck", StringComparison.Ordinal) || t == typeof(TimeProgress) || t == typeof(ExecutionProgress))
        .ToArray();

    [Fact]
    public void AddedPublicClasses_AreSealedOrStatic() =>
        Assert.Empty(Added.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.Name));

    [Fact]
    public void AddedPublicTypes_HaveNoPublicSettersAndNoPublicConstructors_ButTheEngines()
    {
        Assert.True(Added.Length >= 14); // 15 before SelfEvaluationCrossCheck moved into MonitoringAssessor.CrossCheck
        Assert.Empty(Added.SelectMany(t => t.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => t.Name + "." + p.Name)));
        Assert.Empty(Added.Where(t => !t.IsAbstract && !IsEngine(t) && t.GetConstructors(BindingFlags.Instance | BindingFlags.Public).Length > 0).Select(t => t.Name));
    }

    [Fact]
    public void TheEngines_HaveOnePublicConstructor_TakingTheRuleSetFirst()
    {
        var engines = Added.Where(IsEngine).OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        Assert.Equal([typeof(AdmissionGate), typeof(MonitoringAssessor), typeof(TargetReviewer)], engines);
        foreach (var engine in engines)
        {
            var constructor = Assert.Single(engine.GetConstructors(BindingFlags.Instance | BindingFlags.Public));
            Assert.Equal(typeof(RuleSet), constructor.GetParameters()[0].ParameterType);
            Assert.Equal("ruleSet", constructor.GetParameters()[0].Name);
        }
    }

    private static bool IsEngine(Type t) =>
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStageEngine<>));

    [Fact]
    public void EveryLifecycleEnumValue_HasChineseAndEnglishNames()
    {
        foreach (var value in Enum.GetValues<WarningColour>())
        {
            Assert.False(string.IsNullOrWhiteSpace(DisplayNames.Of(value).Chinese));
        }

        Assert.Equal("确定能", DisplayNames.Of(Likelihood.Certain).Chinese);
        Assert.Equal("完全不可能", DisplayNames.Of(Likelihood.Impossible).Chinese);
        Assert.Equal("暂缓拨款", DisplayNames.Of(BudgetPerformance.Rules.MonitoringAction.PauseDisbursement).Chinese);
        Assert.Equal("硬件条件保障", DisplayNames.Of(DeviationReason.Hardware).Chinese);
    }
}
