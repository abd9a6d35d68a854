using BudgetPerformance.Json;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// (Test fixture: the library's presets are rule sets, RuleSetPresets; this names the families the lifecycle tests use.)
/// Named presets of the admission-gate family. Pure data: each call returns a new, equal family; nothing is chosen for
/// the caller.
/// </summary>
internal static class AdmissionPresets
{
    /// <summary>中发〔2018〕34号: ex-ante assessment of new major policies and projects ("先评估，后入库") [N].</summary>
    public static SourceCitation Opinions2018 => new("中发〔2018〕34号", SourceKind.National, "新增重大政策和项目先评估，后入库；未开展或评估未通过的不得安排预算");

    /// <summary>财预〔2021〕101号: performance targets as a precondition of funds, and their review [N].</summary>
    public static SourceCitation Targets2021 => new("财预〔2021〕101号", SourceKind.National, "未设置绩效目标或绩效目标审核未通过的，不得安排预算");

    /// <summary>
    /// The national gate: all three checks apply (no target → refused [财预〔2021〕101号]; new major item without a supporting
    /// ex-ante assessment → refused [中发〔2018〕34号]; target that failed review → refused [财预〔2021〕101号]); no small-amount exemption.
    /// </summary>
    /// <remarks>Read from the embedded rule-set preset <c>national-2020</c> (its <c>admission</c> family): the JSON is the data.</remarks>
    public static AdmissionRules National() => RuleSetPresets.Get("national-2020").Admission!;
}
