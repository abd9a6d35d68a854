using System;
using System.Collections.Generic;
using System.IO;
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
using NodaTime;

namespace BudgetPerformance.Specifications.Tests;

public class DisclosureTests
{
    private const string Marker = "MARKER-INTERNAL";

    /// <summary>The mini county with a marker in every internal field: evidence, visit notes, performers, drafts, reasons, sections, owners, explanations, internal ids.</summary>
    private static (Portfolio Portfolio, List<RectificationNotice> Notices) Marked()
    {
        var p = MiniCounty.Portfolio();
        var evaluations = p.Evaluations.Select(e =>
        {
            var actual = e.Records[0].Actual!.Value;
            var internalType = e.Type is EvaluationType.Monitoring or EvaluationType.ExAnteAssessment or EvaluationType.WholeDepartmentEvaluation or EvaluationType.InternalSectionEvaluation;
            return Build.Evaluation(internalType ? e.Id + "-" + Marker + "-ID" : e.Id, e.Type, e.Subject, MiniCounty.Year, actual, e.BudgetExecution?.AdjustedBudget,
                evidence: Marker + "-EVIDENCE 佐证", visitNotes: Marker + "-VISIT", performer: Marker + "-PERFORMER");
        });
        var targets = p.Targets
            .Concat(
            [
                Build.Target(Build.Project("P04"), MiniCounty.Year, TargetStatus.Draft, Marker + "-DRAFT"),
                Build.Target(Build.Project("P04"), MiniCounty.Year, TargetStatus.Returned, Marker + "-RETURNED", Marker + "-RETURN-REASON"),
                Build.Target(Build.Project("P03"), MiniCounty.Year, TargetStatus.Submitted, Marker + "-SUBMITTED"),
                Build.Target(Build.Dept("D02"), MiniCounty.Year, TargetStatus.Approved, "水利局整体目标", explanation: Marker + "-EXPLANATION"),
            ]);
        var portfolio = new Portfolio(p.Year, p.Departments, p.Units, [new InternalSection("S01", Marker + "-SECTION")], p.SpendingItems, targets, evaluations);
        var notices = MiniCounty.Notices().Select(n => new RectificationNotice(n.Id, n.Subject, n.EvaluationId, n.Finding, Marker + "-OWNER", n.IssuedOn, n.Deadline)).ToList();
        return (portfolio, notices);
    }

    private static Disclosure Disclose(Portfolio portfolio, IEnumerable<RectificationNotice> notices) =>
        Disclosure.Create(portfolio, new EvaluationScorer(Repository.Linqu).ScoreAll(portfolio.Evaluations), notices);

    [Fact]
    public void Create_MarkedInternalFields_NeverAppearInJsonOrCsv()
    {
        var (portfolio, notices) = Marked();
        var d = Disclose(portfolio, notices);
        foreach (var output in new[] { DisclosureWriter.ToJson(d), DisclosureWriter.ToTargetsCsv(d), DisclosureWriter.ToResultsCsv(d) })
        {
            Assert.DoesNotContain("MARKER", output, StringComparison.Ordinal);
            Assert.DoesNotContain("S-FUNDING", output, StringComparison.Ordinal);   // reviewers
            Assert.DoesNotContain("U-AUTHOR", output, StringComparison.Ordinal);    // authors
        }

        // The public content is there.
        var json = DisclosureWriter.ToJson(d);
        Assert.Contains("创业大厦物业服务外包项目", json, StringComparison.Ordinal);
        Assert.Contains("物业服务合同未按绩效付费", json, StringComparison.Ordinal);
        Assert.Contains("水利局整体目标", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MiniCounty_DisclosesApprovedTargetsAndTheThreePublishedTypesInOrder()
    {
        var d = Disclose(MiniCounty.Portfolio(), MiniCounty.Notices());
        Assert.Equal(["Project:P01", "Project:P02"], d.Targets.Select(t => t.Subject.ToString()));   // P03's target is only submitted
        Assert.Equal(["SE-P02", "SE-P04", "DE-P02", "FE-P01", "FE-P03"], d.Evaluations.Select(e => e.Id));
        var fe = d.Evaluations.Single(e => e.Id == "FE-P01");
        Assert.Equal(70.00m, fe.Total);
        Assert.Equal(Grade.Fair, fe.Grade);
        Assert.Equal(Money.FromYuan(3_600_000m), fe.Amount);
        Assert.Equal("县机关事务服务中心", fe.DepartmentName);
        Assert.Equal(["物业服务合同未按绩效付费", "考核办法未与付费挂钩，\"按月付费\"未执行"], fe.Findings);   // N1 before N2
        Assert.Equal(70m, fe.Scores.Single().Actual);
        Assert.Equal(70.00m, fe.Scores.Single().Score);
        Assert.Equal(Money.FromYuan(118_000_000m), d.Evaluations.Single(e => e.Id == "SE-P02").Amount);
    }

    [Fact]
    public void Create_ShuffledPortfolio_WritesTheSameBytes()
    {
        var (p, notices) = Marked();
        var reversed = new Portfolio(p.Year, p.Departments.Reverse(), p.Units, p.Sections, p.SpendingItems.Reverse(), p.Targets.Reverse(), p.Evaluations.Reverse());
        var a = Disclose(p, notices);
        var b = Disclose(reversed, Enumerable.Reverse(notices));
        Assert.Equal(DisclosureWriter.ToJsonUtf8Bytes(a), DisclosureWriter.ToJsonUtf8Bytes(b));
        Assert.Equal(DisclosureWriter.ToTargetsCsv(a), DisclosureWriter.ToTargetsCsv(b));
        Assert.Equal(DisclosureWriter.ToResultsCsv(a), DisclosureWriter.ToResultsCsv(b));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("全角，逗号", "全角，逗号")]
    [InlineData("", "")]
    public void QuoteCsv_SpecialCharacters_AreQuotedByRfc4180(string field, string expected) => Assert.Equal(expected, DisclosureWriter.QuoteCsv(field));

    [Fact]
    public void ToResultsCsv_FindingsWithCommasQuotesAndNewlines_ParseBackToTheSameFields()
    {
        var notices = MiniCounty.Notices();
        notices.Add(new RectificationNotice("N4", Build.Project("P03"), "FE-P03", "a, b and \"c\"\r\nnext line", "县农业农村局", new LocalDate(2021, 3, 1), new LocalDate(2021, 6, 30)));
        var csv = DisclosureWriter.ToResultsCsv(Disclose(MiniCounty.Portfolio(), notices));
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        var rows = Csv.Parse(csv);
        Assert.Equal(DisclosureWriter.ResultsCsvHeader.Split(','), rows[0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var fe01 = rows.Single(r => r[0] == "FE-P01");
        Assert.Equal("物业服务合同未按绩效付费\n考核办法未与付费挂钩，\"按月付费\"未执行", fe01[^1]);
        Assert.Equal(["FE-P01", "finance-evaluation", "财政评价", "D01", "县机关事务服务中心", "project", "P01", "创业大厦物业服务外包项目", "third-party", "2019", "3600000", "70.00", "fair", "中"], fe01.Take(14));
        Assert.Equal("a, b and \"c\"\r\nnext line", rows.Single(r => r[0] == "FE-P03")[^1]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void ToTargetsCsv_MiniCounty_OneRowPerIndicatorWithInvariantNumbers()
    {
        var rows = Csv.Parse(DisclosureWriter.ToTargetsCsv(Disclose(MiniCounty.Portfolio(), [])));
        Assert.Equal(DisclosureWriter.TargetsCsvHeader.Split(','), rows[0]);
        Assert.Equal(["D01", "县机关事务服务中心", "project", "P01", "创业大厦物业服务外包项目", "3600000", "物业服务质量达标", "1.1.1", "产出指标", "数量指标", "任务完成率", ">=", "100", "%", "100"], rows[1]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void ToJson_MiniCounty_IsTheDisclosureDocument()
    {
        using var doc = JsonDocument.Parse(DisclosureWriter.ToJsonUtf8Bytes(Disclose(MiniCounty.Portfolio(), MiniCounty.Notices())));
        var root = doc.RootElement;
        Assert.Equal("disclosure", root.GetProperty("kind").GetString());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(2020, root.GetProperty("year").GetInt32());
        var fe = root.GetProperty("evaluations")[3];
        Assert.Equal("FE-P01", fe.GetProperty("id").GetString());
        Assert.Equal("finance-evaluation", fe.GetProperty("type").GetString());
        Assert.Equal("fair", fe.GetProperty("grade").GetString());
        Assert.Equal("70.00", fe.GetProperty("total").GetRawText());
        Assert.Equal(2, fe.GetProperty("findings").GetArrayLength());
        Assert.False(fe.TryGetProperty("performer", out _));
    }

    [Fact]
    public void Schema_CheckedIn_EqualsTheGeneratedSchema()
    {
        var path = Path.Combine(Repository.Root(), "docs", "schemas", "disclosure.schema.json");
        var generated = DisclosureWriter.Schema();
        if (Environment.GetEnvironmentVariable("BP_REGENERATE") == "1")
        {
            File.WriteAllText(path, generated, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == generated, $"{path} differs from the generated schema; run the tests with BP_REGENERATE=1.");
        using var schema = JsonDocument.Parse(generated);
        Assert.Equal("disclosure", schema.RootElement.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
    }

    [Fact]
    public void Create_BadArguments_ThrowWithTheParameterName()
    {
        var portfolio = MiniCounty.Portfolio();
        Assert.Equal("portfolio", Assert.Throws<ArgumentNullException>(() => Disclosure.Create(null!, [], [])).ParamName);
        var other = new EvaluationScorer(Repository.Linqu).Score(Build.Evaluation("ELSEWHERE", EvaluationType.FinanceEvaluation, Build.Project("P01"), 2020, 80m));
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => Disclosure.Create(portfolio, [other], [])).ParamName);

        var scored = new EvaluationScorer(Repository.Linqu).ScoreAll(portfolio.Evaluations).ToList();
        var nullResult = Assert.Throws<ArgumentException>(() => Disclosure.Create(portfolio, [scored[0], null!], []));
        Assert.Equal("results", nullResult.ParamName);
        Assert.StartsWith("A scoring result is null.", nullResult.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => Disclosure.Create(portfolio, [scored[0], scored[0]], []));
        Assert.Equal("results", twice.ParamName);
        Assert.StartsWith($"There is more than one result for {scored[0].EvaluationId}.", twice.Message, StringComparison.Ordinal);
        var nullNotice = Assert.Throws<ArgumentException>(() => Disclosure.Create(portfolio, scored, [null!]));
        Assert.Equal("notices", nullNotice.ParamName);
        Assert.StartsWith("Item 0 is null.", nullNotice.Message, StringComparison.Ordinal);
    }
}

/// <summary>An independent RFC 4180 reader for the tests.</summary>
public static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(row);
        return rows;
    }
}
