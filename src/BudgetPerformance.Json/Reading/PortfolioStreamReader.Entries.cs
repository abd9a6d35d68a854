using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

/// <content>
/// The entries: each evaluation, read or refused, and the problem that ends the reading. A refused evaluation that came
/// whole is passed (the reader is committed past it), so one bad evaluation costs only itself.
/// </content>
internal sealed partial class PortfolioStreamReader
{
    internal async IAsyncEnumerable<Evaluation> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in ReadEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Evaluation is null)
            {
                throw new JsonContractException(entry.Report);
            }

            yield return entry.Evaluation;
        }
    }

    internal async IAsyncEnumerable<PortfolioStreamEntry> ReadEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // No depth limit here: the depth of each value is checked with its path (TooDeep), as the syntax scan of the document
        // reader does; with the limit plus one, a value deeper than that failed as malformed JSON, and one just deeper than the
        // limit passed.
        state = new JsonReaderState(new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problems = new ProblemList();
            Step step;
            Evaluation? evaluation = null;
            try
            {
                step = Next(problems, out evaluation);
            }
            catch (JsonException ex)
            {
                problems.Add(Messages.JsonMalformed, Where(), null, ex.Message);
                step = Step.Fail;
            }
            catch (InvalidOperationException ex) when (SyntaxScanner.IsInvalidUtf8(ex))
            {
                problems.Add(Messages.InputNotUtf8, Where(), null);
                step = Step.Fail;
            }
            catch (OverflowException)
            {
                problems.Add(Messages.SumOutsideDecimal, Where(), null);
                step = Step.Fail;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                problems.Add(Messages.ReadingFailed, Where(), null, ex.GetType().Name, ex.Message);
                step = Step.Fail;
            }

            // An if chain rather than a switch: a mutant removing a case's throw would fall through, fail to compile and
            // make the mutation tool drop every mutant of this method (safe mode). (A comment line may not start with the
            // tool's name: it would read it as one of its directives.)
            if (step == Step.Item)
            {
                yield return new PortfolioStreamEntry(evaluation!, index - 1, evaluation!.Id, ValidationReport.Valid, false);
            }
            else if (step == Step.Refused)
            {
                // The evaluation was complete and has been passed: the reading goes on with the next one.
                yield return new PortfolioStreamEntry(null, index - 1, refusedId, problems.ToReport(), false);
            }
            else if (step == Step.NeedMore)
            {
                if (!await FillAsync(problems, cancellationToken).ConfigureAwait(false))
                {
                    yield return Stop(problems);
                    yield break;
                }
            }
            else if (step == Step.Done)
            {
                yield break;
            }
            else
            {
                yield return Stop(problems);
                yield break;
            }
        }
    }

    private PortfolioStreamEntry Stop(ProblemList problems)
    {
        var at = phase == Phase.Evaluations ? index : (int?)null;
        phase = Phase.Done;
        return new PortfolioStreamEntry(null, at, null, problems.ToReport(), true);
    }

    // The id of a refused evaluation, when its bytes hold a top-level "id" that is text: a best effort, never a throw.
    private static string? IdOf(ReadOnlySpan<byte> value)
    {
        try
        {
            var reader = new Utf8JsonReader(value, new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId && reader.TokenType == JsonTokenType.String && SyntaxScanner.TryGetText(ref reader, out var id))
                {
                    return ProblemList.Shorten(id);
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // The bytes were refused already; the id is only a help to find them.
        }

        return null;
    }
}
