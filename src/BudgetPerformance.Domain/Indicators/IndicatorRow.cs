using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance;

/// <summary>A level-1 or level-2 node as repeated on every flat row under it: code, name, class and points.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct RowNode : IEquatable<RowNode>
{
    /// <summary>Creates the node part of a row.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="indicatorClass">The class.</param>
    /// <param name="points">The points.</param>
    public RowNode(IndicatorCode code, string name, IndicatorClass indicatorClass, decimal points)
    {
        Code = code;
        Name = Preconditions.CheckNotNull(name);
        Class = Preconditions.CheckNotNull(indicatorClass);
        Points = points;
    }

    /// <summary>The code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The class.</summary>
    public IndicatorClass Class { get; }

    /// <summary>The points.</summary>
    public decimal Points { get; }

    internal static RowNode Of(LevelOneIndicator node) => new(node.Code, node.Name, node.Class, node.Points);

    internal static RowNode Of(LevelTwoIndicator node) => new(node.Code, node.Name, node.Class, node.Points);

    /// <summary>Equality of every field (points by decimal value).</summary>
    public static bool operator ==(RowNode left, RowNode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(RowNode left, RowNode right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RowNode other) =>
        Code == other.Code && string.Equals(Name, other.Name, StringComparison.Ordinal) && Class == other.Class && Points == other.Points;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RowNode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Name, Class, Points);

    /// <summary>The code and name.</summary>
    public override string ToString() => $"{Code} {Name}";
}

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
        if (levelOne.Name is null || levelTwo.Name is null)
        {
            throw new ArgumentException("The row nodes must be created with a code, name and class.", levelOne.Name is null ? nameof(levelOne) : nameof(levelTwo));
        }

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

    /// <summary>The three levels, separated by " / ".</summary>
    public override string ToString() => $"{LevelOne.Name} / {LevelTwo.Name} / {Indicator?.Name ?? "(placeholder)"}";
}
