using BudgetPerformance.Indicators;

namespace BudgetPerformance.Scoring.Disclosure;

/// <summary>One level-3 indicator of a disclosed target: what was promised, as the public target form prints it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedIndicator
{
    internal DisclosedIndicator(IndicatorRow row)
    {
        var indicator = row.Indicator!;
        Code = indicator.Code.Value;
        LevelOne = row.LevelOne.Name;
        LevelTwo = row.LevelTwo.IsPrinted ? row.LevelTwo.Name : string.Empty;
        Name = indicator.Name;
        Direction = DirectionSymbols.Of(indicator.Direction);
        Target = indicator.Target;
        Unit = indicator.Unit;
        Points = indicator.Points;
    }

    /// <summary>The level-3 code.</summary>
    public string Code { get; }

    /// <summary>The level-1 name.</summary>
    public string LevelOne { get; }

    /// <summary>The level-2 name; empty on a two-level score sheet, which prints no level-2 heading.</summary>
    public string LevelTwo { get; }

    /// <summary>The indicator's name.</summary>
    public string Name { get; }

    /// <summary>The direction symbol (<c>&gt;=</c>, <c>=</c>, … or <c>qualitative</c>).</summary>
    public string Direction { get; }

    /// <summary>The target value, or null for a qualitative indicator.</summary>
    public decimal? Target { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>The points.</summary>
    public decimal Points { get; }
}
