using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>The rule families of rule-set documents, contract ↔ domain: the families as a whole, and what they share (sources, rounding, enumerations). Every problem is reported with its path.</summary>
internal sealed partial class Mapper
{
    internal (bool Ok, RuleSetFamilies Families) Families(RuleSetDocument d, string path)
    {
        var before = problems.Count;
        var f = new RuleSetFamilies
        {
            IndicatorScoring = d.IndicatorScoring is { } s ? IndicatorScoring(s, path + ".indicatorScoring") : null,
            BudgetExecution = d.BudgetExecution is { } b ? BudgetExecutionRules(b, path + ".budgetExecution") : null,
            Aggregation = d.Aggregation is { } a ? Aggregation(a, path + ".aggregation") : null,
            WeightCheck = d.WeightCheck is { } w ? WeightCheck(w, path + ".weightCheck") : null,
            ReCheck = d.ReCheck is { } r ? ReCheck(r, path + ".reCheck") : null,
            ExAnte = d.ExAnte is { } x ? ExAnte(x, path + ".exAnte") : null,
            ResultApplication = d.ResultApplication is { } ra ? ResultApplication(ra, path + ".resultApplication") : null,
            Rectification = d.Rectification is { } rc ? Rectification(rc, path + ".rectification") : null,
            Distribution = d.Distribution is { } di ? Distribution(di, path + ".distribution") : null,
            Admission = d.Admission is { } ad ? Admission(ad, path + ".admission") : null,
            TargetReview = d.TargetReview is { } tr ? TargetReview(tr, path + ".targetReview") : null,
            Monitoring = d.Monitoring is { } mo ? Monitoring(mo, path + ".monitoring") : null,
            RecordRequirements = d.RecordRequirements is { } rq ? RecordRequirements(rq, path + ".recordRequirements") : null,
        };
        return (!Has(before), f);
    }

    private bool RoundingOf(RoundingContract? r, string path, out Rounding rounding)
    {
        rounding = default;
        if (r is null)
        {
            return true;
        }

        var ok = true;
        foreach (var problem in BudgetPerformance.Grades.Rounding.FindProblems(r.Decimals))
        {
            Add(problem, path + ".decimals");
            ok = false;
        }

        // Declared before the call, not "out var": a statement mutant of the call would hide the variable, fail to compile
        // and make Stryker drop every mutant of this method (safe mode).
        RoundingMode mode;
        ok &= Enum<RoundingMode>(r.Mode, path + ".mode", out mode);
        if (ok)
        {
            rounding = new Rounding(r.Decimals, mode);
        }

        return ok;
    }

    private List<TEnum>? Enums<TEnum>(List<string> texts, string path)
        where TEnum : struct, System.Enum
    {
        var list = new List<TEnum>();
        var ok = true;
        for (var i = 0; i < texts.Count; i++)
        {
            if (Enum<TEnum>(texts[i], ProblemList.Index(path, i), out var value))
            {
                list.Add(value);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? list : null;
    }

    private static RoundingContract? ToContract(Rounding? r) => r is { } v ? new RoundingContract { Decimals = v.Decimals, Mode = EnumText.Format(v.Mode) } : null;

    private static List<string> Texts<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, System.Enum => values.Select(EnumText.Format).ToList();
}
