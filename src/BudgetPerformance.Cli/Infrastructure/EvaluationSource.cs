using System;
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

    /// <summary>
    /// Calls <paramref name="each"/> for every evaluation that is valid and <paramref name="refused"/> for every one that is
    /// not (it is named on standard error by <see cref="Refusals"/>): a bad evaluation of a portfolio does not stop the
    /// others, and a problem that ends the reading (truncated or malformed JSON) is the last refusal. Never stops the
    /// command for bad data, so that a result document can always be closed.
    /// </summary>
    public static async Task ForEachAsync(CliContext ctx, string path, Action<Evaluation> each, Refusals refused, CancellationToken cancellationToken)
    {
        var kind = RequireKind(ctx, path, "bpm");
        if (kind == DocumentKinds.Evaluation)
        {
            await using var single = Inputs.Open(ctx, path);
            if (JsonDocuments.Evaluation.TryRead(single, out var evaluation, out var report))
            {
                each(evaluation);
            }
            else
            {
                refused.Add(new PortfolioStreamEntry(null, null, null, report, false));
            }

            return;
        }

        await using var stream = Inputs.Open(ctx, path);
        var showProgress = ctx.ErrorIsTerminal && stream.Length >= ProgressThresholdBytes;
        if (showProgress)
        {
            var errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await errorConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(ctx.T("读取", "reading"), maxValue: stream.Length);
                    var n = 0;
                    await foreach (var entry in JsonDocuments.ReadPortfolioEntriesAsync(stream, null, cancellationToken))
                    {
                        Dispatch(entry, each, refused);
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
            await foreach (var entry in JsonDocuments.ReadPortfolioEntriesAsync(stream, null, cancellationToken))
            {
                Dispatch(entry, each, refused);
            }
        }
    }

    private static void Dispatch(PortfolioStreamEntry entry, Action<Evaluation> each, Refusals refused)
    {
        if (entry.Evaluation is { } evaluation)
        {
            each(evaluation);
        }
        else
        {
            refused.Add(entry);
        }
    }
}
