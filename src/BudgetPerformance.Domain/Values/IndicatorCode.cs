using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Values;

/// <summary>
/// The code of a node in an indicator tree, unique within the tree: 1 to 64 characters, each an ASCII letter,
/// digit, '.', '-' or '_'. Comparison is ordinal and case-sensitive.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct IndicatorCode : IEquatable<IndicatorCode>, IComparable<IndicatorCode>
{
    /// <summary>The longest code allowed, 64 characters (inclusive).</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    /// <summary>Creates a code.</summary>
    /// <param name="value">The code text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has a character outside the allowed set.</exception>
    public IndicatorCode(string value)
    {
        Guard.Against.Null(value);
        Guard.Against.InvalidWhen(!IsValid(value), nameof(value), $"'{value}' is not a valid indicator code: use 1 to {MaxLength} ASCII letters, digits, '.', '-' or '_'.");

        this.value = value;
    }

    /// <summary>The code text. The default value of this struct has no text and throws here.</summary>
    public string Value => value ?? throw new InvalidOperationException("The default IndicatorCode has no value.");

    /// <summary>Whether <paramref name="text"/> is a valid code.</summary>
    /// <param name="text">The candidate text; null is not valid.</param>
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Creates a code from a string (validating it).</summary>
    /// <param name="value">The code text.</param>
    public static IndicatorCode FromString(string value) => new(value);

    /// <summary>Equality (ordinal).</summary>
    public static bool operator ==(IndicatorCode left, IndicatorCode right) => left.Equals(right);

    /// <summary>Inequality (ordinal).</summary>
    public static bool operator !=(IndicatorCode left, IndicatorCode right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(IndicatorCode other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc/>
    public int CompareTo(IndicatorCode other) => string.CompareOrdinal(value, other.value);

    /// <summary>The code text.</summary>
    public override string ToString() => value ?? string.Empty;
}
