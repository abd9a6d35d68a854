using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Rectification;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Disclosure;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>
/// The order, amounts and absent values of docs/rules/disclosure.md ("Calculation"), on a county whose codes, departments and
/// subject types are arranged so that every sort key decides some pair.
/// </summary>
public class DisclosureOrderTests
{
    private const int Year = 2020;

    /// <summary>
    /// Two departments; D01 has projects P02 (2,000,000) and P03 (3,000,000) and policy A1 (4,000,000), D02 has project P01
    /// (1,000,000). Every target is approved; targets and evaluations are given out of order.
    /// </summary>
    private static Portfolio County()
    {
        var p01 = Build.Project("P01");
        var p02 = Build.Project("P02");
        var p03 = Build.Project("P03");
        var a1 = new SubjectRef(SubjectType.Policy, "A1");
        return new Portfolio(new FiscalYear(Year),
            [new Department("D02", "县二局"), new Department("D01", "县一局")],
            [],
            [],
            [
                new SpendingItem(SubjectType.Project, "P01", "项目一", "D02", null, Sector.Water, ProjectKind.Recurring, false, Money.FromYuan(1_000_000m)),
                new SpendingItem(SubjectType.Project, "P02", "项目二", "D01", null, Sector.Agriculture, ProjectKind.Recurring, false, Money.FromYuan(2_000_000m)),
                new SpendingItem(SubjectType.Project, "P03", "项目三", "D01", null, Sector.Agriculture, ProjectKind.Recurring, false, Money.FromYuan(3_000_000m)),
                new SpendingItem(SubjectType.Policy, "A1", "政策一", "D01", null, Sector.Livelihood, ProjectKind.Recurring, false, Money.FromYuan(4_000_000m)),
            ],
            [
                Build.Target(p01, Year, TargetStatus.Approved, "目标P01"),
                Build.Target(a1, Year, TargetStatus.Approved, "目标A1"),
                Build.Target(p03, Year, TargetStatus.Approved, "目标P03"),
                Build.Target(Build.Dept("D01"), Year, TargetStatus.Approved, "目标D01"),
                Build.Target(p02, Year, TargetStatus.Approved, "目标P02"),
                Build.Target(Build.Dept("D02"), Year, TargetStatus.Approved, "目标D02"),
            ],
            [
                Build.Evaluation("FE-A", EvaluationType.FinanceEvaluation, p01, Year, 70m),
                Build.Evaluation("FE-C", EvaluationType.FinanceEvaluation, p02, Year, 85m),
                Build.Evaluation("DE-1", EvaluationType.DepartmentEvaluation, p01, Year, 90m),
                Build.Evaluation("FE-0", EvaluationType.FinanceEvaluation, p03, Year, 50m),
                Build.Evaluation("FE-B", EvaluationType.FinanceEvaluation, p02, Year, 95m),
                Build.Evaluation("SE-Z", EvaluationType.SelfEvaluation, a1, Year, 100m, Money.FromYuan(3_800_000m)),
                Build.Evaluation("MO-1", EvaluationType.Monitoring, p01, Year, 50m),
            ]);
    }

    private static Disclosure Scored(Portfolio portfolio) =>
        Disclosure.Create(portfolio, new EvaluationScorer(Repository.Linqu).ScoreAll(portfolio.Evaluations), []);

    [Fact]
    public void Targets_AreOrderedByDepartmentCodeThenSubjectTypeThenSubjectCode()
    {
        // D01: the department itself (type 0), projects P02 and P03, policy A1; then D02: the department, project P01.
        var d = Scored(County());
        Assert.Equal(["Department:D01", "Project:P02", "Project:P03", "Policy:A1", "Department:D02", "Project:P01"], d.Targets.Select(t => t.Subject.ToString()));
        Assert.Equal(["D01", "D01", "D01", "D01", "D02", "D02"], d.Targets.Select(t => t.DepartmentCode));
        Assert.Equal(["县一局", "县一局", "县一局", "县一局", "县二局", "县二局"], d.Targets.Select(t => t.DepartmentName));
    }

    [Fact]
    public void Targets_AmountIsTheBudget_ForADepartmentItsProjectsAndPoliciesSummed()
    {
        // D01: 2,000,000 + 3,000,000 + 4,000,000 = 9,000,000; D02: 1,000,000.
        var amounts = Scored(County()).Targets.ToDictionary(t => t.Subject.ToString(), t => t.Amount);
        Assert.Equal(Money.FromYuan(9_000_000m), amounts["Department:D01"]);
        Assert.Equal(Money.FromYuan(1_000_000m), amounts["Department:D02"]);
        Assert.Equal(Money.FromYuan(2_000_000m), amounts["Project:P02"]);
        Assert.Equal(Money.FromYuan(4_000_000m), amounts["Policy:A1"]);
    }

    [Fact]
    public void Evaluations_AreOrderedByTypeThenDepartmentThenSubjectThenId()
    {
        // self (A1), department (P01), then finance: D01's P02 (FE-B before FE-C) and P03, then D02's P01. Monitoring is not published.
        var d = Scored(County());
        Assert.Equal(["SE-Z", "DE-1", "FE-B", "FE-C", "FE-0", "FE-A"], d.Evaluations.Select(e => e.Id));
    }

    [Fact]
    public void Evaluations_WithoutResults_HaveNoScoresTotalOrGrade_ButKeepTheirAmountAndFindings()
    {
        var portfolio = County();
        var notice = new RectificationNotice("N1", Build.Project("P01"), "FE-A", "资金支付滞后", "县二局", new NodaTime.LocalDate(2021, 3, 1), new NodaTime.LocalDate(2021, 6, 30));
        var d = Disclosure.Create(portfolio, [], [notice]);
        Assert.All(d.Evaluations, e =>
        {
            Assert.Empty(e.Scores);
            Assert.Null(e.Total);
            Assert.Null(e.Grade);
        });
        var fe = d.Evaluations.Single(e => e.Id == "FE-A");
        Assert.Equal(Money.FromYuan(1_000_000m), fe.Amount);
        Assert.Equal(["资金支付滞后"], fe.Findings);
        Assert.Equal(Money.FromYuan(3_800_000m), d.Evaluations.Single(e => e.Id == "SE-Z").Amount);   // the adjusted budget

        // In the results table the absent total and grade are empty fields.
        var row = Csv.Parse(DisclosureWriter.ToResultsCsv(d)).Single(r => r[0] == "FE-A");
        Assert.Equal(["FE-A", "finance-evaluation", "财政评价", "D02", "县二局", "project", "P01", "项目一", "third-party", "2019", "1000000", "", "", "", "资金支付滞后"], row);
    }

    [Fact]
    public void Evaluations_WithAResultForOnlySomeOfThem_ScoreOnlyThose()
    {
        var portfolio = County();
        var scorer = new EvaluationScorer(Repository.Linqu);
        var d = Disclosure.Create(portfolio, [scorer.Score(portfolio.Evaluations.Single(e => e.Id == "FE-B"))], []);
        var scored = d.Evaluations.Single(e => e.Id == "FE-B");
        Assert.Equal(95.00m, scored.Total);
        Assert.Equal(Grade.Excellent, scored.Grade);
        var score = Assert.Single(scored.Scores);
        Assert.Equal(("1.1.1", "任务完成率", 100m, 95m, 95.00m), (score.Code, score.Name, score.Points, score.Actual, score.Score));
        Assert.Empty(d.Evaluations.Single(e => e.Id == "FE-C").Scores);
    }

    [Fact]
    public void Json_DepartmentsAreWrittenWithCodeAndName_AndTheDocumentEndsWithOneNewline()
    {
        var bytes = DisclosureWriter.ToJsonUtf8Bytes(Scored(County()));
        Assert.Equal((byte)'}', bytes[^2]);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.NotEqual((byte)0xEF, bytes[0]);   // no byte-order mark
        Assert.Equal(Encoding.UTF8.GetString(bytes), DisclosureWriter.ToJson(Scored(County())));
        using var doc = JsonDocument.Parse(bytes);
        var target = doc.RootElement.GetProperty("targets")[0];
        Assert.Equal("department", target.GetProperty("subject").GetProperty("type").GetString());
        Assert.Equal("D01", target.GetProperty("department").GetProperty("code").GetString());
        Assert.Equal("县一局", target.GetProperty("department").GetProperty("name").GetString());
        Assert.Equal("9000000", target.GetProperty("amount").GetRawText());
        var evaluation = doc.RootElement.GetProperty("evaluations")[5];
        Assert.Equal("FE-A", evaluation.GetProperty("id").GetString());
        Assert.Equal("D02", evaluation.GetProperty("department").GetProperty("code").GetString());
        Assert.Equal("县二局", evaluation.GetProperty("department").GetProperty("name").GetString());
    }

    [Fact]
    public void Json_AnEvaluationWithoutAResult_OmitsTotalAndGrade()
    {
        using var doc = JsonDocument.Parse(DisclosureWriter.ToJsonUtf8Bytes(Disclosure.Create(County(), [], [])));
        var evaluation = doc.RootElement.GetProperty("evaluations")[0];
        Assert.False(evaluation.TryGetProperty("total", out _));
        Assert.False(evaluation.TryGetProperty("grade", out _));
        Assert.Equal(0, evaluation.GetProperty("scores").GetArrayLength());
    }

    [Fact]
    public void Writer_NullDisclosure_ThrowsWithTheParameterName()
    {
        Assert.Equal("disclosure", Assert.Throws<ArgumentNullException>(() => DisclosureWriter.ToJsonUtf8Bytes(null!)).ParamName);
        Assert.Equal("disclosure", Assert.Throws<ArgumentNullException>(() => DisclosureWriter.ToJson(null!)).ParamName);
        Assert.Equal("disclosure", Assert.Throws<ArgumentNullException>(() => DisclosureWriter.ToTargetsCsv(null!)).ParamName);
        Assert.Equal("disclosure", Assert.Throws<ArgumentNullException>(() => DisclosureWriter.ToResultsCsv(null!)).ParamName);
    }

    [Theory]
    [InlineData(",a", "\",a\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("\nx", "\"\nx\"")]
    [InlineData("\rx", "\"\rx\"")]
    [InlineData("x,", "\"x,\"")]
    [InlineData(null, "")]
    public void QuoteCsv_ASpecialCharacterAtEitherEnd_IsQuoted(string? field, string expected) => Assert.Equal(expected, DisclosureWriter.QuoteCsv(field));

    [Fact]
    public void Create_NullArguments_ThrowWithTheParameterName()
    {
        var portfolio = County();
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => Disclosure.Create(portfolio, null!, [])).ParamName);
        Assert.Equal("notices", Assert.Throws<ArgumentNullException>(() => Disclosure.Create(portfolio, [], null!)).ParamName);
    }

    [Fact]
    public void Create_AResultOfAnotherPortfolio_IsNamedInTheError()
    {
        var other = new EvaluationScorer(Repository.Linqu).Score(Build.Evaluation("ELSEWHERE", EvaluationType.FinanceEvaluation, Build.Project("P01"), Year, 80m));
        var e = Assert.Throws<ArgumentException>(() => Disclosure.Create(County(), [other], []));
        Assert.Equal("results", e.ParamName);
        Assert.StartsWith("The result of ELSEWHERE is not for an evaluation of the portfolio.", e.Message, StringComparison.Ordinal);
    }
}
