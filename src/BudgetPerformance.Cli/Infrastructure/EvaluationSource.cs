using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using Spectre.Console;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>
/// The evaluations of a file: one <c>evaluation</c> document, or a <c>portfolio</c> streamed one evaluation at a time
/// (bounded memory, whatever the size of the file), with a progress bar on standard error when it is a terminal.
/// </summary>
internal static class EvaluationSource
{
    private const long ProgressThresholdBytes = 4L * 1024 * 1024;

    /// <summary>Checks the kind and stops with one clear line when the file is neither an evaluation nor a portfolio.</summary>
    public static string RequireKind(CliContext ctx, string path, string command)
    {
        var kind = Inputs.SniffKind(ctx, path);
        if (kind is DocumentKinds.Evaluation or DocumentKinds.Portfolio)
        {
            return kind;
        }

        ctx.Fail(
            $"{command} 需要 evaluation 或 portfolio 文档，而 {path} 是 {Inputs.EchoKind(kind, "没有 kind 的 JSON")}",
            $"{command} needs an evaluation or portfolio document; {path} is {Inputs.EchoKind(kind, "JSON without a kind")}");
        throw new CliStopException(ExitCodes.Findings);
    }

    /// <summary>Calls <paramref name="each"/> for every evaluation; stops with the report when the file is invalid.</summary>
    public static async Task ForEachAsync(CliContext ctx, string path, Action<Evaluation> each, CancellationToken cancellationToken)
    {
        var kind = RequireKind(ctx, path, "bpm");
        if (kind == DocumentKinds.Evaluation)
        {
            each(Inputs.Read(ctx, path, JsonDocuments.Evaluation));
            return;
        }

        await using var stream = Inputs.Open(ctx, path);
        var showProgress = ctx.ErrorIsTerminal && stream.Length >= ProgressThresholdBytes;
        try
        {
            if (showProgress)
            {
                var errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                await errorConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask(ctx.T("读取", "reading"), maxValue: stream.Length);
                        var n = 0;
                        await foreach (var evaluation in JsonDocuments.ReadPortfolioEvaluationsAsync(stream, null, cancellationToken))
                        {
                            each(evaluation);
                            if ((++n & 255) == 0)
                            {
                                task.Value = stream.Position;
                            }
                        }

                        task.Value = stream.Length;
                    });
            }
            else
            {
                await foreach (var evaluation in JsonDocuments.ReadPortfolioEvaluationsAsync(stream, null, cancellationToken))
                {
                    each(evaluation);
                }
            }
        }
        catch (JsonContractException e)
        {
            Inputs.FailWithReport(ctx, path, e.Report);
            throw new CliStopException(ExitCodes.Findings);
        }
    }

    /// <summary>Every evaluation of the file in a list (for commands that need them all, e.g. compare).</summary>
    public static async Task<IReadOnlyList<Evaluation>> ReadAllAsync(CliContext ctx, string path, CancellationToken cancellationToken)
    {
        var list = new List<Evaluation>();
        await ForEachAsync(ctx, path, list.Add, cancellationToken);
        return list;
    }
}
