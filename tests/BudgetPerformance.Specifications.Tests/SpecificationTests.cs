using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Specification;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Queries;
using BudgetPerformance.Queries.Specifications;
using BudgetPerformance.Rectification;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Queries;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>A real SQLite engine (an open in-memory connection) holding the read models of one or more portfolios.</summary>
public sealed class Database : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public Database(IEnumerable<ProjectSummary> projects, IEnumerable<EvaluationSummary> evaluations, IEnumerable<RectificationSummary> rectifications)
    {
        connection.Open();
        Db = new BureauDb(new DbContextOptionsBuilder<BureauDb>().UseSqlite(connection).Options);
        Db.Database.EnsureCreated();
        Db.Projects.AddRange(projects);
        Db.Evaluations.AddRange(evaluations);
        Db.Rectifications.AddRange(rectifications);
        Db.SaveChanges();
        Db.ChangeTracker.Clear();
    }

    public BureauDb Db { get; }

    /// <summary>Applies a specification with Ardalis.Specification's own evaluators (Where, then Order) to the EF Core query.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> source, ISpecification<T> specification)
        where T : class => OrderEvaluator.Instance.GetQuery(WhereEvaluator.Instance.GetQuery(source, specification), specification);

    public List<T> Run<T>(ISpecification<T> specification)
        where T : class => Apply(Db.Set<T>().AsNoTracking(), specification).ToList();

    public void Dispose()
    {
        Db.Dispose();
        connection.Dispose();
    }
}

public class SpecificationTests
{
    private static readonly LocalDate Day = new(2021, 7, 1);

    private static (IReadOnlyList<ProjectSummary> Projects, IReadOnlyList<EvaluationSummary> Evaluations, IReadOnlyList<RectificationSummary> Rectifications) Mini()
    {
        var portfolio = MiniCounty.Portfolio();
        var results = new EvaluationScorer(Repository.Linqu).ScoreAll(portfolio.Evaluations).ToList();
        var notices = MiniCounty.Notices();
        notices[0] = notices[0].Report(new LocalDate(2021, 6, 20)).Verify(new LocalDate(2021, 7, 1));
        return (SummaryBuilder.Projects(portfolio), SummaryBuilder.Evaluations(portfolio, results), SummaryBuilder.Rectifications(notices));
    }

    private static void AssertSame<T>(Database db, IReadOnlyList<T> all, ISpecification<T> spec, Func<T, string> key, params string[] expected)
        where T : class
    {
        var memory = spec.Evaluate(all).Select(key).ToList();
        var sql = db.Run(spec).Select(key).ToList();
        Assert.Equal(expected, memory);
        Assert.Equal(expected, sql);
        Assert.Equal(expected.Order(StringComparer.Ordinal), all.Where(spec.IsSatisfiedBy).Select(key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MiniCounty_EverySpecification_GivesTheSameAnswerInMemoryAndInSqlite()
    {
        var (projects, evaluations, rectifications) = Mini();
        using var db = new Database(projects, evaluations, rectifications);
        AssertSame(db, projects, ProjectSpecifications.WithoutTargets(), p => p.Code, "P04");
        AssertSame(db, projects, ProjectSpecifications.WithoutTargets(approvedOnly: true), p => p.Code, "P03", "P04");
        AssertSame(db, projects, ProjectSpecifications.NewMajorWithoutExAnteAssessment(), p => p.Code);
        AssertSame(db, projects, ProjectSpecifications.OfSectorAbove(Sector.Water, Money.FromYuan(119_999_999.99m)), p => p.Code, "P02");
        AssertSame(db, projects, ProjectSpecifications.OfSectorAbove(Sector.Water, Money.FromYuan(120_000_000m)), p => p.Code);   // exclusive
        AssertSame(db, evaluations, EvaluationSpecifications.BelowGrade(Grade.Good), e => e.Id, "SE-P04", "MO-P03", "MO-P02", "MO-P01", "FE-P01"); // 差 46, 50, 55, then 中 60, 70 (monitoring records are scored too)
        AssertSame(db, evaluations, EvaluationSpecifications.BelowGrade(Grade.Poor), e => e.Id);
        AssertSame(db, evaluations, EvaluationSpecifications.OfYearByType(new FiscalYear(2020), EvaluationType.FinanceEvaluation), e => e.Id, "FE-P01", "FE-P03");
        AssertSame(db, evaluations, EvaluationSpecifications.OfYearByType(new FiscalYear(2019), EvaluationType.FinanceEvaluation), e => e.Id);
        // N3 is due 31 May; N1 (due 30 June) is open; N2 was verified on 1 July, the day asked about.
        AssertSame(db, rectifications, RectificationSpecifications.OverdueAsOf(Day), r => r.Id, "N3", "N1");
        AssertSame(db, rectifications, RectificationSpecifications.OverdueAsOf(new LocalDate(2021, 6, 30)), r => r.Id, "N3");
        AssertSame(db, rectifications, RectificationSpecifications.OverdueAsOf(new LocalDate(2021, 5, 31)), r => r.Id);
    }

    [Fact]
    public void OverdueAsOf_AgreesWithTheNoticesOwnStatus()
    {
        var notices = MiniCounty.Notices();
        notices[0] = notices[0].Report(new LocalDate(2021, 6, 20)).Verify(new LocalDate(2021, 7, 1));
        var summaries = SummaryBuilder.Rectifications(notices);
        for (var day = new LocalDate(2021, 5, 25); day <= new LocalDate(2021, 7, 5); day = day.PlusDays(1))
        {
            var spec = RectificationSpecifications.OverdueAsOf(day);
            for (var k = 0; k < notices.Count; k++)
            {
                Assert.Equal(notices[k].StatusOn(day) == RectificationState.Overdue, spec.IsSatisfiedBy(summaries[k]));
            }
        }
    }

    [Fact]
    public void Sqlite_Queries_AreTranslatedToSqlWithTheCriteria()
    {
        var (projects, evaluations, rectifications) = Mini();
        using var db = new Database(projects, evaluations, rectifications);
        var sql = Database.Apply(db.Db.Projects, ProjectSpecifications.OfSectorAbove(Sector.Water, Money.FromYuan(1m))).ToQueryString();
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("\"BudgetYuan\" >", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        var overdue = Database.Apply(db.Db.Rectifications, RectificationSpecifications.OverdueAsOf(Day)).ToQueryString();
        Assert.Contains("\"VerifiedOn\" IS NULL", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_MoneyFinerThanAFen_IsRefusedNotRounded() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BureauDb.ToUnits(0.001m, 100m));

    [Fact]
    public void Specifications_BadArguments_ThrowWithTheParameterName()
    {
        var sector = Assert.Throws<ArgumentException>(() => ProjectSpecifications.OfSectorAbove(default, Money.Zero));
        Assert.Equal("sector", sector.ParamName);
        Assert.StartsWith("The sector must be a created Sector.", sector.Message, StringComparison.Ordinal);
        Assert.Equal("grade", Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationSpecifications.BelowGrade((Grade)9)).ParamName);
        var year = Assert.Throws<ArgumentException>(() => EvaluationSpecifications.OfYearByType(default, EvaluationType.SelfEvaluation));
        Assert.Equal("year", year.ParamName);
        Assert.StartsWith("The fiscal year must be a created FiscalYear.", year.Message, StringComparison.Ordinal);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationSpecifications.OfYearByType(new FiscalYear(2020), (EvaluationType)99)).ParamName);
    }

    private static Gen<(ProjectSummary[] Projects, EvaluationSummary[] Evaluations, decimal Threshold, int Grade, int Sector)> Rows =>
        from n in Gen.Choose(0, 40)
        from budgets in Gen.Choose(0, 2_000_000).ArrayOf(n)
        from flags in Gen.Choose(0, 15).ArrayOf(n)
        from sectors in Gen.Choose(0, 2).ArrayOf(n)
        from totals in Gen.Choose(-1, 10_000).ArrayOf(n)
        from threshold in Gen.Choose(0, 2_000_000)
        from grade in Gen.Choose(0, 3)
        from sector in Gen.Choose(0, 2)
        select (
            Enumerable.Range(0, n).Select(k => new ProjectSummary(2020 + (k % 2), k, SubjectType.Project, $"p-{n - k}", "项目", $"D{k % 3}", null, Sector.BuiltIn[sectors[k]].Code,
                ProjectKind.Recurring, (flags[k] & 1) != 0, budgets[k] / 100m, (flags[k] & 2) != 0 || (flags[k] & 4) != 0, (flags[k] & 4) != 0, (flags[k] & 8) != 0)).ToArray(),
            Enumerable.Range(0, n).Select(k => new EvaluationSummary($"e-{n - k}", k, (EvaluationType)(flags[k] % 8), SubjectType.Project, $"p-{k}", "项目", "D0", null,
                PerformerRole.FinanceBureau, 2019, 2019 + (flags[k] % 3), budgets[k] / 100m, totals[k] < 0 ? null : totals[k] / 100m,
                totals[k] < 0 ? null : (Grade)(totals[k] >= 9000 ? 3 : totals[k] >= 8000 ? 2 : totals[k] >= 6000 ? 1 : 0))).ToArray(),
            threshold / 100m,
            grade,
            sector);

    [Property(MaxTest = 40)]
    public Property RandomRows_EverySpecification_SameAnswerInMemoryAndInSqlite() =>
        Prop.ForAll(Rows.ToArbitrary(), rows =>
        {
            using var db = new Database(rows.Projects, rows.Evaluations, []);
            bool Same<T>(IReadOnlyList<T> all, ISpecification<T> spec, Func<T, string> key)
                where T : class => spec.Evaluate(all).Select(key).SequenceEqual(db.Run(spec).Select(key));

            return Same(rows.Projects, ProjectSpecifications.WithoutTargets(), p => p.Year + p.Code)
                && Same(rows.Projects, ProjectSpecifications.WithoutTargets(true), p => p.Year + p.Code)
                && Same(rows.Projects, ProjectSpecifications.NewMajorWithoutExAnteAssessment(), p => p.Year + p.Code)
                && Same(rows.Projects, ProjectSpecifications.OfSectorAbove(Sector.BuiltIn[rows.Sector], Money.FromYuan(rows.Threshold)), p => p.Year + p.Code)
                && Same(rows.Evaluations, EvaluationSpecifications.BelowGrade((Grade)rows.Grade), e => e.Id)
                && Same(rows.Evaluations, EvaluationSpecifications.OfYearByType(new FiscalYear(2020), EvaluationType.SelfEvaluation), e => e.Id);
        });
}
