using System;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using BudgetPerformance.Reliability.Host;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>Extreme but valid inputs (amounts up to 10^15 yuan, 10,000 indicators) give the right results; extreme invalid numbers give reports.</summary>
public class LimitTests
{
    private const decimal Quadrillion = 1_000_000_000_000_000m; // 10^15 yuan, 1000 万亿

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Score_BudgetOf10To15Yuan_SameScoreAsTheSameRateOnASmallBudget(int index)
    {
        var evaluation = new EvaluationGenerator().Generate(index + 1)[index];
        var spentShare = evaluation.BudgetExecution!.Rate!.Value.Value;
        var small = WithBudget(evaluation, 1_000_000m, decimal.Round(1_000_000m * spentShare, 2));
        var huge = WithBudget(evaluation, Quadrillion, decimal.Round(1_000_000m * spentShare, 2) * 1_000_000_000m);
        var scorer = new EvaluationScorer(PerfRules.National());

        var expected = scorer.Score(small);
        var actual = scorer.Score(huge);

        Assert.Equal(ScoringOutcome.Complete, actual.Outcome);
        Assert.Equal(expected.Budget!.Value.Score, actual.Budget!.Value.Score);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Grade, actual.Grade);
    }

    [Fact]
    public void Score_SpentFarAboveAHugeBudget_CompletesWithoutOverflow()
    {
        var evaluation = WithBudget(new EvaluationGenerator().Next(), 0.01m, Quadrillion);
        var result = new EvaluationScorer(PerfRules.National()).Score(evaluation);

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(100_000_000_000_000_000m, evaluation.BudgetExecution!.Rate!.Value.Value);
        Assert.NotNull(result.Total);
    }

    [Theory]
    [InlineData(Grade.Excellent)]
    [InlineData(Grade.Good)]
    [InlineData(Grade.Fair)]
    [InlineData(Grade.Poor)]
    public void Propose_RequestOf10To15Yuan_ScalesExactlyLikeASmallRequest(Grade grade)
    {
        var proposer = new BudgetProposer(Json.RuleSetPresets.Get("national-2020"));
        var subject = GradedResults.Project("P1", "项目");
        var result = GradedResults.Of(subject.Ref, grade);
        var small = proposer.Propose(new ProposalRequest(subject, result, Money.FromYuan(1_000_000m), Money.FromYuan(1_000_000m)));
        var huge = proposer.Propose(new ProposalRequest(subject, result, Money.FromYuan(Quadrillion), Money.FromYuan(Quadrillion)));

        Assert.Equal(small.Action, huge.Action);
        Assert.Equal(small.Proposed?.Yuan * 1_000_000_000m, huge.Proposed?.Yuan);
        Assert.Equal(small.Reward?.Yuan * 1_000_000_000m, huge.Reward?.Yuan);
    }

    [Fact]
    public void Money_10To15YuanInEveryUnit_ConvertsExactly()
    {
        var money = Money.FromYiYuan(10_000_000m);

        Assert.Equal(Quadrillion, money.Yuan);
        Assert.Equal(Quadrillion, Money.FromWanYuan(100_000_000_000m).Yuan);
        Assert.Equal(100_000_000_000m, money.ToWanYuan());
        Assert.Equal(Quadrillion * 10_000m, (money * 10_000m).Yuan);
    }

    [Fact]
    public void AnnualReport_PortfolioOf10To15YuanItems_TotalsExactly()
    {
        var json = JsonDocuments.Portfolio.Write(CanonicalOutput.ExamplePortfolio())
            .Replace("\"budget\": 4000000.00", "\"budget\": 1000000000000000.00", StringComparison.Ordinal)
            .Replace("\"budget\": 4500000.00", "\"budget\": 999999999999999.99", StringComparison.Ordinal)
            .Replace("\"adjustedBudget\": 4000000.00", "\"adjustedBudget\": 1000000000000000.00", StringComparison.Ordinal)
            .Replace("\"spent\": 3900000.00", "\"spent\": 975000000000000.00", StringComparison.Ordinal);
        Assert.True(JsonDocuments.Portfolio.TryRead(json, out var portfolio, out var report), report.ToString());
        Assert.Equal(json, JsonDocuments.Portfolio.Write(portfolio));
        var requests = portfolio.SpendingItems.ToDictionary(i => i.Ref, i => Money.FromYuan(Quadrillion));

        var annual = new AnnualReporter(Json.RuleSetPresets.Get("linqu-county-2021")).Build(portfolio, requests);

        Assert.Equal(portfolio.SpendingItems.Sum(i => i.Budget.Yuan), annual.TotalBudget.Yuan);
        Assert.Contains(Quadrillion, portfolio.SpendingItems.Select(i => i.Budget.Yuan));
        Assert.All(annual.Proposals, p => Assert.True(p.Proposed is null || p.Proposed.Value.Yuan <= Quadrillion * 2m));
        Assert.NotEmpty(annual.ToChineseText());
    }

    [Fact]
    public void Evaluation_AmountsOf10To15Yuan_RoundTripThroughJson()
    {
        var evaluation = WithBudget(new EvaluationGenerator().Next(), Quadrillion, 999_999_999_999_999.99m);
        var json = JsonDocuments.Evaluation.Write(evaluation);

        Assert.Contains("\"adjustedBudget\": 1000000000000000", json, StringComparison.Ordinal);
        Assert.Contains("\"spent\": 999999999999999.99", json, StringComparison.Ordinal);
        Assert.Equal(json, JsonDocuments.Evaluation.Write(JsonDocuments.Evaluation.Read(json)));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e29")]
    [InlineData("99999999999999999999999999999999999999999")]
    public void TryRead_AmountBeyondDecimal_ReportsAndDoesNotThrow(string number)
    {
        var json = JsonDocuments.Evaluation.Write(new EvaluationGenerator().Next());
        var start = json.IndexOf("\"adjustedBudget\": ", StringComparison.Ordinal) + "\"adjustedBudget\": ".Length;
        var end = json.IndexOfAny([',', '\n'], start);
        var bad = json[..start] + number + json[end..];

        Assert.False(JsonDocuments.Evaluation.TryRead(bad, out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.NumberOutOfRange, entry.Code);
        Assert.Equal("$.budgetExecution.adjustedBudget", entry.Location.JsonPath);
    }

    [Fact]
    public void Score_TenThousandIndicators_TotalIsTheSumOfTheIndicatorScores()
    {
        var evaluation = EvaluationGenerator.Wide(10_000);
        var result = new EvaluationScorer(PerfRules.National()).Score(evaluation);

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(10_000, result.Indicators.Count);
        Assert.All(result.Indicators, i => Assert.NotNull(i.Score));

        // Each indicator: 0.009 points × (80 + i mod 20)% of its target, computed here independently of the scorer.
        for (var i = 0; i < 10_000; i++)
        {
            var exact = 0.009m * (80m + (i % 20)) / 100m;
            Assert.Equal(exact, result.Indicators[i].Raw);
            Assert.Equal(decimal.Round(exact, 2, MidpointRounding.AwayFromZero), result.Indicators[i].Score);
        }

        var indicatorSum = result.Indicators.Sum(i => i.Score!.Value);
        Assert.Equal(result.LevelOne.Single().Score, indicatorSum);
        Assert.Equal(result.RawTotal, indicatorSum + result.Budget!.Value.Score);
        Assert.Equal(decimal.Round(result.RawTotal!.Value, 2, MidpointRounding.AwayFromZero), result.Total);
    }

    [Fact]
    public void Evaluation_TenThousandIndicators_RoundTripsThroughJson()
    {
        var evaluation = EvaluationGenerator.Wide(10_000);
        var json = JsonDocuments.Evaluation.WriteToUtf8Bytes(evaluation);

        Assert.True(JsonDocuments.Evaluation.TryRead(json, out var read, out var report), report.ToString());

        Assert.Equal(10_000, read.Records.Count);
        Assert.Equal(json, JsonDocuments.Evaluation.WriteToUtf8Bytes(read));
        Assert.Equal(new EvaluationScorer(PerfRules.National()).Score(evaluation).Total, new EvaluationScorer(PerfRules.National()).Score(read).Total);
    }

    internal static Evaluation WithBudget(Evaluation e, decimal adjusted, decimal spent) =>
        new(e.Id, e.Type, e.Subject, e.Performer, e.CoveredYear, e.ConductedIn, e.Indicators, e.Records, new BudgetExecution(Money.FromYuan(adjusted), Money.FromYuan(spent)));
}
