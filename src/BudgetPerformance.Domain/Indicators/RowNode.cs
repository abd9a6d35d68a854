using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

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
        Name = Guard.Against.Null(name);
        Class = Guard.Against.Null(indicatorClass);
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

    /// <summary>Whether the form prints this node: false for the level-2 node of class <see cref="IndicatorClass.NotPrinted"/> on a two-level score sheet's rows.</summary>
    public bool IsPrinted => Class != IndicatorClass.NotPrinted;

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
