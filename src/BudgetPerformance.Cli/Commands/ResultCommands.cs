using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Cli.Reporting;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using Spectre.Console;

namespace BudgetPerformance.Cli.Commands;

/// <summary><c>bpm propose</c> and <c>bpm compare</c>.</summary>
internal static class ResultCommands
{
    public static int Propose(CliContext ctx, string file, string rules, string? requestsPath, string format, bool strictDates)
    {
        var ruleSet = Inputs.ResolveRules(ctx, rules);
        Stages.Check(ctx, AnnualReporter.FindProblems(ruleSet));

        var portfolio = ReadPortfolio(ctx, file, "propose");

        // The whole document is read: a refusal comes before any work, a warning after the output.
        var dates = new EffectivePeriodNotes(ctx, ruleSet, strictDates);
        if (!dates.AdmitAll(portfolio.Evaluations))
        {
            dates.Report();
            return ExitCodes.Findings;
        }

        var requests = Requests(ctx, portfolio, requestsPath);
        var proposals = AnnualReportView.Compute(portfolio, ruleSet, requests, 0).Proposals;
        var totalRequest = proposals.Sum(p => p.Proposal.Request.Yuan);
        var totalProposed = proposals.Where(p => p.Proposal.Proposed is not null).Sum(p => p.Proposal.Proposed!.Value.Yuan);
        var totalDifference = proposals.Where(p => p.Proposal.Difference is not null).Sum(p => p.Proposal.Difference!.Value.Yuan);
        if (format == "json")
        {
            ctx.Output.Write(CliJson.Write(new ProposalResultsDocument
            {
                Kind = "budget-proposals",
                SchemaVersion = CliJson.SchemaVersion,
                RuleSet = CliJson.Ref(ruleSet),
                Proposals = proposals.Select(r => new ProposalDto
                {
                    Subject = CliJson.Subject(r.Proposal.Subject),
                    Name = r.Proposal.Name,
                    EvaluationId = r.Evaluation.Id,
                    Grade = CliJson.Kebab(r.Proposal.Grade),
                    Request = r.Proposal.Request.Yuan,
                    Proposed = r.Proposal.Proposed?.Yuan,
                    Difference = r.Proposal.Difference?.Yuan,
                    Action = CliJson.Kebab(r.Proposal.Action),
                    Rule = r.Proposal.Rule.Id,
                    NeedsDecision = r.Proposal.NeedsDecision,
                    ReasonZh = r.Proposal.ReasonZh,
                    ReasonEn = r.Proposal.ReasonEn,
                }).ToArray(),
                TotalRequest = totalRequest,
                TotalProposed = totalProposed,
                TotalDifference = totalDifference,
            }, CliJson.Context.ProposalResultsDocument));
            dates.Report();
            return ExitCodes.Success;
        }

        var console = ctx.Console;
        console.WriteLine(ctx.T($"规则集：{Inputs.Title(ctx, ruleSet)}", $"Rule set: {Inputs.Title(ctx, ruleSet)}"));
        var table = new Table().AddColumns(ctx.T("对象", "Subject"), ctx.T("名称", "Name"), ctx.T("评价", "Evaluation"), ctx.T("等级", "Grade"))
            .AddColumn(ctx.T("申请（元）", "Request (yuan)"), c => c.RightAligned())
            .AddColumn(ctx.T("建议（元）", "Proposed (yuan)"), c => c.RightAligned())
            .AddColumn(ctx.T("增减（元）", "Change (yuan)"), c => c.RightAligned())
            .AddColumn(ctx.T("处理", "Action"))
            .AddColumn(ctx.T("理由", "Reason"));
        foreach (var r in proposals)
        {
            var p = r.Proposal;
            table.AddRow(
                Show.Cell(p.Subject.Code), Show.Cell(p.Name), Show.Cell(r.Evaluation.Id), Show.Cell(Show.Name(ctx, p.Grade)),
                Show.Yuan(p.Request), p.Proposed is { } x ? Show.Yuan(x) : ctx.T("待定", "to decide"), p.Difference is { } d ? Show.Yuan(d) : "—",
                Show.Cell(Show.Name(ctx, p.Action)), Show.Cell(ctx.T(p.ReasonZh, p.ReasonEn)));
        }

        console.Write(table);
        console.WriteLine(ctx.T(
            $"共 {Show.N(proposals.Count)} 项：申请 {Show.Yuan(Money.FromYuan(totalRequest))} 元，建议 {Show.Yuan(Money.FromYuan(totalProposed))} 元，增减 {Show.Yuan(Money.FromYuan(totalDifference))} 元",
            $"{Show.N(proposals.Count)} proposal(s): requested {Show.Yuan(Money.FromYuan(totalRequest))} yuan, proposed {Show.Yuan(Money.FromYuan(totalProposed))} yuan, change {Show.Yuan(Money.FromYuan(totalDifference))} yuan"));
        dates.Report();
        return ExitCodes.Success;
    }

    public static int Compare(CliContext ctx, string file, string rulesA, string rulesB, string? requestsPath, string format, bool strictDates)
    {
        var a = Inputs.ResolveRules(ctx, rulesA);
        var b = Inputs.ResolveRules(ctx, rulesB);
        var scorerA = Stages.Scorer(ctx, a);
        var scorerB = Stages.Scorer(ctx, b);
        var kind = EvaluationSource.RequireKind(ctx, file, "compare");
        Portfolio? portfolio = null;
        IReadOnlyList<Evaluation> evaluations;
        if (kind == DocumentKinds.Portfolio)
        {
            portfolio = Inputs.Read(ctx, file, JsonDocuments.Portfolio);
            evaluations = portfolio.Evaluations;
        }
        else
        {
            evaluations = [Inputs.Read(ctx, file, JsonDocuments.Evaluation)];
        }

        // Each rule set's effective period: a refusal before any work, a warning after the output.
        var datesA = new EffectivePeriodNotes(ctx, a, strictDates);
        var datesB = new EffectivePeriodNotes(ctx, b, strictDates);
        var admittedA = datesA.AdmitAll(evaluations);
        if (!(datesB.AdmitAll(evaluations) & admittedA))
        {
            datesA.Report();
            datesB.Report();
            return ExitCodes.Findings;
        }

        Dictionary<SubjectRef, ProposalRow>? proposalsA = null, proposalsB = null;
        if (portfolio is not null && AnnualReporter.FindProblems(a).Count == 0 && AnnualReporter.FindProblems(b).Count == 0)
        {
            var requests = Requests(ctx, portfolio, requestsPath);
            proposalsA = AnnualReportView.Compute(portfolio, a, requests, 0).Proposals.ToDictionary(p => p.Proposal.Subject);
            proposalsB = AnnualReportView.Compute(portfolio, b, requests, 0).Proposals.ToDictionary(p => p.Proposal.Subject);
        }

        var changes = new List<GradeChangeDto>();
        foreach (var evaluation in evaluations)
        {
            var ra = scorerA.Score(evaluation);
            var rb = scorerB.Score(evaluation);
            if (ra.Grade == rb.Grade && ra.Conclusion == rb.Conclusion && ra.Outcome == rb.Outcome)
            {
                continue;
            }

            decimal? Proposed(Dictionary<SubjectRef, ProposalRow>? map) =>
                map is not null && map.TryGetValue(evaluation.Subject, out var row) && row.Evaluation.Id == evaluation.Id ? row.Proposal.Proposed?.Yuan : null;
            changes.Add(new GradeChangeDto
            {
                EvaluationId = evaluation.Id,
                Subject = CliJson.Subject(evaluation.Subject),
                TotalA = ra.Total,
                GradeA = Label(ra),
                TotalB = rb.Total,
                GradeB = Label(rb),
                ProposedA = Proposed(proposalsA),
                ProposedB = Proposed(proposalsB),
            });
        }

        decimal? Sum(Dictionary<SubjectRef, ProposalRow>? map) => map?.Values.Where(p => p.Proposal.Proposed is not null).Sum(p => p.Proposal.Proposed!.Value.Yuan);
        var totalA = Sum(proposalsA);
        var totalB = Sum(proposalsB);
        var document = new ComparisonDocument
        {
            Kind = "rule-set-comparison",
            SchemaVersion = CliJson.SchemaVersion,
            RuleSetA = CliJson.Ref(a),
            RuleSetB = CliJson.Ref(b),
            Evaluations = evaluations.Count,
            Changes = changes,
            TotalProposedA = totalA,
            TotalProposedB = totalB,
            BudgetEffect = totalA is { } x && totalB is { } y ? y - x : null,
        };
        if (format == "json")
        {
            ctx.Output.Write(CliJson.Write(document, CliJson.Context.ComparisonDocument));
            datesA.Report();
            datesB.Report();
            return ExitCodes.Success;
        }

        var console = ctx.Console;
        console.WriteLine($"A: {Inputs.Title(ctx, a)}");
        console.WriteLine($"B: {Inputs.Title(ctx, b)}");
        var table = new Table().AddColumns(ctx.T("评价", "Evaluation"), ctx.T("对象", "Subject"), ctx.T("A 总分", "A total"), ctx.T("A 等级", "A grade"), ctx.T("B 总分", "B total"), ctx.T("B 等级", "B grade"), ctx.T("A 建议（元）", "A proposed (yuan)"), ctx.T("B 建议（元）", "B proposed (yuan)"));
        foreach (var change in changes)
        {
            table.AddRow(
                Show.Cell(change.EvaluationId), Show.Cell(change.Subject.Code),
                Show.N(change.TotalA), Show.Cell(GradeText(ctx, change.GradeA)), Show.N(change.TotalB), Show.Cell(GradeText(ctx, change.GradeB)),
                change.ProposedA is { } pa ? Show.Yuan(Money.FromYuan(pa)) : "—", change.ProposedB is { } pb ? Show.Yuan(Money.FromYuan(pb)) : "—");
        }

        console.Write(table);
        console.WriteLine(ctx.T($"{Show.N(evaluations.Count)} 份评价中等级变化 {Show.N(changes.Count)} 份", $"{Show.N(changes.Count)} of {Show.N(evaluations.Count)} evaluation(s) change grade"));
        if (document.BudgetEffect is { } effect)
        {
            console.WriteLine(ctx.T(
                $"预算影响：A 建议合计 {Show.Yuan(Money.FromYuan(totalA!.Value))} 元，B 建议合计 {Show.Yuan(Money.FromYuan(totalB!.Value))} 元，B − A = {Show.Yuan(Money.FromYuan(effect))} 元",
                $"Budget effect: A proposes {Show.Yuan(Money.FromYuan(totalA!.Value))} yuan, B proposes {Show.Yuan(Money.FromYuan(totalB!.Value))} yuan, B − A = {Show.Yuan(Money.FromYuan(effect))} yuan"));
        }
        else
        {
            console.WriteLine(ctx.T("预算影响：需要 portfolio 文档和两个都含结果应用规则族的规则集", "Budget effect: needs a portfolio and two rule sets with a result-application family"));
        }

        datesA.Report();
        datesB.Report();
        return ExitCodes.Success;
    }

    private static string? Label(ScoringResult r) =>
        r.Grade is { } g ? CliJson.Kebab(g) : r.Conclusion is { } c ? CliJson.Kebab(c) : r.Outcome == ScoringOutcome.Complete ? null : CliJson.Kebab(r.Outcome);

    private static string GradeText(CliContext ctx, string? label) =>
        label is null ? "—"
        : Enum.GetValues<Grade>().Where(g => CliJson.Kebab(g) == label).Select(g => Show.Name(ctx, g))
            .Concat(Enum.GetValues<ExAnteConclusion>().Where(c => CliJson.Kebab(c) == label).Select(c => Show.Name(ctx, c)))
            .FirstOrDefault() ?? label;

    private static Portfolio ReadPortfolio(CliContext ctx, string file, string command)
    {
        var kind = Inputs.SniffKind(ctx, file);
        if (kind != DocumentKinds.Portfolio)
        {
            ctx.Fail($"{command} 需要 portfolio 文档，而 {file} 是 {Inputs.EchoKind(kind, "没有 kind 的 JSON")}", $"{command} needs a portfolio document; {file} is {Inputs.EchoKind(kind, "JSON without a kind")}");
            throw new CliStopException(ExitCodes.Findings);
        }

        return Inputs.Read(ctx, file, JsonDocuments.Portfolio);
    }

    /// <summary>Next-year requests: from a JSON file {"code": yuan}, or else each project's or policy's budget.</summary>
    public static IReadOnlyDictionary<SubjectRef, Money> Requests(CliContext ctx, Portfolio portfolio, string? path)
    {
        if (path is null)
        {
            return portfolio.SpendingItems.ToDictionary(i => i.Ref, i => i.Budget);
        }

        // Bounded like every input: at most JsonReadLimits.MaxDocumentBytes + 1 bytes are read (an endless stream stops there).
        var bytes = Inputs.ReadBounded(ctx, path);
        List<(string Code, decimal Yuan)> map;
        try
        {
            map = ReadRequests(bytes);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a name that is not valid text (invalid UTF-8, an escaped lone surrogate).
            var message = SafeText.Escape(e.Message);
            ctx.Fail($"{path} 不是可读的申请金额 JSON（{{\"代码\": 元}}）：{message}", $"{path} is not a readable requests JSON ({{\"code\": yuan}}): {message}");
            throw new CliStopException(ExitCodes.Findings);
        }

        var result = new Dictionary<SubjectRef, Money>();
        foreach (var (code, yuan) in map)
        {
            if (yuan < 0m)
            {
                ctx.Fail($"{path}：{SafeText.Echo(code)} 的申请金额为负数", $"{path}: the request of {SafeText.Echo(code)} is negative");
                throw new CliStopException(ExitCodes.Findings);
            }

            var subject = portfolio.SpendingItems.FirstOrDefault(i => i.Code == code)?.Ref
                ?? portfolio.Departments.FirstOrDefault(d => d.Code == code)?.Ref;
            if (subject is null)
            {
                ctx.Fail($"{path}：{SafeText.Echo(code)} 不是 portfolio 中的项目、政策或部门", $"{path}: {SafeText.Echo(code)} is not a project, policy or department of the portfolio");
                throw new CliStopException(ExitCodes.Findings);
            }

            result[subject.Value] = Money.FromYuan(yuan);
        }

        return result;
    }

    /// <summary>The requests file: one JSON object of numbers, each code once (a repeated code is an error, not "the last wins").</summary>
    private static List<(string Code, decimal Yuan)> ReadRequests(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = JsonReadLimits.Default.MaxDepth + 1 });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The document is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string, decimal)>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var code = property.Name;
            if (!seen.Add(code))
            {
                throw new JsonException($"The code '{SafeText.Echo(code)}' is given more than once.");
            }

            if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var yuan))
            {
                throw new JsonException($"The request of '{SafeText.Echo(code)}' is not a number of yuan within the decimal range.");
            }

            // TryGetDecimal rounds what decimal cannot hold (31 significant digits, 0.1e-400 → 0): refuse it, never change it.
            if (!DecimalExactness.Holds(Encoding.UTF8.GetBytes(property.Value.GetRawText()), yuan))
            {
                throw new JsonException($"The request of '{SafeText.Echo(code)}' has more significant digits or places than a decimal holds exactly (number-out-of-range).");
            }

            if (!NumberLimits.Amount.Allows(yuan))
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"The request of '{SafeText.Echo(code)}' is {yuan} yuan: an amount is 0, or from {NumberLimits.Amount.Smallest} to {NumberLimits.Amount.Largest:#,0} yuan."));
            }

            result.Add((code, yuan));
        }

        return result;
    }
}
