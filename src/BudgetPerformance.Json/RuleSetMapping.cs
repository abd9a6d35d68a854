using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Rules;
using NodaTime;

namespace BudgetPerformance.Json;

/// <summary>
/// Rule-set documents: the envelope (id, version, effective dates, title, sources) and the grading family. A new rule
/// family adds an optional property to <see cref="RuleSetDocument"/>, a branch in <see cref="RuleSet(RuleSetDocument, string)"/>
/// and a line in <see cref="ToContract(RuleSet)"/>.
/// </summary>
internal sealed partial class Mapper
{
    internal RuleSet? RuleSet(RuleSetDocument d, string path)
    {
        var before = problems.Count;
        if (!IndicatorClass.IsValidCode(d.Id))
        {
            Add(JsonErrorCodes.InvalidValue, path + ".id", $"'{Problems.Shorten(d.Id)}' is not a valid rule-set id: use lower-case ASCII letters, digits and '-'.");
        }

        if (d.Version < 1)
        {
            Add(JsonErrorCodes.InvalidValue, path + ".version", FormattableString.Invariant($"The version must be at least 1, not {d.Version}."));
        }

        if (d.EffectiveTo < d.EffectiveFrom)
        {
            Add(JsonErrorCodes.InvalidValue, path + ".effectiveTo", "The effective interval ends before it starts (both ends are inclusive).");
        }

        Name(d.Title, path + ".title", out var title);
        if (d.Sources.Count == 0)
        {
            Add(JsonErrorCodes.InvalidValue, path + ".sources", "A rule set cites at least one source.");
        }

        var sources = d.Sources.Select((s, i) => Source(s, Problems.Index(path + ".sources", i))).ToList();
        var grading = Grading(d.Grading, path + ".grading");
        var (familiesOk, f) = Families(d, path);
        if (Has(before) || grading is null || AnyNull(sources) || !familiesOk)
        {
            return null;
        }

        return Build(path, () => new RuleSet(
            d.Id, d.Version, new DateInterval(d.EffectiveFrom, d.EffectiveTo), title, sources!, grading,
            f.IndicatorScoring, f.BudgetExecution, f.Aggregation, f.WeightCheck, f.ReCheck, f.ExAnte, f.ResultApplication, f.Rectification, f.Distribution,
            f.Admission, f.TargetReview, f.Monitoring));
    }

    internal static RuleSetDocument ToContract(RuleSet r) => new()
    {
        Kind = DocumentKinds.RuleSet,
        SchemaVersion = BudgetPerformanceJson.SchemaVersion,
        Id = r.Id,
        Version = r.Version,
        EffectiveFrom = r.Effective.Start,
        EffectiveTo = r.Effective.End,
        Title = ToContract(r.Title),
        Sources = r.Sources.Select(ToContract).ToList(),
        Grading = new GradingContract
        {
            Bands = r.Grading.Scale.Bands.Select(b => new GradeBandContract { Grade = EnumText.Format(b.Grade), Lower = b.Lower, Upper = b.Upper }).ToList(),
            TotalRounding = new RoundingContract { Decimals = r.Grading.TotalRounding.Decimals, Mode = EnumText.Format(r.Grading.TotalRounding.Mode) },
            Source = ToContract(r.Grading.Source),
        },
        IndicatorScoring = ToContract(r.IndicatorScoring),
        BudgetExecution = ToContract(r.BudgetExecution),
        Aggregation = ToContract(r.Aggregation),
        WeightCheck = ToContract(r.WeightCheck),
        ReCheck = r.ReCheck is { } rc ? new ReCheckContract { SelfWeight = rc.SelfWeight, ReCheckWeight = rc.ReCheckWeight, Source = ToContract(rc.Source) } : null,
        ExAnte = r.ExAnte is { } x ? new ExAnteContract { SupportFrom = x.SupportFrom, AdjustFrom = x.AdjustFrom, Source = ToContract(x.Source) } : null,
        ResultApplication = ToContract(r.ResultApplication),
        Rectification = r.Rectification is { } re ? new RectificationContract { Consequence = EnumText.Format(re.Consequence), FurtherCutRate = re.FurtherCutRate, Source = ToContract(re.Source) } : null,
        Distribution = r.Distribution is { } di ? new DistributionContract { TopGrades = Texts(di.TopGrades), MaximumTopShare = di.MaximumTopShare, BottomGrades = Texts(di.BottomGrades), MinimumBottomShare = di.MinimumBottomShare, Source = ToContract(di.Source) } : null,
        Admission = ToContract(r.Admission),
        TargetReview = ToContract(r.TargetReview),
        Monitoring = ToContract(r.Monitoring),
    };

    private static SourceContract ToContract(SourceCitation s) => new() { Reference = s.Reference, Kind = EnumText.Format(s.Kind), Note = s.Note };

    private SourceCitation? Source(SourceContract s, string path)
    {
        var ok = NotBlank(s.Reference, path + ".reference", "source reference");
        SourceKind kind; // not "out var": see RoundingOf
        ok &= Enum<SourceKind>(s.Kind, path + ".kind", out kind);
        return ok ? new SourceCitation(s.Reference, kind, s.Note) : null;
    }

    private GradingRules? Grading(GradingContract g, string path)
    {
        var before = problems.Count;
        var bandsPath = path + ".bands";
        var bands = new List<(GradeBand Band, string Path)>();
        for (var i = 0; i < g.Bands.Count; i++)
        {
            var b = g.Bands[i];
            var bp = Problems.Index(bandsPath, i);
            var ok = Enum<Grade>(b.Grade, bp + ".grade", out var grade);
            if (b.Lower < 0m)
            {
                Add(JsonErrorCodes.GradeBandInvalid, bp + ".lower", $"The lower edge {Decimal(b.Lower)} is negative.");
                ok = false;
            }

            if (b.Upper <= b.Lower)
            {
                Add(JsonErrorCodes.GradeBandInvalid, bp + ".upper", $"The upper edge {Decimal(b.Upper)} is not above the lower edge {Decimal(b.Lower)}.");
                ok = false;
            }

            if (ok)
            {
                bands.Add((new GradeBand(grade, b.Lower, b.Upper), bp));
            }
        }

        if (g.Bands.Count == 0)
        {
            Add(JsonErrorCodes.GradeBandsRange, bandsPath, "A grade scale needs at least one band.");
        }
        else if (!Has(before))
        {
            CheckScale(bands, bandsPath);
        }

        if (g.TotalRounding.Decimals is < 0 or > Rounding.MaxDecimals)
        {
            Add(JsonErrorCodes.InvalidValue, path + ".totalRounding.decimals", FormattableString.Invariant($"The precision must lie in [0, {Rounding.MaxDecimals}], not {g.TotalRounding.Decimals}."));
        }

        Enum<RoundingMode>(g.TotalRounding.Mode, path + ".totalRounding.mode", out var mode);
        var source = Source(g.Source, path + ".source");
        if (Has(before) || source is null)
        {
            return null;
        }

        var scale = Build(bandsPath, () => new GradeScale(bands.Select(b => b.Band)));
        return scale is null ? null : new GradingRules(scale, new Rounding(g.TotalRounding.Decimals, mode), source);
    }

    // Classifies what GradeScale.FindProblems describes, so that each kind of problem has its own stable code and path.
    private void CheckScale(List<(GradeBand Band, string Path)> bands, string bandsPath)
    {
        var sorted = bands.OrderBy(b => b.Band.Lower).ThenBy(b => b.Band.Upper).ToList();
        if (sorted[0].Band.Lower != GradeScale.Minimum)
        {
            Add(JsonErrorCodes.GradeBandsRange, sorted[0].Path + ".lower", $"The lowest band starts at {Decimal(sorted[0].Band.Lower)}, not at 0: lower scores would have no grade.");
        }

        if (sorted[^1].Band.Upper != GradeScale.Maximum)
        {
            Add(JsonErrorCodes.GradeBandsRange, sorted[^1].Path + ".upper", $"The highest band ends at {Decimal(sorted[^1].Band.Upper)}, not at 100.");
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, current) = (sorted[i - 1], sorted[i]);
            if (current.Band.Lower < previous.Band.Upper)
            {
                Add(JsonErrorCodes.GradeBandsOverlap, current.Path + ".lower", $"The bands {previous.Band} and {current.Band} overlap.");
            }
            else if (current.Band.Lower > previous.Band.Upper)
            {
                Add(JsonErrorCodes.GradeBandsGap, current.Path + ".lower", $"The scores from {Decimal(previous.Band.Upper)} to {Decimal(current.Band.Lower)} have no band.");
            }

            if (current.Band.Grade <= previous.Band.Grade)
            {
                Add(JsonErrorCodes.GradeBandsOrder, current.Path + ".grade", $"The band {current.Band} is above {previous.Band} but its grade is not better.");
            }
        }
    }
}
