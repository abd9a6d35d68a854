using System;
using System.Collections.Generic;
using System.IO;
using BudgetPerformance.Json;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Disclosure;
using BudgetPerformance.Scoring.Reporting;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>
/// Executes the <c>example-annual-report</c> blocks of docs/rules/annual-report.md and the <c>example-disclosure</c> blocks of
/// docs/rules/disclosure.md. A block names its fixture and rule set (<c>key: value</c> lines), then, after a line <c>---</c>, the
/// exact expected output (CSV rows compared with their <c>\r\n</c> written as line ends).
/// </summary>
public class DocExampleTests
{
    private static List<(Dictionary<string, string> Keys, string Body)> Blocks(string page, string tag)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root(), "docs", "rules", page));
        var blocks = new List<(Dictionary<string, string>, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```" + tag)
            {
                continue;
            }

            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            var body = new List<string>();
            var inBody = false;
            for (i++; lines[i].Trim() != "```"; i++)
            {
                if (inBody)
                {
                    body.Add(lines[i]);
                }
                else if (lines[i].Trim() == "---")
                {
                    inBody = true;
                }
                else
                {
                    var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                    keys[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
                }
            }

            blocks.Add((keys, string.Join("\n", body) + "\n"));
        }

        Assert.NotEmpty(blocks);
        return blocks;
    }

    private static Portfolio Fixture(string name) => name == "mini-county" ? MiniCounty.Portfolio() : throw new ArgumentException("Unknown fixture " + name);

    [Fact]
    public void AnnualReportPage_EveryExample_IsWhatTheReporterComputes()
    {
        foreach (var (keys, body) in Blocks("annual-report.md", "example-annual-report"))
        {
            var report = new AnnualReporter(Repository.Preset(keys["rules"])).Build(Fixture(keys["fixture"]), MiniCounty.Requests());
            Assert.Equal(body, report.ToChineseText());
        }
    }

    [Fact]
    public void DisclosurePage_EveryExample_IsWhatTheWriterWrites()
    {
        foreach (var (keys, body) in Blocks("disclosure.md", "example-disclosure"))
        {
            var portfolio = Fixture(keys["fixture"]);
            var notices = keys.TryGetValue("notices", out var n) && n == "mini-county" ? MiniCounty.Notices() : [];
            var disclosure = Disclosure.Create(portfolio, new EvaluationScorer(Repository.Preset(keys["rules"])).ScoreAll(portfolio.Evaluations), notices);
            var written = keys["output"] switch
            {
                "results-csv" => DisclosureWriter.ToResultsCsv(disclosure).Replace("\r\n", "\n", StringComparison.Ordinal),
                "targets-csv" => DisclosureWriter.ToTargetsCsv(disclosure).Replace("\r\n", "\n", StringComparison.Ordinal),
                _ => DisclosureWriter.ToJson(disclosure),
            };
            Assert.Equal(body, written);
        }
    }
}
