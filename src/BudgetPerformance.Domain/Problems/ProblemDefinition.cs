using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Values;

namespace BudgetPerformance.Problems;

/// <summary>One code of the <see cref="ProblemRegistry"/>: what it means, where it arises and how serious it is.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProblemDefinition
{
    internal ProblemDefinition(string code, ProblemArea area, ProblemSeverity severity, string meaningZh, string meaningEn)
    {
        Code = Guard.Against.Blank(code);
        Area = Guard.Against.Undefined(area);
        Severity = Guard.Against.Undefined(severity);
        Meaning = new LocalizedName(meaningZh, meaningEn);
    }

    /// <summary>The stable code, e.g. <c>points-sum</c>.</summary>
    public string Code { get; }

    /// <summary>Where the code arises.</summary>
    public ProblemArea Area { get; }

    /// <summary>The severity of every problem with this code.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>What the code means, in Chinese and English (the "meaning" column of docs/json/errors.md).</summary>
    public LocalizedName Meaning { get; }

    /// <summary>The code.</summary>
    public override string ToString() => Code;
}
