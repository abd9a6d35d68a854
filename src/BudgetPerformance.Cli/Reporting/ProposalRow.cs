using BudgetPerformance.Evaluations;
using BudgetPerformance.Scoring.Proposals;


namespace BudgetPerformance.Cli.Reporting;

internal sealed record ProposalRow(Evaluation Evaluation, string DepartmentName, BudgetProposal Proposal);
