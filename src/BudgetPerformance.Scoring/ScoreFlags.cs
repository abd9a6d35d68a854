using System;

namespace BudgetPerformance.Scoring;

/// <summary>What happened while an indicator (or the budget block) was scored. Several flags may be set.</summary>
[Flags]
public enum ScoreFlags
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>The raw score exceeded the points and was capped at them (over-completion earns no bonus).</summary>
    Capped = 1,

    /// <summary>The actual exceeded the target by more than the over-completion threshold (偏离度): the reason should be explained.</summary>
    OverCompletion = 2,

    /// <summary>Points were deducted for over-completion.</summary>
    OverCompletionDeducted = 4,

    /// <summary>A negative actual was treated as 0 by the rule set's policy (the original value is in the explanation).</summary>
    Clamped = 8,

    /// <summary>The indicator does not apply.</summary>
    NotApplicable = 16,

    /// <summary>The score is an assessor's judgement or achievement-band score, validated, not computed.</summary>
    Judgement = 32,

    /// <summary>a = t under a strict direction earned full points, as the rule set says.</summary>
    StrictEquality = 64,

    /// <summary>a = t under a strict direction failed the strict test and earned 0, as the rule set says.</summary>
    StrictEqualityFailed = 128,

    /// <summary>The points were rescaled because other items do not apply.</summary>
    Rescaled = 256,

    /// <summary>No data was supplied.</summary>
    NoData = 512,

    /// <summary>Not yet due.</summary>
    NotYetDue = 1024,

    /// <summary>Scored as a member of a group (the group carries the score).</summary>
    Grouped = 2048,

    /// <summary>The input is invalid; see the result's issues.</summary>
    Invalid = 4096,

    /// <summary>Scored zero because the rule set scores missing or not-applicable items, or a flagged zero target or zero actual (<see cref="ZeroTarget"/>, <see cref="ZeroActual"/>), as zero.</summary>
    ZeroByPolicy = 8192,

    /// <summary>A positive indicator's target is 0 (a data-quality flag, with the problem <c>zero-target</c> or <c>zero-target-rejected</c>).</summary>
    ZeroTarget = 16384,

    /// <summary>A reverse indicator's actual is 0 (a data-quality flag, with the problem <c>zero-actual</c> or <c>zero-actual-rejected</c>).</summary>
    ZeroActual = 32768,
}
