using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>Evaluations, domain → contract. Writers always use the nested shape (indicators with records).</summary>
internal sealed partial class Mapper
{
    internal static EvaluationContract ToEvaluationContract(Evaluation e) => new()
    {
        Id = e.Id,
        Type = EnumText.Format(e.Type),
        Subject = ToContract(e.Subject),
        Performer = new PerformerContract { Role = EnumText.Format(e.Performer.Role), Name = e.Performer.Name },
        CoveredYear = e.CoveredYear.Year,
        ConductedIn = e.ConductedIn.Year,
        Weighting = EnumText.Format(e.Indicators.Weighting),
        Classes = ClassesOf(e.Indicators),
        Indicators = ToContract(e.Indicators),
        Records = Records(e),
        BudgetExecution = Execution(e.BudgetExecution),
        OnSiteVisit = Visit(e.OnSiteVisit),
        RecordedTotal = e.RecordedTotal,
        RecordedGrade = e.RecordedGrade is { } g ? EnumText.Format(g) : null,
        ScoreGroups = Groups(e),
    };

    internal static EvaluationDocument ToEvaluationDocument(Evaluation e) => new()
    {
        Kind = DocumentKinds.Evaluation,
        SchemaVersion = BudgetPerformanceJson.SchemaVersion,
        Id = e.Id,
        Type = EnumText.Format(e.Type),
        Subject = ToContract(e.Subject),
        Performer = new PerformerContract { Role = EnumText.Format(e.Performer.Role), Name = e.Performer.Name },
        CoveredYear = e.CoveredYear.Year,
        ConductedIn = e.ConductedIn.Year,
        Weighting = EnumText.Format(e.Indicators.Weighting),
        Classes = ClassesOf(e.Indicators),
        Indicators = ToContract(e.Indicators),
        Records = Records(e),
        BudgetExecution = Execution(e.BudgetExecution),
        OnSiteVisit = Visit(e.OnSiteVisit),
        RecordedTotal = e.RecordedTotal,
        RecordedGrade = e.RecordedGrade is { } g ? EnumText.Format(g) : null,
        ScoreGroups = Groups(e),
    };

    private static List<RecordContract> Records(Evaluation e) => e.Records.Select(r => new RecordContract
    {
        Code = r.Code.Value,
        State = EnumText.Format(r.State),
        Actual = r.Actual,
        Achievement = r.Achievement is { } a ? EnumText.Format(a) : null,
        AssessorScore = r.AssessorScore,
        Reason = r.Reason,
        Evidence = r.Evidence,
        RecordedScore = r.RecordedScore,
    }).ToList();

    private static List<ScoreGroupContract>? Groups(Evaluation e) => e.Groups.Count == 0 ? null : e.Groups.Select(g => new ScoreGroupContract
    {
        Id = g.Id,
        Members = g.Members.Select(m => m.Value).ToList(),
        AssessorScore = g.AssessorScore,
        RecordedScore = g.RecordedScore,
    }).ToList();

    private static BudgetExecutionContract? Execution(BudgetExecution? b) =>
        b is null ? null : new BudgetExecutionContract { AdjustedBudget = b.AdjustedBudget.Yuan, Spent = b.Spent.Yuan, RecordedScore = b.RecordedScore };

    private static OnSiteVisitContract? Visit(OnSiteVisit? v) => v is null ? null : new OnSiteVisitContract { Date = v.Date, Notes = v.Notes };
}
