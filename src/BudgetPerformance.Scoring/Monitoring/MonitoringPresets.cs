using System.Collections.Generic;
using System.Collections.ObjectModel;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>
/// Named presets of the monitoring family. Pure data: each call returns a new, equal family; the caller chooses one.
/// </summary>
public static class MonitoringPresets
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
    public static MonitoringRules VendorStyle() => new(
        TimeProgressBasis.WholeMonths,
        Rounding.TwoDecimalsHalfAwayFromZero,
        new ColourBands(60m, 80m, null, Vendor),
        new ColourBands(60m, 80m, 120m, Vendor),
        null,
        null,
        null,
        NationalActions(),
        Monitoring2019,
        new SelfEvaluationCrossCheckRules(0.05m, 0.20m, Vendor),
        Monitoring2019);

    /// <summary>
    /// The Sichuan 2025 preset [L:Sichuan]: time progress by whole months; cumulative execution checkpoints 25% by the end
    /// of April, 40% June, 60% August, 80% October; a warning when target completion and execution differ by more than
    /// 10 percentage points; the unit responds within 10 working days, otherwise funds are suspended automatically; no
    /// colour bands; actions by 财预〔2019〕136号.
    /// </summary>
    public static MonitoringRules Sichuan2025() => new(
        TimeProgressBasis.WholeMonths,
        Rounding.TwoDecimalsHalfAwayFromZero,
        null,
        null,
        new CheckpointRules([new ExecutionCheckpoint(4, 0.25m), new ExecutionCheckpoint(6, 0.40m), new ExecutionCheckpoint(8, 0.60m), new ExecutionCheckpoint(10, 0.80m)], Sichuan),
        new GapRule(10m, Sichuan),
        new ResponseRule(10, true, Sichuan),
        NationalActions(),
        Monitoring2019,
        null,
        Sichuan);

    /// <summary>
    /// The actions of 财预〔2019〕136号 as the presets map them: on track → continue; deviation → correct; serious deviation
    /// → pause disbursement; some indicators impossible → re-allocate; all impossible → stop.
    /// </summary>
    public static IReadOnlyDictionary<MonitoringSituation, MonitoringAction> NationalActions() => new ReadOnlyDictionary<MonitoringSituation, MonitoringAction>(new Dictionary<MonitoringSituation, MonitoringAction>
    {
        [MonitoringSituation.OnTrack] = MonitoringAction.Continue,
        [MonitoringSituation.Deviation] = MonitoringAction.Correct,
        [MonitoringSituation.SeriousDeviation] = MonitoringAction.PauseDisbursement,
        [MonitoringSituation.SomeIndicatorsImpossible] = MonitoringAction.Reallocate,
        [MonitoringSituation.AllIndicatorsImpossible] = MonitoringAction.Stop,
    });
}
