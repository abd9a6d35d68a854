namespace BudgetPerformance.Rules;

/// <summary>The kind of source a rule cites (RULES.md's provenance marks).</summary>
public enum SourceKind
{
    /// <summary>[N] a national rule of the Ministry of Finance.</summary>
    National = 0,

    /// <summary>[F] seen on real, filled-in government forms.</summary>
    Form = 1,

    /// <summary>[D] how a deployed vendor system encodes it: a default, not law.</summary>
    Deployed = 2,

    /// <summary>[L] a local rule of a named jurisdiction.</summary>
    Local = 3,

    /// <summary>[S] the seed document (Linqu County, 2020).</summary>
    Seed = 4,
}
