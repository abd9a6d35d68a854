using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;


namespace BudgetPerformance.Cli.Reporting;

internal sealed record GradeDistributionRow(EvaluationType Type, int Count, IReadOnlyDictionary<Grade, int> Grades, IReadOnlyDictionary<ExAnteConclusion, int> Conclusions, int Incomplete, int Invalid);
