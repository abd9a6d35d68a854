using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Indicators;

/// <summary>
/// One row of a flat indicator table, as real forms are laid out: the level-1 node, the level-2 node and the
/// level-3 indicator. A row with no indicator is the placeholder of an empty level-2 node in a template.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorRow : IEquatable<IndicatorRow>
{
    /// <summary>Creates a row.</summary>
    /// <param name="levelOne">The level-1 node.</param>
    /// <param name="levelTwo">The level-2 node.</param>
    /// <param name="indicator">The level-3 indicator, or null for a placeholder row.</param>
    public IndicatorRow(RowNode levelOne, RowNode levelTwo, LevelThreeIndicator? indicator)
    {
        Guard.Against.InvalidWhen(levelOne.Name is null || levelTwo.Name is null, levelOne.Name is null ? nameof(levelOne) : nameof(levelTwo), "The row nodes must be created with a code, name and class.");

        LevelOne = levelOne;
        LevelTwo = levelTwo;
        Indicator = indicator;
    }

    /// <summary>The level-1 node.</summary>
    public RowNode LevelOne { get; }

    /// <summary>The level-2 node.</summary>
    public RowNode LevelTwo { get; }

    /// <summary>The level-3 indicator, or null on a template's placeholder row.</summary>
    public LevelThreeIndicator? Indicator { get; }

    /// <inheritdoc/>
    public bool Equals(IndicatorRow? other) =>
        other is not null && LevelOne == other.LevelOne && LevelTwo == other.LevelTwo && Equals(Indicator, other.Indicator);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndicatorRow);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(LevelOne, LevelTwo, Indicator);

    /// <summary>The levels, separated by " / " (two on a two-level score sheet, whose level-2 node is not printed).</summary>
    public override string ToString() => LevelTwo.IsPrinted
        ? $"{LevelOne.Name} / {LevelTwo.Name} / {Indicator?.Name ?? "(placeholder)"}"
        : $"{LevelOne.Name} / {Indicator?.Name ?? "(placeholder)"}";
}
