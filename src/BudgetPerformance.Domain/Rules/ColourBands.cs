using System;
using BudgetPerformance.Internal;
using BudgetPerformance.Monitoring;

namespace BudgetPerformance.Rules;

/// <summary>
/// Warning-colour bands on a progress value v (a percentage of the time-proportional expectation, rounded by the
/// family's progress rounding): red below <see cref="YellowFrom"/>; yellow from <see cref="YellowFrom"/> (inclusive)
/// to <see cref="GreenFrom"/> (exclusive); green from <see cref="GreenFrom"/> (inclusive) to <see cref="BlueFrom"/>
/// (exclusive); blue (over-run) from <see cref="BlueFrom"/> (inclusive), or never when it is null.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ColourBands
{
    /// <summary>Creates the bands.</summary>
    /// <param name="yellowFrom">The lowest yellow value, inclusive (60 [D]); not negative.</param>
    /// <param name="greenFrom">The lowest green value, inclusive (80 [D]); at least <paramref name="yellowFrom"/>.</param>
    /// <param name="blueFrom">The lowest blue value, inclusive (120 [D]); above <paramref name="greenFrom"/>; null for no blue.</param>
    /// <param name="source">The source.</param>
    public ColourBands(decimal yellowFrom, decimal greenFrom, decimal? blueFrom, SourceCitation source)
    {
        Preconditions.CheckNonNegative(yellowFrom);
        if (greenFrom < yellowFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(greenFrom), greenFrom, "Green must start at or above yellow.");
        }

        if (blueFrom is { } b && b <= greenFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(blueFrom), blueFrom, "Blue must start above green.");
        }

        YellowFrom = yellowFrom;
        GreenFrom = greenFrom;
        BlueFrom = blueFrom;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The lowest yellow value, inclusive.</summary>
    public decimal YellowFrom { get; }

    /// <summary>The lowest green value, inclusive.</summary>
    public decimal GreenFrom { get; }

    /// <summary>The lowest blue value, inclusive, or null for no blue.</summary>
    public decimal? BlueFrom { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>The colour of a (rounded) progress value.</summary>
    /// <param name="value">The value, in percent of the expectation.</param>
    public WarningColour ColourOf(decimal value) =>
        value < YellowFrom ? WarningColour.Red
        : value < GreenFrom ? WarningColour.Yellow
        : BlueFrom is { } blue && value >= blue ? WarningColour.Blue
        : WarningColour.Green;
}
