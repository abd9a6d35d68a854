using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Values;

namespace BudgetPerformance.Subjects;

/// <summary>
/// A sector (领域) of spending, e.g. agriculture (农业). The sectors the seed names are built in; a jurisdiction
/// may name its own with <see cref="Custom"/>. Equality is by code (ordinal).
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct Sector : IEquatable<Sector>
{
    private static readonly Dictionary<string, Sector> Known = new(StringComparer.Ordinal);

    private Sector(string code, LocalizedName name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>The stable lower-case code.</summary>
    public string Code { get; }

    /// <summary>The names.</summary>
    public LocalizedName Name { get; }

    /// <summary>农业, agriculture.</summary>
    public static Sector Agriculture { get; } = Add("agriculture", "农业", "Agriculture");

    /// <summary>民生, livelihood.</summary>
    public static Sector Livelihood { get; } = Add("livelihood", "民生", "Livelihood");

    /// <summary>科技, science and technology.</summary>
    public static Sector Science { get; } = Add("science", "科技", "Science and technology");

    /// <summary>交通, transport.</summary>
    public static Sector Transport { get; } = Add("transport", "交通", "Transport");

    /// <summary>环保, environmental protection.</summary>
    public static Sector Environment { get; } = Add("environment", "环保", "Environmental protection");

    /// <summary>教育, education.</summary>
    public static Sector Education { get; } = Add("education", "教育", "Education");

    /// <summary>水利, water resources.</summary>
    public static Sector Water { get; } = Add("water", "水利", "Water resources");

    /// <summary>一般公共服务, general public services.</summary>
    public static Sector PublicServices { get; } = Add("public-services", "一般公共服务", "General public services");

    /// <summary>卫生健康, health.</summary>
    public static Sector Health { get; } = Add("health", "卫生健康", "Health");

    /// <summary>The built-in sectors, in declaration order.</summary>
    public static IReadOnlyList<Sector> BuiltIn { get; } = Known.Values.ToArray();

    /// <summary>Finds a built-in sector by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="sector">The sector, when found.</param>
    public static bool TryGetBuiltIn(string code, out Sector sector) => Known.TryGetValue(Guard.Against.Null(code), out sector);

    /// <summary>A jurisdiction's own sector.</summary>
    /// <param name="code">A lower-case code of ASCII letters, digits and '-', not a built-in code.</param>
    /// <param name="name">The names.</param>
    public static Sector Custom(string code, LocalizedName name)
    {
        Guard.Against.Null(code);
        Guard.Against.InvalidWhen(!IndicatorClass.IsValidCode(code), nameof(code), $"'{code}' is not a valid sector code.");
        Guard.Against.InvalidWhen(Known.ContainsKey(code), nameof(code), $"'{code}' is a built-in sector; use the built-in value.");
        Guard.Against.InvalidWhen(name == default, nameof(name), "A custom sector needs a Chinese and an English name.");

        return new Sector(code, name);
    }

    /// <summary>Equality by code.</summary>
    public static bool operator ==(Sector left, Sector right) => left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(Sector left, Sector right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Sector other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Sector other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Code is null ? 0 : StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    public override string ToString() => Code ?? string.Empty;

    private static Sector Add(string code, string chinese, string english)
    {
        var sector = new Sector(code, new LocalizedName(chinese, english));
        Known.Add(code, sector);
        return sector;
    }
}
