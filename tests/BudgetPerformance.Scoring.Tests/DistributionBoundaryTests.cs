using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Distribution;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// The forced-distribution check and the grade-inflation signal of docs/rules/rectification.md: limits floor(share × n) and
/// ceiling(share × n) on both sides of the boundary, the tie-break, the reasons, and the counts as a property.
/// </summary>
public class DistributionBoundaryTests
{
    private static readonly DistributionRules TopTwentyBottomFifteen = new([Grade.Excellent], 0.20m, [Grade.Fair, Grade.Poor], 0.15m, Rules.Deployed);

    private static GradedResult R(string id, decimal score, Grade grade) => new(id, score, grade);

    private static DistributionChecker Checker(DistributionRules rules) => new(MinimalRuleSet.Of(rules));

    /// <summary>n results: <paramref name="excellent"/> 优 scoring 95, 94, …, the rest 良 scoring 85, 84, …, none in the bottom grades.</summary>
    private static List<GradedResult> Results(int n, int excellent) =>
        [.. Enumerable.Range(0, n).Select(k => k < excellent ? R($"x{k:00}", 95m - k, Grade.Excellent) : R($"g{k:00}", 85m - k, Grade.Good))];

    [Theory]
    [InlineData(10, 2, 0)]   // floor(0.2 × 10) = 2: at the limit, nothing moves
    [InlineData(10, 3, 1)]   // one above the limit: one moves
    [InlineData(10, 1, 0)]   // below the limit
    [InlineData(9, 1, 0)]    // floor(0.2 × 9 = 1.8) = 1: at the limit
    [InlineData(9, 2, 1)]    // one above
    public void TopLimit_IsTheFloorOfShareTimesCount_AndOnlyTheExcessMoves(int n, int excellent, int moves)
    {
        var rules = new DistributionRules([Grade.Excellent], 0.20m, [Grade.Fair, Grade.Poor], null, Rules.Deployed);
        var report = Checker(rules).Check(Results(n, excellent));
        Assert.Equal((int)decimal.Floor(0.2m * n), report.TopLimit);
        Assert.Null(report.BottomMinimum);
        Assert.Equal(excellent, report.TopCount);
        Assert.Equal(0, report.BottomCount);
        Assert.Equal(n, report.Count);
        Assert.Equal(moves, report.Moves.Count);
        Assert.Equal(moves == 0, report.Satisfied);
        Assert.All(report.Moves, m => Assert.Equal(Grade.Good, m.To));
    }

    [Theory]
    [InlineData(10, 2, 0)]   // ceiling(0.15 × 10 = 1.5) = 2: at the minimum, nothing moves
    [InlineData(10, 1, 1)]   // one short: one moves
    [InlineData(10, 3, 0)]   // above the minimum
    [InlineData(20, 3, 0)]   // ceiling(0.15 × 20 = 3) = 3 exactly
    [InlineData(20, 2, 1)]
    public void BottomMinimum_IsTheCeilingOfShareTimesCount_AndOnlyTheShortfallMoves(int n, int fair, int moves)
    {
        var rules = new DistributionRules([Grade.Excellent], null, [Grade.Fair, Grade.Poor], 0.15m, Rules.Deployed);
        var results = Enumerable.Range(0, n).Select(k => k < fair ? R($"f{k:00}", 70m - k, Grade.Fair) : R($"g{k:00}", 89m - k, Grade.Good)).ToList();
        var report = Checker(rules).Check(results);
        Assert.Null(report.TopLimit);
        Assert.Equal((int)Math.Ceiling(0.15m * n), report.BottomMinimum);
        Assert.Equal(fair, report.BottomCount);
        Assert.Equal(moves, report.Moves.Count);
        Assert.All(report.Moves, m => Assert.Equal(Grade.Fair, m.To));   // the best of the bottom grades
    }

    [Fact]
    public void TwoTopGrades_TheExcessMovesBelowTheLowerOfThem()
    {
        // 优 and 良 are both top grades, at most half of 4 = 2: the two lowest move to 中, the grade below 良.
        var rules = new DistributionRules([Grade.Excellent, Grade.Good], 0.5m, [Grade.Poor], null, Rules.Deployed);
        var report = Checker(rules).Check([R("a", 95m, Grade.Excellent), R("b", 85m, Grade.Good), R("c", 82m, Grade.Good), R("d", 91m, Grade.Excellent)]);
        Assert.Equal(new[] { ("c", Grade.Fair), ("b", Grade.Fair) }, report.Moves.Select(m => (m.Result.Id, m.To)));
    }

    [Fact]
    public void TopShare_WithoutTopGrades_MovesNothing()
    {
        // floor(0.2 × 3) = 0 allowed in no grade at all: nothing is in the top grades, so nothing is over the limit.
        var rules = new DistributionRules([], 0.2m, [Grade.Fair, Grade.Poor], null, Rules.Deployed);
        var report = Checker(rules).Check([R("a", 95m, Grade.Excellent), R("b", 85m, Grade.Good), R("c", 70m, Grade.Fair)]);
        Assert.Equal(0, report.TopLimit);
        Assert.Equal(0, report.TopCount);
        Assert.True(report.Satisfied);
    }

    [Fact]
    public void ZeroBottomShare_WithoutBottomGrades_MovesNothing()
    {
        var rules = new DistributionRules([Grade.Excellent], null, [], 0m, Rules.Deployed);
        var report = Checker(rules).Check([R("a", 95m, Grade.Excellent), R("b", 50m, Grade.Poor)]);
        Assert.Equal(0, report.BottomMinimum);
        Assert.Equal(0, report.BottomCount);
        Assert.True(report.Satisfied);
    }

    [Fact]
    public void NoResults_HaveNoLimitsToBreak()
    {
        var report = Checker(TopTwentyBottomFifteen).Check([]);
        Assert.Equal(0, report.Count);
        Assert.Equal(0, report.TopLimit);
        Assert.Equal(0, report.BottomMinimum);
        Assert.True(report.Satisfied);
    }

    [Fact]
    public void Reasons_NameTheShareTheLimitTheCountAndTheScore()
    {
        // The example of DistributionTests and docs/rules/rectification.md ("Reasons"): 10 results, 4 优 (at most floor(2) = 2), 1 中 (at least ceiling(1.5) = 2).
        var results = new[]
        {
            R("a", 95m, Grade.Excellent), R("b", 91m, Grade.Excellent), R("d", 91m, Grade.Excellent), R("c", 93m, Grade.Excellent), R("e", 85m, Grade.Good),
            R("f", 84m, Grade.Good), R("g", 83m, Grade.Good), R("h", 82m, Grade.Good), R("i", 81m, Grade.Good), R("j", 70m, Grade.Fair),
        };
        var report = Checker(TopTwentyBottomFifteen).Check(results);
        Assert.Equal(["b", "d", "i"], report.Moves.Select(m => m.Result.Id));
        Assert.Equal("最高等级不超过 20%（10 个中至多 2 个），现有 4 个；得分 91 为其中最低之一，调为“良”", report.Moves[0].ReasonZh);
        Assert.Equal("at most 20% in the top grades (2 of 10), 4 are; 91 is among the lowest, moves to Good", report.Moves[0].ReasonEn);
        Assert.Equal("较低等级不少于 15%（10 个中至少 2 个），现有 1 个；得分 81 为其余中最低之一，调为“中”", report.Moves[2].ReasonZh);
        Assert.Equal("at least 15% in the bottom grades (2 of 10), 1 are; 81 is among the lowest of the rest, moves to Fair", report.Moves[2].ReasonEn);
    }

    [Fact]
    public void Reasons_AFractionalShareIsWrittenWithoutTrailingZeros()
    {
        // 12.5% of 8 = 1 allowed; 2 优 → the lower (90) moves.
        var rules = new DistributionRules([Grade.Excellent], 0.125m, [Grade.Poor], null, Rules.Deployed);
        var report = Checker(rules).Check(Results(8, 2));
        Assert.Equal("最高等级不超过 12.5%（8 个中至多 1 个），现有 2 个；得分 94 为其中最低之一，调为“良”", Assert.Single(report.Moves).ReasonZh);
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => Checker(TopTwentyBottomFifteen).Check(null!)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => Checker(TopTwentyBottomFifteen).CheckScoringResults(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new DistributionChecker(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => DistributionChecker.FindProblems(null!)).ParamName);
        var withNull = Assert.Throws<ArgumentException>(() => Checker(TopTwentyBottomFifteen).Check([R("a", 1m, Grade.Poor), null!]));
        Assert.Equal("results", withNull.ParamName);
        Assert.StartsWith("A result is null.", withNull.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_RuleSetWithoutTheFamily_IsRefusedWithOneProblem_BeforeAnyWork()
    {
        var rules = MinimalRuleSet.Of(TopTwentyBottomFifteen);
        var noFamily = rules.WithDistribution(null);
        var problem = Assert.Single(DistributionChecker.FindProblems(noFamily));
        Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
        Assert.Equal("The rule set test v1 lacks rules that Distribution check needs: Grade distribution.", problem.MessageEn);
        Assert.Equal("规则集 test v1 缺少等级分布核查所需的规则：等级分布。", problem.MessageZh);
        var refused = Assert.Throws<DomainInvariantException>(() => new DistributionChecker(noFamily));
        Assert.Equal(("ruleSet", problem), (refused.ParamName, refused.Problem));
        Assert.Empty(DistributionChecker.FindProblems(rules));
        Assert.Equal([RuleFamily.Distribution], DistributionChecker.RequiredFamilies);
        Assert.Equal(LifecycleStage.Distribution, DistributionChecker.Stage);
        Assert.Same(rules, new DistributionChecker(rules).RuleSet);
    }

    [Fact]
    public void CheckScoringResults_CountsGradedResultsAsTheirEvaluationTotalAndGrade_LikeGradedResults()
    {
        // The same five results as scoring results and as graded results give the same report.
        var project = new SubjectRef(SubjectType.Project, "P1");
        var scored = new[] { 95m, 93m, 91m, 85m, 70m }.Select((t, k) => GradedResults.WithTotal(project, t, "E" + k.ToString(CultureInfo.InvariantCulture))).ToList();
        var checker = Checker(TopTwentyBottomFifteen);
        var fromScoring = checker.CheckScoringResults(scored);
        var fromGraded = checker.Check(scored.Select(r => new GradedResult(r.EvaluationId, r.Total!.Value, r.Grade!.Value)));
        Assert.Equal((5, 3, 1, 1, 1), (fromScoring.Count, fromScoring.TopCount, fromScoring.BottomCount, fromScoring.TopLimit!.Value, fromScoring.BottomMinimum!.Value));
        Assert.Equal(fromGraded.Moves.Select(m => (m.Result.Id, m.Result.Score, m.Result.Grade, m.To, m.ReasonZh, m.ReasonEn)),
            fromScoring.Moves.Select(m => (m.Result.Id, m.Result.Score, m.Result.Grade, m.To, m.ReasonZh, m.ReasonEn)));
        Assert.Equal([("E2", Grade.Good), ("E1", Grade.Good)], fromScoring.Moves.Select(m => (m.Result.Id, m.To)));
        Assert.Empty(fromScoring.Ungraded);
        Assert.Empty(fromGraded.Ungraded);
    }

    [Fact]
    public void CheckScoringResults_UngradedResultsAreNotCounted_AndAreListedInInputOrder()
    {
        // Two incomplete results and an invalid one among four graded: the shares are of the four graded results only.
        var project = new SubjectRef(SubjectType.Project, "P1");
        var invalid = GradedResults.WithTotal(project, -5m, "X-INVALID");
        Assert.Equal(ScoringOutcome.Invalid, invalid.Outcome);
        var results = new[]
        {
            GradedResults.Incomplete(project, "X-INCOMPLETE-2"),
            GradedResults.Of(project, Grade.Excellent, "A"),
            GradedResults.Of(project, Grade.Excellent, "B"),
            invalid,
            GradedResults.Of(project, Grade.Good, "C"),
            GradedResults.Incomplete(project, "X-INCOMPLETE-1"),
            GradedResults.Of(project, Grade.Fair, "D"),
        };
        var report = Checker(TopTwentyBottomFifteen).CheckScoringResults(results);
        Assert.Equal(["X-INCOMPLETE-2", "X-INVALID", "X-INCOMPLETE-1"], report.Ungraded);
        Assert.Equal(4, report.Count);
        Assert.Equal((2, 0, 1, 1), (report.TopCount, report.TopLimit!.Value, report.BottomCount, report.BottomMinimum!.Value));
        Assert.Equal([("A", Grade.Good), ("B", Grade.Good)], report.Moves.Select(m => (m.Result.Id, m.To)));
        Assert.DoesNotContain(report.Moves, m => m.Result.Id.StartsWith("X-", StringComparison.Ordinal));

        // Nothing graded: nothing counted, every id listed.
        var none = Checker(TopTwentyBottomFifteen).CheckScoringResults([results[0], invalid]);
        Assert.Equal((0, true), (none.Count, none.Satisfied));
        Assert.Equal(["X-INCOMPLETE-2", "X-INVALID"], none.Ungraded);

        var withNull = Assert.Throws<ArgumentException>(() => Checker(TopTwentyBottomFifteen).CheckScoringResults([results[1], null!]));
        Assert.Equal("results", withNull.ParamName);
    }

    [Fact]
    public void GradedResult_IdAndGrade_AreChecked()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new GradedResult(null!, 1m, Grade.Good)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new GradedResult("", 1m, Grade.Good)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new GradedResult(" ", 1m, Grade.Good)).ParamName);
        var grade = Assert.Throws<ArgumentOutOfRangeException>(() => new GradedResult("a", 1m, (Grade)4));
        Assert.Equal("grade", grade.ParamName);
        Assert.StartsWith("The value is not a defined Grade.", grade.Message, StringComparison.Ordinal);
        var ok = new GradedResult("a", 88.5m, Grade.Good);
        Assert.Equal(("a", 88.5m, Grade.Good), (ok.Id, ok.Score, ok.Grade));
    }

    [Fact]
    public void AResultMovesOnce_TheTopRuleThenTheBottomRule_GiveOneMoveToTheFinalGrade()
    {
        // Two 优: at most 20% may be 优 (floor(0.4) = 0), at least 15% must be 中 or 差 (ceiling(0.3) = 1). Both drop to 良; the
        // lower one (90) is then needed in the bottom grades: one move, 优 → 中, with both reasons (it used to be two moves).
        var report = Checker(TopTwentyBottomFifteen).Check([R("a", 90m, Grade.Excellent), R("b", 95m, Grade.Excellent)]);

        Assert.Equal([("a", Grade.Fair), ("b", Grade.Good)], report.Moves.Select(m => (m.Result.Id, m.To)).Order());
        var a = report.Moves.Single(m => m.Result.Id == "a");
        Assert.StartsWith("at most 20% in the top grades (0 of 2), 2 are; 90 is among the lowest, moves to Good; at least 15% in the bottom grades (1 of 2)", a.ReasonEn, StringComparison.Ordinal);
        Assert.Contains("；较低等级不少于 15%", a.ReasonZh, StringComparison.Ordinal);
    }

    private static readonly Gen<(List<GradedResult> Results, decimal? Top, decimal? Bottom)> Cases =
        from n in Gen.Choose(0, 30)
        from scores in Gen.Choose(0, 1000).ListOf(n)
        from top in Gen.OneOf(Gen.Constant((decimal?)null), Gen.Choose(0, 100).Select(i => (decimal?)(i / 100m)))
        from bottom in Gen.OneOf(Gen.Constant((decimal?)null), Gen.Choose(0, 100).Select(i => (decimal?)(i / 100m)))
        select (scores.Select((s, k) => new GradedResult("r" + (k % 7).ToString(CultureInfo.InvariantCulture) + "-" + k.ToString(CultureInfo.InvariantCulture), s / 10m, GradeOf(s / 10m))).ToList(), top, bottom);

    private static Grade GradeOf(decimal score) => score >= 90m ? Grade.Excellent : score >= 80m ? Grade.Good : score >= 60m ? Grade.Fair : Grade.Poor;

    [Property(MaxTest = 300)]
    public Property Check_AfterTheMoves_TheRuleHoldsAndTheCountsAddUp() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var rules = new DistributionRules([Grade.Excellent], c.Top, [Grade.Fair, Grade.Poor], c.Bottom, Rules.Deployed);
            var report = Checker(rules).Check(c.Results);
            var n = c.Results.Count;
            var top = c.Results.Count(r => r.Grade == Grade.Excellent);
            var bottom = c.Results.Count(r => r.Grade <= Grade.Fair);
            int? limit = c.Top is { } t ? (int)decimal.Floor(t * n) : null;
            int? minimum = c.Bottom is { } b ? (int)decimal.Ceiling(b * n) : null;

            // Apply the moves in order to an independent copy of the grades.
            var grades = c.Results.ToDictionary(r => r.Id, r => r.Grade);
            var worsened = true;
            foreach (var m in report.Moves)
            {
                worsened &= m.To < grades[m.Result.Id];
                grades[m.Result.Id] = m.To;
            }

            var topAfter = grades.Values.Count(g => g == Grade.Excellent);
            var bottomAfter = grades.Values.Count(g => g <= Grade.Fair);
            var topMoves = limit is { } l && top > l ? top - l : 0;
            return report.Count == n && report.TopCount == top && report.BottomCount == bottom && report.TopLimit == limit && report.BottomMinimum == minimum
                && worsened
                && (limit is null || topAfter <= limit)
                && (minimum is null || bottomAfter >= Math.Min(minimum.Value, n))
                && report.Moves.Select(m => m.Result.Id).Distinct().Count() == report.Moves.Count
                && report.Moves.Take(topMoves).All(m => m.To == Grade.Good || (m.To == Grade.Fair && m.ReasonEn.Contains("; at least", StringComparison.Ordinal)))
                && report.Moves.Skip(topMoves).All(m => m.To == Grade.Fair)
                && report.Satisfied == (topMoves == 0 && (minimum is null || bottom >= minimum || bottom == n));
        });
}

public class GradeInflationBoundaryTests
{
    [Theory]
    [InlineData("85.00", false)]   // gap 5 = threshold, same grade 良: not signalled (the threshold is inclusive)
    [InlineData("85.01", true)]    // gap 5.01: signalled
    [InlineData("84.99", false)]
    public void Gap_AtTheThreshold_IsNotSignalled_JustAboveIs(string self, bool signalled)
    {
        var signals = GradeInflation.Signals([("P1", decimal.Parse(self, CultureInfo.InvariantCulture), 80m)], GradeScale.National2020, 5m);
        Assert.Equal(signalled, signals.Count == 1);
    }

    [Fact]
    public void BetterSelfGrade_IsSignalledEvenWithASmallGap()
    {
        // 90 is 优, 89.99 is 良: a gap of 0.01 is far below the threshold, but the grade is better.
        var signal = Assert.Single(GradeInflation.Signals([("P1", 90m, 89.99m)], GradeScale.National2020, 5m));
        Assert.Equal(0.01m, signal.Gap);
        Assert.Equal(Grade.Excellent, signal.SelfGrade);
        Assert.Equal(Grade.Good, signal.ReviewerGrade);
        Assert.Equal((90m, 89.99m), (signal.Self, signal.Reviewer));
    }

    [Fact]
    public void EqualGaps_AreOrderedBySubjectOrdinal()
    {
        // Ordinal: "B" (U+0042) < "a" (U+0061) < "b"; a culture-aware order would put "a" first.
        var signals = GradeInflation.Signals([("b", 90m, 70m), ("a", 90m, 70m), ("B", 90m, 70m), ("c", 99m, 70m)], GradeScale.National2020, 5m);
        Assert.Equal(["c", "B", "a", "b"], signals.Select(s => s.Subject));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Equal("pairs", Assert.Throws<ArgumentNullException>(() => GradeInflation.Signals(null!, GradeScale.National2020, 5m)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => GradeInflation.Signals([("P1", 90m, 70m)], null!, 5m)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => GradeInflation.Signals([("P1", 90m, 70m)], GradeScale.National2020, -0.01m)).ParamName);
        Assert.Single(GradeInflation.Signals([("P1", 70.01m, 70m)], GradeScale.National2020, 0m));
        Assert.Empty(GradeInflation.Signals([("P1", 70m, 70m)], GradeScale.National2020, 0m));
    }
}
