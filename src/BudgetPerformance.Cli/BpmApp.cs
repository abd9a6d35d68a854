using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Commands;
using BudgetPerformance.Cli.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace BudgetPerformance.Cli;

/// <summary>The command tree of <c>bpm</c> and its entry point (also used in-process by the tests).</summary>
internal static class BpmApp
{
    /// <summary>Runs <c>bpm</c> with <paramref name="args"/>, writing through <paramref name="ctx"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext ctx, CancellationToken cancellationToken = default)
    {
        var root = Build(ctx);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parse.Errors)
            {
                ctx.Error.WriteLine("bpm: " + error.Message);
            }

            ctx.Error.WriteLine(ctx.T("用 bpm --help 查看用法。", "Run bpm --help for usage."));
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = ctx.Output, Error = ctx.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliStopException stop)
        {
            return stop.ExitCode;
        }
        catch (OperationCanceledException)
        {
            ctx.Fail("已取消", "cancelled");
            return ExitCodes.Findings;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ctx.Fail($"读写文件失败：{e.Message}", $"file error: {e.Message}");
            return ExitCodes.Findings;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            ctx.Fail($"无法处理输入：{e.Message}", $"cannot process the input: {e.Message}");
            return ExitCodes.Findings;
        }
    }

    private static RootCommand Build(CliContext ctx)
    {
        var lang = new Option<string>("--lang")
        {
            Description = "输出语言 zh|en（默认 zh）/ output language zh|en (default zh)",
            Recursive = true,
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "en");

        Option<string> Format(string description = "table|json") 
        {
            var option = new Option<string>("--format") { Description = "输出格式 / output format: " + description, DefaultValueFactory = _ => "table" };
            option.AcceptOnlyFromAmong("table", "json");
            return option;
        }

        Option<string> Rules(string name = "--rules", string fallback = "national-2020")
        {
            return new Option<string>(name) { Description = $"预置规则集 id 或规则集 JSON 文件（默认 {fallback}）/ a preset id or a rule-set JSON file (default {fallback})", DefaultValueFactory = _ => fallback };
        }

        Argument<string> FileArg(string description) => new("FILE") { Description = description };

        Option<bool> StrictDates() => new("--strict-dates")
        {
            Description = "拒绝开展年度不在规则集生效期内的评价（默认：照常处理并警告）/ refuse evaluations conducted outside the rule set's effective period (default: process them and warn)",
        };

        void Use(ParseResult p) => ctx.Lang = p.GetValue(lang) == "en" ? Lang.En : Lang.Zh;

        var root = new RootCommand("bpm：预算绩效管理命令行工具（BudgetPerformance）。bpm: budget performance management on JSON files.");
        root.Add(lang);

        // demo
        var demo = new Command("demo", "为内置的合成样本县按 linqu-county-2021 计分并打印年度报告 / score the embedded synthetic sample county under linqu-county-2021 and print the annual report");
        var demoRules = Rules(fallback: "linqu-county-2021");
        var demoTop = new Option<int>("--lowest") { Description = "列出得分最低的项目数（默认 5）/ how many lowest-scoring projects to list (default 5)", DefaultValueFactory = _ => 5 };
        demo.Add(demoRules);
        demo.Add(demoTop);
        demo.SetAction(p =>
        {
            Use(p);
            return DemoCommand.Run(ctx, p.GetValue(demoRules)!, p.GetValue(demoTop));
        });
        root.Add(demo);

        // score
        var score = new Command("score", "为一份评价或整个 portfolio 计分 / score one evaluation or a whole portfolio");
        var scoreFile = FileArg("evaluation 或 portfolio JSON / an evaluation or portfolio document");
        var scoreRules = Rules();
        var scoreFormat = Format();
        var explain = new Option<bool>("--explain") { Description = "解释每个数字 / explain every number" };
        score.Add(scoreFile);
        score.Add(scoreRules);
        score.Add(scoreFormat);
        score.Add(explain);
        var scoreStrict = StrictDates();
        score.Add(scoreStrict);
        score.SetAction((p, ct) =>
        {
            Use(p);
            return ScoreCommand.RunAsync(ctx, p.GetValue(scoreFile)!, p.GetValue(scoreRules)!, p.GetValue(scoreFormat)!, p.GetValue(explain), p.GetValue(scoreStrict), ct);
        });
        root.Add(score);

        // reconcile
        var reconcile = new Command("reconcile", "重算已公布评分表上的分数，列出所有不一致之处 / recompute the scores on published forms and list every mismatch");
        var reconcileFile = FileArg("evaluation 或 portfolio JSON / an evaluation or portfolio document");
        var reconcileRules = Rules();
        var tolerance = new Option<decimal>("--tolerance") { Description = "允许的差额（含）/ the tolerance (inclusive), default 0", DefaultValueFactory = _ => 0m };
        var reconcileFormat = Format();
        reconcile.Add(reconcileFile);
        reconcile.Add(reconcileRules);
        reconcile.Add(tolerance);
        reconcile.Add(reconcileFormat);
        var reconcileStrict = StrictDates();
        reconcile.Add(reconcileStrict);
        reconcile.SetAction((p, ct) =>
        {
            Use(p);
            return ReconcileCommand.RunAsync(ctx, p.GetValue(reconcileFile)!, p.GetValue(reconcileRules)!, p.GetValue(tolerance), p.GetValue(reconcileFormat)!, p.GetValue(reconcileStrict), ct);
        });
        root.Add(reconcile);

        // validate
        var validate = new Command("validate", "校验任意类型的文档，列出代码和 JSON 路径 / validate a document of any kind: codes and JSON paths");
        var validateFile = FileArg("JSON 文档 / a JSON document");
        var validateFormat = Format("table|json (json: the library's validation report)");
        validate.Add(validateFile);
        validate.Add(validateFormat);
        validate.SetAction(p =>
        {
            Use(p);
            return DocumentCommands.Validate(ctx, p.GetValue(validateFile)!, p.GetValue(validateFormat)!);
        });
        root.Add(validate);

        // review
        var review = new Command("review", "绩效目标审核 / review performance targets");
        var reviewFile = FileArg("performance-target 或 portfolio JSON / a performance-target or portfolio document");
        var reviewRules = Rules();
        var amount = new Option<decimal?>("--amount") { Description = "单个目标的申请金额（元）/ the amount requested with a single target, in yuan" };
        var reviewFormat = Format();
        review.Add(reviewFile);
        review.Add(reviewRules);
        review.Add(amount);
        review.Add(reviewFormat);
        review.SetAction(p =>
        {
            Use(p);
            return LifecycleCommands.Review(ctx, p.GetValue(reviewFile)!, p.GetValue(reviewRules)!, p.GetValue(amount), p.GetValue(reviewFormat)!);
        });
        root.Add(review);

        // monitor
        var monitor = new Command("monitor", "绩效运行监控快照 / monitoring snapshots (budget execution and targets)");
        var monitorFile = FileArg("含 monitoring 评价的 evaluation 或 portfolio JSON / an evaluation or portfolio with monitoring evaluations");
        var asOf = new Option<LocalDate>("--as-of")
        {
            Description = "快照日期 yyyy-MM-dd（必填）/ the snapshot date, yyyy-MM-dd (required)",
            Required = true,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value;
                }

                r.AddError($"--as-of: '{text}' is not a date yyyy-MM-dd");
                return default;
            },
        };
        var monitorRules = Rules();
        var calendar = new Option<string?>("--calendar") { Description = "工作日日历 JSON（默认周一至周五）/ a working-day calendar JSON (default Monday-Friday)" };
        var monitorFormat = Format();
        monitor.Add(monitorFile);
        monitor.Add(asOf);
        monitor.Add(monitorRules);
        monitor.Add(calendar);
        monitor.Add(monitorFormat);
        monitor.SetAction((p, ct) =>
        {
            Use(p);
            return LifecycleCommands.MonitorAsync(ctx, p.GetValue(monitorFile)!, p.GetValue(asOf), p.GetValue(monitorRules)!, p.GetValue(calendar), p.GetValue(monitorFormat)!, ct);
        });
        root.Add(monitor);

        // propose
        var propose = new Command("propose", "根据评价结果提出下年预算建议 / propose next year's budgets from the results");
        var proposeFile = FileArg("portfolio JSON");
        var proposeRules = Rules();
        var requests = new Option<string?>("--requests") { Description = "下年申请金额 JSON {\"代码\": 元}（默认为各项目当年预算）/ next-year requests as JSON {\"code\": yuan} (default: each item's budget)" };
        var proposeFormat = Format();
        propose.Add(proposeFile);
        propose.Add(proposeRules);
        propose.Add(requests);
        propose.Add(proposeFormat);
        var proposeStrict = StrictDates();
        propose.Add(proposeStrict);
        propose.SetAction(p =>
        {
            Use(p);
            return ResultCommands.Propose(ctx, p.GetValue(proposeFile)!, p.GetValue(proposeRules)!, p.GetValue(requests), p.GetValue(proposeFormat)!, p.GetValue(proposeStrict));
        });
        root.Add(propose);

        // compare
        var compare = new Command("compare", "在两个规则集下重新计分，报告等级变化和预算影响 / re-score under two rule sets: every grade that changes and the budget effect");
        var compareFile = FileArg("evaluation 或 portfolio JSON / an evaluation or portfolio document");
        var a = new Option<string>("--rules") { Description = "规则集 A（预置 id 或文件）/ rule set A (preset id or file)", Required = true };
        var b = new Option<string>("--against") { Description = "规则集 B（预置 id 或文件）/ rule set B (preset id or file)", Required = true };
        var compareRequests = new Option<string?>("--requests") { Description = "下年申请金额 JSON / next-year requests JSON" };
        var compareFormat = Format();
        compare.Add(compareFile);
        compare.Add(a);
        compare.Add(b);
        compare.Add(compareRequests);
        compare.Add(compareFormat);
        var compareStrict = StrictDates();
        compare.Add(compareStrict);
        compare.SetAction(p =>
        {
            Use(p);
            return ResultCommands.Compare(ctx, p.GetValue(compareFile)!, p.GetValue(a)!, p.GetValue(b)!, p.GetValue(compareRequests), p.GetValue(compareFormat)!, p.GetValue(compareStrict));
        });
        root.Add(compare);

        // rules
        var rules = new Command("rules", "预置规则集 / rule-set presets");
        var rulesList = new Command("list", "列出预置规则集 / list the presets");
        rulesList.SetAction(p =>
        {
            Use(p);
            return DocumentCommands.RulesList(ctx);
        });
        var rulesShow = new Command("show", "显示一个预置规则集 / show a preset");
        var rulesId = new Argument<string>("ID") { Description = "预置规则集 id / the preset id" };
        var rulesFormat = Format("table|json (json: the preset as shipped)");
        rulesShow.Add(rulesId);
        rulesShow.Add(rulesFormat);
        rulesShow.SetAction(p =>
        {
            Use(p);
            return DocumentCommands.RulesShow(ctx, p.GetValue(rulesId)!, p.GetValue(rulesFormat)!);
        });
        rules.Add(rulesList);
        rules.Add(rulesShow);
        root.Add(rules);

        // catalog
        var catalog = new Command("catalog", "内置指标体系 / built-in indicator frameworks");
        var catalogList = new Command("list", "列出内置指标体系 / list the frameworks");
        catalogList.SetAction(p =>
        {
            Use(p);
            return DocumentCommands.CatalogList(ctx);
        });
        var catalogShow = new Command("show", "显示一个指标体系 / show a framework");
        var catalogId = new Argument<string>("ID") { Description = "指标体系 id / the framework id" };
        var catalogFormat = Format("table|json (json: the indicator-framework document)");
        catalogShow.Add(catalogId);
        catalogShow.Add(catalogFormat);
        catalogShow.SetAction(p =>
        {
            Use(p);
            return DocumentCommands.CatalogShow(ctx, p.GetValue(catalogId)!, p.GetValue(catalogFormat)!);
        });
        catalog.Add(catalogList);
        catalog.Add(catalogShow);
        root.Add(catalog);

        // schema
        var schema = new Command("schema", "打印一种文档的 JSON Schema / print the JSON Schema of a document kind");
        var kind = new Argument<string>("KIND") { Description = string.Join("|", DocumentCommands.Kinds), HelpName = "KIND" };
        kind.AcceptOnlyFromAmong([.. DocumentCommands.Kinds]);
        schema.Add(kind);
        schema.SetAction(p =>
        {
            Use(p);
            return DocumentCommands.Schema(ctx, p.GetValue(kind)!);
        });
        root.Add(schema);

        // sample (hidden, for testing and benchmarks)
        var sample = new Command("sample", "生成样本文件（调试用）/ generate sample files (debugging)") { Hidden = true };
        var evaluations = new Option<int?>("--evaluations") { Description = "生成含 N 份评价的大型 portfolio / a large portfolio of N evaluations" };
        var county = new Option<bool>("--county") { Description = "写出合成样本县 / write the synthetic sample county" };
        var output = new Option<string>("--out") { Description = "输出文件 / the output file", Required = true };
        var requestsOut = new Option<string?>("--requests-out") { Description = "样本县的下年申请金额 / the sample county's next-year requests" };
        sample.Add(evaluations);
        sample.Add(county);
        sample.Add(output);
        sample.Add(requestsOut);
        sample.SetAction(p =>
        {
            Use(p);
            return SampleCommand.Run(ctx, p.GetValue(evaluations), p.GetValue(county), p.GetValue(output)!, p.GetValue(requestsOut));
        });
        root.Add(sample);

        return root;
    }
}
