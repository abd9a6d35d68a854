using System.Collections.Generic;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Sample;

/// <summary>The synthetic sample county: a portfolio and its next-year requests.</summary>
internal sealed class SampleCountyData
{
    public SampleCountyData(Portfolio portfolio, IReadOnlyDictionary<SubjectRef, Money> requests)
    {
        Portfolio = portfolio;
        Requests = requests;
    }

    public Portfolio Portfolio { get; }

    /// <summary>The next-year (2021) requests of the evaluated projects and of the water bureau.</summary>
    public IReadOnlyDictionary<SubjectRef, Money> Requests { get; }
}
