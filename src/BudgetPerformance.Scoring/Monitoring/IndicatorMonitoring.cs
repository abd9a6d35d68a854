using BudgetPerformance.Indicators;
using BudgetPerformance.Monitoring;

namespace BudgetPerformance.Scoring.Monitoring;

/// <summary>One indicator in a monitoring snapshot.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorMonitoring
{
    internal IndicatorMonitoring(LevelThreeIndicator indicator, IndicatorProgress progress, decimal? expected, decimal? value, decimal? completion, WarningColour? colour)
    {
        Indicator = indicator;
        Progress = progress;
        Expected = expected;
        Value = value;
        Completion = completion;
        Colour = colour;
    }

    /// <summary>The indicator.</summary>
    public LevelThreeIndicator Indicator { get; }

    /// <summary>What the unit recorded (actual or achievement, likelihood, deviation reasons).</summary>
    public IndicatorProgress Progress { get; }

    /// <summary>The time-proportional expectation to date, annual target × time progress (positive and equal indicators), unrounded; or null.</summary>
    public decimal? Expected { get; }

    /// <summary>v = actual ÷ expected × 100, rounded by the family (positive and equal indicators), or null.</summary>
    public decimal? Value { get; }

    /// <summary>Completion of the annual target, min(actual ÷ target, 1) (positive and equal indicators with a target above 0), or null.</summary>
    public decimal? Completion { get; }

    /// <summary>The colour, or null (no data, nothing due yet, target not above 0, or no indicator bands in the family).</summary>
    public WarningColour? Colour { get; }
}
