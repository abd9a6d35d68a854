namespace BudgetPerformance.Scoring.Disclosure;

/// <summary>The score of one level-3 indicator of a disclosed evaluation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedScore
{
    internal DisclosedScore(string code, string name, decimal points, decimal? actual, decimal? score)
    {
        Code = code;
        Name = name;
        Points = points;
        Actual = actual;
        Score = score;
    }

    /// <summary>The level-3 code.</summary>
    public string Code { get; }

    /// <summary>The indicator's name.</summary>
    public string Name { get; }

    /// <summary>The points.</summary>
    public decimal Points { get; }

    /// <summary>The measured actual value (实际完成值) of a quantitative indicator, or null.</summary>
    public decimal? Actual { get; }

    /// <summary>The score, or null when it has none (not applicable, missing, grouped, invalid).</summary>
    public decimal? Score { get; }
}
