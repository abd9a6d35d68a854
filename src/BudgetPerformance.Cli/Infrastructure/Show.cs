using System;
using System.Globalization;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>Culture-free formatting of numbers and names for tables.</summary>
internal static class Show
{
    /// <summary>Text from data for a table cell or a line: escaped (<see cref="SafeText.Escape"/>), then as Spectre markup text.</summary>
    public static string Cell(string text) => Spectre.Console.Markup.Escape(SafeText.Escape(text));

    /// <summary>Text from data in a line: escaped (<see cref="SafeText.Escape"/>).</summary>
    public static string Safe(string text) => SafeText.Escape(text);

    public static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Yuan(Money money) => money.Yuan.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Name<TEnum>(CliContext ctx, TEnum value)
        where TEnum : struct, Enum
    {
        var name = DisplayNames.Of(value);
        return ctx.T(name.Chinese, name.English);
    }

    public static string Outcome(CliContext ctx, Scoring.ScoringOutcome outcome) => outcome switch
    {
        Scoring.ScoringOutcome.Complete => ctx.T("完整", "complete"),
        Scoring.ScoringOutcome.Incomplete => ctx.T("不完整", "incomplete"),
        _ => ctx.T("输入有误", "invalid"),
    };

    public static string Name(CliContext ctx, LocalizedName name) => SafeText.Escape(ctx.T(name.Chinese, name.English));

    /// <summary>A problem as one line in the user's language: <c>points-sum $.groups[0].points (1): …</c>.</summary>
    public static string Problem(CliContext ctx, Problems.Problem problem)
    {
        // A warning leaves a result complete; it is marked so that it is not read as an error.
        var where = SafeText.Escape(problem.Location.ToString());
        var mark = problem.Severity == Problems.ProblemSeverity.Warning ? ctx.T("（警告）", " (warning)") : string.Empty;
        var message = SafeText.Escape(ctx.T(problem.MessageZh, problem.MessageEn));
        return where.Length == 0 ? $"{problem.Code}{mark}: {message}" : $"{problem.Code} {where}{mark}: {message}";
    }

    public static string Percent(decimal numerator, decimal denominator) =>
        denominator == 0m ? "—" : (Math.Round(numerator * 100m / denominator, 1, MidpointRounding.AwayFromZero)).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
