using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Indicators;

/// <summary>The stable symbols of <see cref="Direction"/>: <c>&gt;=</c>, <c>&gt;</c>, <c>=</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>qualitative</c>.</summary>
public static class DirectionSymbols
{
    /// <summary>The symbol of a direction.</summary>
    /// <param name="direction">The direction.</param>
    public static string Of(Direction direction) => Guard.Against.Undefined(direction) switch
    {
        Direction.AtLeast => ">=",
        Direction.GreaterThan => ">",
        Direction.EqualTo => "=",
        Direction.AtMost => "<=",
        Direction.LessThan => "<",
        Direction.Qualitative => "qualitative",
        _ => throw new UnreachableException(),
    };

    /// <summary>Parses a symbol (exact, ordinal). ≥ and ≤ are accepted as well as &gt;= and &lt;=.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="direction">The direction, when recognised.</param>
    public static bool TryParse(string? symbol, [NotNullWhen(true)] out Direction? direction)
    {
        direction = symbol switch
        {
            ">=" or "≥" => Direction.AtLeast,
            ">" => Direction.GreaterThan,
            "=" => Direction.EqualTo,
            "<=" or "≤" => Direction.AtMost,
            "<" => Direction.LessThan,
            "qualitative" => Direction.Qualitative,
            _ => null,
        };
        return direction is not null;
    }
}
