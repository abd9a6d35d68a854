using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Json.Reading;

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
        var sources = d.Sources.Select((s, i) => Source(s, ProblemList.Index(path + ".sources", i))).ToList();

        // The model checks the id, the version and that a source is cited (a source that could not be read still counts).
        // A long id is quoted shortened, as every text a report quotes.
        var shortId = ProblemList.Shorten(d.Id);
        foreach (var problem in BudgetPerformance.Rules.RuleSet.FindProblems(d.Id, d.Version, sources))
        {
            var quoted = shortId.Length < d.Id.Length ? problem.Map(m => m.Replace(d.Id, shortId, StringComparison.Ordinal)) : problem;
            Add(quoted, path + "." + problem.Location.Element);
        }

        if (d.EffectiveTo < d.EffectiveFrom)
        {
            Add(Messages.EffectiveIntervalReversed, path + ".effectiveTo", null);
        }

        Name(d.Title, path + ".title", out var title);
        var grading = Grading(d.Grading, path + ".grading");
        var (familiesOk, f) = Families(d, path);
        if (Has(before) || grading is null || AnyNull(sources) || !familiesOk)
        {
            return null;
        }

        return new RuleSet(
            d.Id, d.Version, new DateInterval(d.EffectiveFrom, d.EffectiveTo), title, sources!, grading)
                .WithIndicatorScoring(f.IndicatorScoring)
                .WithBudgetExecution(f.BudgetExecution)
                .WithAggregation(f.Aggregation)
                .WithWeightCheck(f.WeightCheck)
                .WithReCheck(f.ReCheck)
                .WithExAnte(f.ExAnte)
                .WithResultApplication(f.ResultApplication)
                .WithRectification(f.Rectification)
                .WithDistribution(f.Distribution)
                .WithAdmission(f.Admission)
                .WithTargetReview(f.TargetReview)
                .WithMonitoring(f.Monitoring)
                .WithRecordRequirements(f.RecordRequirements);
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
        RecordRequirements = ToContract(r.RecordRequirements),
    };

    private static SourceContract ToContract(SourceCitation s) => new() { Reference = s.Reference, Kind = EnumText.Format(s.Kind), Note = s.Note };

    private SourceCitation? Source(SourceContract s, string path)
    {
        var ok = NotBlank(s.Reference, path + ".reference", new("引用依据", "source reference"));
        SourceKind kind; // not "out var": see RoundingOf
        ok &= Enum<SourceKind>(s.Kind, path + ".kind", out kind);
        return ok ? new SourceCitation(s.Reference, kind, s.Note) : null;
    }

    private GradingRules? Grading(GradingContract g, string path)
    {
        var before = problems.Count;
        GradeScaleOf(g.Bands, path + ".bands");
        RoundingOf(g.TotalRounding, path + ".totalRounding", out var rounding);
        var source = Source(g.Source, path + ".source");
        if (Has(before) || source is null)
        {
            return null;
        }

        return new GradingRules(new GradeScale(g.Bands.Select(b => new GradeBand(EnumText.Parse<Grade>(b.Grade), b.Lower, b.Upper))), rounding, source);
    }

    /// <summary>
    /// Checks grade bands with the model's own checks (<see cref="GradeBand.FindProblems"/>, then
    /// <see cref="GradeScale.FindProblems"/> when every band is sound), placing each problem at its band's path. True when
    /// the bands form a scale.
    /// </summary>
    internal bool GradeScaleOf(IReadOnlyList<GradeBandContract> given, string bandsPath)
    {
        var before = problems.Count;
        var bands = new List<GradeBand>();
        for (var i = 0; i < given.Count; i++)
        {
            var b = given[i];
            var bp = ProblemList.Index(bandsPath, i);
            Grade grade; // not "out var": see RoundingOf
            var ok = Enum<Grade>(b.Grade, bp + ".grade", out grade);
            foreach (var problem in GradeBand.FindProblems(b.Lower, b.Upper))
            {
                Add(problem, bp + "." + problem.Location.Element);
                ok = false;
            }

            if (ok)
            {
                bands.Add(new GradeBand(grade, b.Lower, b.Upper));
            }
        }

        if (!Has(before))
        {
            // Every band is sound, so the model's places (bands[i]) are the document's.
            foreach (var problem in GradeScale.FindProblems(bands))
            {
                var element = problem.Location.Element!;
                Add(problem, element == "bands" ? bandsPath : bandsPath + element["bands".Length..]);
            }
        }

        return !Has(before);
    }
}
