using BudgetPerformance.Evaluations;
using BudgetPerformance.Scoring;


namespace BudgetPerformance.Cli.Reporting;

internal sealed record LowScoreRow(Evaluation Evaluation, string SubjectName, string DepartmentName, ScoringExplanation Explanation);
