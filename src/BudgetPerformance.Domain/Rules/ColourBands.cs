using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A start is out of range (<see cref="FindProblems"/>).</exception>
    public ColourBands(decimal yellowFrom, decimal greenFrom, decimal? blueFrom, SourceCitation source)
    {
        foreach (var problem in FindProblems(yellowFrom, greenFrom, blueFrom))
        {
            throw problem.Location.Element switch
            {
                nameof(yellowFrom) => new ArgumentOutOfRangeException(nameof(yellowFrom), yellowFrom, problem.MessageEn),
                nameof(greenFrom) => new ArgumentOutOfRangeException(nameof(greenFrom), greenFrom, problem.MessageEn),
                _ => new ArgumentOutOfRangeException(nameof(blueFrom), blueFrom, problem.MessageEn),
            };
        }

        YellowFrom = yellowFrom;
        GreenFrom = greenFrom;
        BlueFrom = blueFrom;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate bands, without building them, in this order: yellow starts at 0 or above
    /// (<c>yellowFrom</c>); green starts at or above yellow, equal included (<c>greenFrom</c>); blue, when given, starts
    /// strictly above green (<c>blueFrom</c>). The name in brackets is each problem's <see cref="ProblemLocation.Element"/>;
    /// the constructor checks the same.
    /// </summary>
    /// <param name="yellowFrom">The candidate lowest yellow value.</param>
    /// <param name="greenFrom">The candidate lowest green value.</param>
    /// <param name="blueFrom">The candidate lowest blue value, or null for no blue.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal yellowFrom, decimal greenFrom, decimal? blueFrom)
    {
        var problems = new List<Problem>();
        if (yellowFrom < 0m)
        {
            problems.Add(Messages.NamedValueNegative.At(ProblemLocation.OfElement(nameof(yellowFrom)), Messages.YellowFromValue));
        }

        if (greenFrom < yellowFrom)
        {
            problems.Add(Messages.GreenBelowYellow.At(ProblemLocation.OfElement(nameof(greenFrom))));
        }

        if (blueFrom <= greenFrom)
        {
            problems.Add(Messages.BlueNotAboveGreen.At(ProblemLocation.OfElement(nameof(blueFrom))));
        }

        return problems;
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
