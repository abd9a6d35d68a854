using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Values;

/// <summary>A user-visible name in Chinese (shown first to users) and in English.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct LocalizedName : IEquatable<LocalizedName>
{
    /// <summary>Creates a name.</summary>
    /// <param name="chinese">The Chinese name; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    public LocalizedName(string chinese, string english)
    {
        Chinese = Guard.Against.Blank(chinese);
        English = Guard.Against.Blank(english);
    }

    /// <summary>The Chinese name, e.g. 优.</summary>
    public string Chinese { get; }

    /// <summary>The English name, e.g. Excellent.</summary>
    public string English { get; }

    /// <summary>The name in the given language.</summary>
    /// <param name="language">The language.</param>
    public string In(DisplayLanguage language) => Guard.Against.Undefined(language) == DisplayLanguage.Chinese ? Chinese : English;

    /// <summary>Equality (ordinal on both names).</summary>
    public static bool operator ==(LocalizedName left, LocalizedName right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(LocalizedName left, LocalizedName right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(LocalizedName other) =>
        string.Equals(Chinese, other.Chinese, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LocalizedName other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Chinese, English);

    /// <summary>Chinese and English together: <c>优 (Excellent)</c>.</summary>
    public override string ToString() => $"{Chinese} ({English})";
}
