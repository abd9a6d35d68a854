using System.Collections.Generic;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// (Test fixture: the library's presets are rule sets, RuleSetPresets; this names the families the lifecycle tests use.)
/// Named presets of the monitoring family. Pure data: each call returns a new, equal family; the caller chooses one.
/// </summary>
internal static class MonitoringPresets
{
    /// <summary>财预〔2019〕136号 [N]: double monitoring, likelihood, deviation reasons, correcting and pausing or stopping disbursement.</summary>
    public static SourceCitation Monitoring2019 => new("财预〔2019〕136号", SourceKind.National, "双监控；偏差纠正；严重问题暂缓或停止拨款");

    /// <summary>Deployed vendor systems [D]: the colour rules and the self-evaluation cross-check.</summary>
    public static SourceCitation Vendor => new("deployed systems", SourceKind.Deployed, "vendor-style warning colours");

    /// <summary>[L:Sichuan] the Sichuan 2025 monitoring rules (checkpoints, gap, response and automatic suspension).</summary>
    public static SourceCitation Sichuan => new("四川省 2025 年预算绩效运行监控规则 [L:Sichuan]", SourceKind.Local, "as summarised in RULES.md §6, original text not verified: 4月末25%、6月末40%、8月末60%、10月末80%；偏差超10个百分点；10个工作日内选择，逾期自动暂停");

    /// <summary>
    /// The vendor-style preset [D]: time progress by whole months; progress values rounded to 2 decimals half away from
    /// zero; execution red &lt; 60, yellow [60, 80), green ≥ 80 (no blue); positive indicators red &lt; 60, yellow [60, 80),
    /// green [80, 120), blue ≥ 120; the cross-check red above 5% relative, yellow above 20% unspent; no checkpoints, no
    /// gap rule, no response rule; actions by 财预〔2019〕136号 (see <see cref="NationalActions"/>).
    /// </summary>
    /// <remarks>Read from the embedded rule-set preset <c>national-2020</c> (its <c>monitoring</c> family): the JSON is the data.</remarks>
    public static MonitoringRules VendorStyle() => RuleSetPresets.Get("national-2020").Monitoring!;

    /// <summary>
    /// The Sichuan 2025 preset [L:Sichuan]: time progress by whole months; cumulative execution checkpoints 25% by the end
    /// of April, 40% June, 60% August, 80% October; a warning when target completion and execution differ by more than
    /// 10 percentage points; the unit responds within 10 working days, otherwise funds are suspended automatically; no
    /// colour bands; actions by 财预〔2019〕136号.
    /// </summary>
    /// <remarks>Read from the embedded rule-set preset <c>sichuan-2025</c> (its <c>monitoring</c> family): the JSON is the data.</remarks>
    public static MonitoringRules Sichuan2025() => RuleSetPresets.Get("sichuan-2025").Monitoring!;

    /// <summary>
    /// The actions of 财预〔2019〕136号 as the presets map them: on track → continue; deviation → correct; serious deviation
    /// → pause disbursement; some indicators impossible → re-allocate; all impossible → stop.
    /// </summary>
    public static IReadOnlyDictionary<MonitoringSituation, MonitoringAction> NationalActions() => VendorStyle().Actions;
}
