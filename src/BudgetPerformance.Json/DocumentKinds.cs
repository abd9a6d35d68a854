using System.Collections.Generic;
using BudgetPerformance.Calendars;

namespace BudgetPerformance.Json;

/// <summary>The <c>kind</c> values of the documents of schema version 1.</summary>
public static class DocumentKinds
{
    /// <summary><c>indicator-framework</c>: an indicator framework with provenance (<see cref="IndicatorFramework"/>).</summary>
    public const string IndicatorFramework = "indicator-framework";

    /// <summary><c>performance-target</c>: a performance target (<see cref="BudgetPerformance.Targets.PerformanceTarget"/>).</summary>
    public const string PerformanceTarget = "performance-target";

    /// <summary><c>evaluation</c>: an evaluation (<see cref="BudgetPerformance.Evaluations.Evaluation"/>), nested or as form rows.</summary>
    public const string Evaluation = "evaluation";

    /// <summary><c>portfolio</c>: the subjects, targets and evaluations of one fiscal year (<see cref="BudgetPerformance.Portfolios.Portfolio"/>).</summary>
    public const string Portfolio = "portfolio";

    /// <summary><c>rule-set</c>: a rule set (<see cref="Rules.RuleSet"/>).</summary>
    public const string RuleSet = "rule-set";

    /// <summary><c>working-day-calendar</c>: the official holidays and make-up working days of some years (<see cref="HolidayCalendar"/>).</summary>
    public const string WorkingDayCalendar = "working-day-calendar";

    /// <summary>Every kind, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [IndicatorFramework, PerformanceTarget, Evaluation, Portfolio, RuleSet, WorkingDayCalendar];
}
