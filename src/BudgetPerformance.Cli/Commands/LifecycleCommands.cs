using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Calendars;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace BudgetPerformance.Cli.Commands;

/// <summary><c>bpm review</c> and <c>bpm monitor</c>.</summary>
internal static class LifecycleCommands
{
    public static int Review(CliContext ctx, string file, string rules, decimal? amount, string format)
    {
        var ruleSet = Inputs.ResolveRules(ctx, rules);
        Stages.Check(ctx, TargetReviewer.FindProblems(ruleSet));
        var reviewer = new TargetReviewer(ruleSet);

        var kind = Inputs.SniffKind(ctx, file);
        var work = new List<(PerformanceTarget Target, Money Amount)>();
        if (kind == DocumentKinds.PerformanceTarget)
        {
            if (amount is null)
            {
                ctx.Fail("审核单个绩效目标需要 --amount（申请金额，元）", "reviewing a single target needs --amount (the requested amount in yuan)");
                return ExitCodes.Usage;
            }

            if (amount < 0m)
            {
                ctx.Fail("--amount 不能为负数", "--amount must not be negative");
                return ExitCodes.Usage;
            }

            work.Add((Inputs.Read(ctx, file, JsonDocuments.PerformanceTarget), Money.FromYuan(amount.Value)));
        }
        else if (kind == DocumentKinds.Portfolio)
        {
            var portfolio = Inputs.Read(ctx, file, JsonDocuments.Portfolio);
            foreach (var target in portfolio.Targets)
            {
                var requested = portfolio.TryGetSubject(target.Subject, out var subject) && subject is SpendingItem item ? item.Budget : Money.Zero;
                work.Add((target, requested));
            }
        }
        else
        {
            ctx.Fail($"review 需要 performance-target 或 portfolio 文档，而 {file} 是 {Inputs.EchoKind(kind, "没有 kind 的 JSON")}", $"review needs a performance-target or portfolio document; {file} is {Inputs.EchoKind(kind, "JSON without a kind")}");
            return ExitCodes.Findings;
        }

        var results = work.Select(w => (w.Target, w.Amount, Result: reviewer.Review(w.Target, w.Amount))).ToList();
        var failed = results.Count(r => !r.Result.Passed);
        if (format == "json")
        {
            ctx.Output.Write(CliJson.Write(new ReviewResultsDocument
            {
                Kind = "target-review-results",
                SchemaVersion = CliJson.SchemaVersion,
                RuleSet = CliJson.Ref(ruleSet),
                Targets = results.Select(r => new ReviewedTargetDto
                {
                    Subject = CliJson.Subject(r.Target.Subject),
                    RequestedAmount = r.Amount.Yuan,
                    Passed = r.Result.Passed,
                    Score = r.Result.Score,
                    Grade = r.Result.Grade is { } g ? CliJson.Kebab(g) : null,
                    Findings = r.Result.Findings.Select(f => new FindingDto
                    {
                        Severity = CliJson.Kebab(f.Severity),
                        Indicator = f.Indicator?.ToString(),
                        Code = f.Code,
                        MessageZh = f.Reason.MessageZh,
                        MessageEn = f.Reason.MessageEn,
                    }).ToArray(),
                }).ToArray(),
            }, CliJson.Context.ReviewResultsDocument));
            return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        }

        var console = ctx.Console;
        console.WriteLine(ctx.T($"规则集：{Inputs.Title(ctx, ruleSet)}", $"Rule set: {Inputs.Title(ctx, ruleSet)}"));
        var table = new Table().AddColumns(ctx.T("对象", "Subject"), ctx.T("申请金额（元）", "Requested (yuan)"), ctx.T("结论", "Result"), ctx.T("错误/警告/建议", "Errors/warnings/advice"), ctx.T("审核得分", "Score"), ctx.T("等级", "Grade"));
        foreach (var (target, requested, result) in results)
        {
            table.AddRow(
                Show.Cell(target.Subject.Code),
                Show.Yuan(requested),
                result.Passed ? ctx.T("通过", "passed") : ctx.T("不通过", "failed"),
                $"{Show.N(result.Errors)}/{Show.N(result.Warnings)}/{Show.N(result.Advice)}",
                Show.N(result.Score),
                Show.Cell(result.Grade is { } g ? Show.Name(ctx, g) : "—"));
        }

        console.Write(table);
        var findings = results.SelectMany(r => r.Result.Findings.Select(f => (r.Target, Finding: f))).ToList();
        if (findings.Count > 0)
        {
            var detail = new Table().AddColumns(ctx.T("对象", "Subject"), ctx.T("严重程度", "Severity"), ctx.T("指标", "Indicator"), ctx.T("代码", "Code"), ctx.T("说明", "Message"));
            foreach (var (target, f) in findings)
            {
                detail.AddRow(Show.Cell(target.Subject.Code), Show.Cell(Show.Name(ctx, f.Severity)), Show.Cell(f.Indicator?.ToString() ?? "—"), Show.Cell(f.Code), Show.Cell(ctx.T(f.Reason.MessageZh, f.Reason.MessageEn)));
            }

            console.Write(detail);
        }

        console.WriteLine(ctx.T($"共审核 {Show.N(results.Count)} 个目标：通过 {Show.N(results.Count - failed)}，不通过 {Show.N(failed)}", $"{Show.N(results.Count)} target(s) reviewed: {Show.N(results.Count - failed)} passed, {Show.N(failed)} failed"));
        return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    public static async Task<int> MonitorAsync(CliContext ctx, string file, LocalDate asOf, string rules, string? calendarPath, string format, CancellationToken cancellationToken)
    {
        var ruleSet = Inputs.ResolveRules(ctx, rules);
        Stages.Check(ctx, MonitoringAssessor.FindProblems(ruleSet));
        IWorkingDayCalendar calendar = WeekdayCalendar.Instance;
        if (calendarPath is not null)
        {
            calendar = Inputs.Read(ctx, calendarPath, JsonDocuments.WorkingDayCalendar);
        }

        var assessor = new MonitoringAssessor(ruleSet, calendar);

        var kind = EvaluationSource.RequireKind(ctx, file, "monitor");
        IReadOnlyList<Evaluation> evaluations;
        IReadOnlyList<PerformanceTarget> targets = [];
        if (kind == DocumentKinds.Portfolio)
        {
            var portfolio = Inputs.Read(ctx, file, JsonDocuments.Portfolio);
            evaluations = portfolio.Evaluations;
            targets = portfolio.Targets;
        }
        else
        {
            evaluations = [Inputs.Read(ctx, file, JsonDocuments.Evaluation)];
        }

        var monitoring = evaluations.Where(e => e.Type == EvaluationType.Monitoring).ToList();
        if (monitoring.Count == 0)
        {
            ctx.Fail($"{file} 中没有 monitoring 类型的评价", $"{file} has no evaluation of type monitoring");
            return ExitCodes.Findings;
        }

        var snapshots = new List<(Evaluation Evaluation, MonitoringSnapshot Snapshot)>();
        var problems = 0;
        foreach (var evaluation in monitoring)
        {
            if (evaluation.BudgetExecution is not { } budget)
            {
                ctx.Fail($"{evaluation.Id}：监控记录缺少预算执行（budgetExecution）", $"{evaluation.Id}: the monitoring record has no budgetExecution");
                problems++;
                continue;
            }

            var target = targets.FirstOrDefault(t => t.Subject == evaluation.Subject && t.Year == evaluation.CoveredYear)
                ?? new PerformanceTarget(evaluation.Subject, evaluation.CoveredYear, "（监控记录中的绩效目标）", evaluation.Indicators, evaluation.Performer.Name);
            if (!target.Year.Contains(asOf))
            {
                ctx.Fail($"{evaluation.Id}：--as-of {LocalDatePattern.Iso.Format(asOf)} 不在 {Show.N(target.Year.Year)} 年度内", $"{evaluation.Id}: --as-of {LocalDatePattern.Iso.Format(asOf)} is not in the fiscal year {Show.N(target.Year.Year)}");
                problems++;
                continue;
            }

            var progress = evaluation.Records.Select(r => r.State switch
            {
                RecordState.Measured => IndicatorProgress.Measured(r.Code, r.Actual!.Value),
                RecordState.Achievement => IndicatorProgress.Achieved(r.Code, r.Achievement!.Value),
                _ => IndicatorProgress.NoData(r.Code),
            });
            var found = MonitoringRecord.FindProblems(target, asOf, progress);
            foreach (var problem in found)
            {
                ctx.Fail($"{evaluation.Id}：{Show.Problem(ctx, problem)}", $"{evaluation.Id}: {Show.Problem(ctx, problem)}");
            }

            if (found.Count > 0)
            {
                problems++;
                continue;
            }

            snapshots.Add((evaluation, assessor.Assess(new MonitoringRecord(target, asOf, budget, progress))));
        }

        var warnings = snapshots.Count(s => s.Snapshot.Action != MonitoringAction.Continue);
        var exit = problems > 0 || warnings > 0 ? ExitCodes.Findings : ExitCodes.Success;
        string Date(LocalDate d) => LocalDatePattern.Iso.Format(d);
        if (format == "json")
        {
            ctx.Output.Write(CliJson.Write(new MonitoringResultsDocument
            {
                Kind = "monitoring-snapshots",
                SchemaVersion = CliJson.SchemaVersion,
                RuleSet = CliJson.Ref(ruleSet),
                AsOf = Date(asOf),
                Snapshots = snapshots.Select(s => new SnapshotDto
                {
                    EvaluationId = s.Evaluation.Id,
                    Subject = CliJson.Subject(s.Snapshot.Subject),
                    AsOf = Date(s.Snapshot.AsOf),
                    ExecutionRate = s.Snapshot.Execution.Rate,
                    ExecutionValue = s.Snapshot.Execution.Value,
                    ExecutionColour = s.Snapshot.Execution.Colour is { } c ? CliJson.Kebab(c) : null,
                    TargetColour = s.Snapshot.TargetColour is { } t ? CliJson.Kebab(t) : null,
                    GapPoints = s.Snapshot.GapPoints,
                    Situations = s.Snapshot.Situations.Select(x => CliJson.Kebab(x)).ToArray(),
                    Action = CliJson.Kebab(s.Snapshot.Action),
                    RespondBy = s.Snapshot.RespondBy is { } r ? Date(r) : null,
                    Indicators = s.Snapshot.Indicators.Select(i => new MonitoredIndicatorDto
                    {
                        Code = i.Indicator.Code.ToString(),
                        Expected = i.Expected,
                        Value = i.Value,
                        Colour = i.Colour is { } c ? CliJson.Kebab(c) : null,
                    }).ToArray(),
                    ReasonsZh = s.Snapshot.Reasons.Select(x => x.MessageZh).ToArray(),
                    ReasonsEn = s.Snapshot.Reasons.Select(x => x.MessageEn).ToArray(),
                }).ToArray(),
            }, CliJson.Context.MonitoringResultsDocument));
            return exit;
        }

        var console = ctx.Console;
        console.WriteLine(ctx.T($"规则集：{Inputs.Title(ctx, ruleSet)}；截至 {Date(asOf)}", $"Rule set: {Inputs.Title(ctx, ruleSet)}; as of {Date(asOf)}"));
        var table = new Table().AddColumns(ctx.T("记录", "Record"), ctx.T("对象", "Subject"), ctx.T("执行率", "Spent"), ctx.T("执行进度", "Execution vs time"), ctx.T("执行颜色", "Execution colour"), ctx.T("目标颜色", "Target colour"), ctx.T("情形", "Situations"), ctx.T("建议", "Action"), ctx.T("反馈期限", "Respond by"));
        foreach (var (evaluation, s) in snapshots)
        {
            table.AddRow(
                Show.Cell(evaluation.Id),
                Show.Cell(s.Subject.Code),
                s.Execution.Rate is { } rate ? Show.N(decimal.Round(rate * 100m, 2, MidpointRounding.AwayFromZero)) + "%" : "—",
                Show.N(s.Execution.Value),
                Show.Cell(s.Execution.Colour is { } c ? Show.Name(ctx, c) : "—"),
                Show.Cell(s.TargetColour is { } t ? Show.Name(ctx, t) : "—"),
                Show.Cell(string.Join(ctx.T("、", ", "), s.Situations.Select(x => Show.Name(ctx, x)))),
                Show.Cell(Show.Name(ctx, s.Action)),
                s.RespondBy is { } r ? Date(r) : "—");
        }

        console.Write(table);
        foreach (var (evaluation, s) in snapshots.Where(x => x.Snapshot.Action != MonitoringAction.Continue))
        {
            foreach (var reason in s.Reasons)
            {
                console.WriteLine($"  {evaluation.Id}: {ctx.T(reason.MessageZh, reason.MessageEn)}");
            }
        }

        console.WriteLine(ctx.T($"共 {Show.N(snapshots.Count)} 条监控记录，需纠偏 {Show.N(warnings)} 条，无法评估 {Show.N(problems)} 条", $"{Show.N(snapshots.Count)} record(s), {Show.N(warnings)} with warnings, {Show.N(problems)} could not be assessed"));
        return exit;
    }
}
