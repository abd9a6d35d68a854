using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// Reads a portfolio document from a stream, yielding one evaluation at a time. The buffer holds at most one
/// top-level value or one evaluation (it grows to the largest one, bounded by <see cref="JsonReadLimits.MaxDocumentBytes"/>).
/// </summary>
internal sealed partial class PortfolioStreamReader(Stream stream, JsonReadLimits limits)
{
    private static readonly string[] Required = ["kind", "schemaVersion", "year", "departments", "units", "sections", "spendingItems", "targets", "evaluations"];

    private static readonly JsonTypeInfo<EvaluationContract> EvaluationInfo = ContractJson.TypeInfo<EvaluationContract>();

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool final;
    private bool markChecked;
    private JsonReaderState state;
    private Phase phase;
    private int index;
    private FiscalYear? year;
    private List<Department?>? departments;
    private List<BudgetUnit?>? units;
    private List<InternalSection?>? sections;
    private List<SpendingItem?>? items;
    private List<PerformanceTarget?>? targets;
    private PortfolioEvaluationCheck? check;
    private string? refusedId;

    private enum Phase
    {
        Start,
        Root,
        Evaluations,
        Done,
    }

    private enum Step
    {
        Continue,
        Item,
        Refused,
        NeedMore,
        Done,
        Fail,
    }

    private string Where() => phase == Phase.Evaluations ? ProblemList.Index("$.evaluations", index) : "$";

    private async ValueTask<bool> FillAsync(ProblemList problems, CancellationToken cancellationToken)
    {
        if (final)
        {
            problems.Add(Messages.InputEndsBeforePortfolio, Where(), null);
            return false;
        }

        // What is pending belongs to one unit, so more than the limit pending is a unit too large (Fits checks one that came whole).
        var length = end - start;
        if (length > limits.MaxDocumentBytes)
        {
            TooLarge(problems);
            return false;
        }

        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, length);
            origin += start;
            start = 0;
            end = length;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, Math.Min(Array.MaxLength, limits.MaxDocumentBytes + 1)));
        }

        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
        end += read;
        final = read == 0;
        return true;
    }

    private Step Next(ProblemList problems, out Evaluation? evaluation)
    {
        evaluation = null;
        while (true)
        {
            var step = Unit(problems, ref evaluation);
            if (step == Step.NeedMore && !lookingAhead)
            {
                BytesExamined += end - start; // the unit's reader went through every pending byte in vain
            }

            if (step != Step.Continue)
            {
                return step;
            }
        }
    }

    // Reads one unit (the start, one property, one evaluation or an end); commits the reader only when the unit is complete.
    private Step Unit(ProblemList problems, ref Evaluation? evaluation)
    {
        if (phase == Phase.Start && !markChecked)
        {
            // A byte-order mark is skipped once, however the stream splits it.
            var available = end - start;
            if (available < 3 && !final && "\uFEFF"u8.StartsWith(buffer.AsSpan(start, available)))
            {
                return Step.NeedMore;
            }

            if (available >= 3 && buffer.AsSpan(start, 3).SequenceEqual("\uFEFF"u8))
            {
                start += 3;
            }

            markChecked = true;
        }

        if (!UnitAvailable())
        {
            return Step.NeedMore;
        }

        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        switch (phase)
        {
            case Phase.Start:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (!Fits(reader.BytesConsumed, problems))
                {
                    return Step.Fail;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    problems.Add(Messages.DocumentNotObject, "$", null, DocumentKinds.Portfolio);
                    return Step.Fail;
                }

                Commit(ref reader);
                phase = Phase.Root;
                return Step.Continue;

            case Phase.Root:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    if (!Fits(reader.BytesConsumed, problems))
                    {
                        return Step.Fail;
                    }

                    Commit(ref reader);
                    phase = Phase.Done;
                    return Finish(problems);
                }

                if (!SyntaxScanner.TryGetText(ref reader, out var name))
                {
                    problems.Add(Messages.PropertyNameNotText, "$", null);
                    return Step.Fail;
                }

                var at = ProblemList.Property("$", ProblemList.Shorten(name));
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (name == "evaluations" && seen.Add(name))
                {
                    if (!Fits(reader.BytesConsumed, problems))
                    {
                        return Step.Fail;
                    }

                    if (reader.TokenType == JsonTokenType.StartArray && limits.MaxDepth < 2)
                    {
                        TooDeep(at, problems);
                        return Step.Fail;
                    }

                    if (!seen.Contains("kind") || !seen.Contains("schemaVersion"))
                    {
                        problems.Add(Messages.StreamHeaderAfterEvaluations, "$.kind", null);
                        return Step.Fail;
                    }

                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        problems.Add(Messages.ArrayExpected, at, null);
                        return Step.Fail;
                    }

                    // Each evaluation is checked against the portfolio as it arrives, by the same check the whole-document
                    // reader runs (Portfolio.FindProblems): the year and the subjects must be known by then.
                    if (year is null || departments is null || units is null || sections is null || items is null)
                    {
                        string[] needed = ["year", "departments", "units", "sections", "spendingItems"];
                        problems.Add(Messages.StreamSubjectsAfterEvaluations, at, null, string.Join(", ", needed.Where(n => !seen.Contains(n))));
                        return Step.Fail;
                    }

                    check = new PortfolioEvaluationCheck(year.Value, departments.Cast<Subject>().Concat(units).Concat(sections).Concat(items)!);

                    Commit(ref reader);
                    phase = Phase.Evaluations;
                    return Step.Continue;
                }

                var probe = reader;
                if (!probe.TrySkip())
                {
                    return Step.NeedMore;
                }

                if (!Fits(probe.BytesConsumed, problems))
                {
                    return Step.Fail;
                }

                var text = buffer.AsSpan(start + (int)reader.TokenStartIndex, (int)(probe.BytesConsumed - reader.TokenStartIndex));
                if (SyntaxScanner.FindInvalidText(text, at, problems))
                {
                    return Step.Fail;
                }

                if (SyntaxScanner.FindTooDeep(text, reader.CurrentDepth, limits.MaxDepth, at) is { } deep)
                {
                    TooDeep(deep, problems);
                    return Step.Fail;
                }

                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    Commit(ref reader);
                    return Property(name, at, document.RootElement, problems);
                }

            case Phase.Evaluations:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    if (!Fits(reader.BytesConsumed, problems))
                    {
                        return Step.Fail;
                    }

                    Commit(ref reader);
                    phase = Phase.Root;
                    return Step.Continue;
                }

                var copy = reader;
                if (!copy.TrySkip())
                {
                    return Step.NeedMore;
                }

                if (!Fits(copy.BytesConsumed, problems))
                {
                    return Step.Fail;
                }

                // The evaluation is complete in the buffer: validate and read it from there, without a copy or a DOM. A refused
                // evaluation is passed whole (the reader is committed past it), so that the reading goes on with the next one.
                var value = buffer.AsSpan(start + (int)reader.TokenStartIndex, (int)(copy.BytesConsumed - reader.TokenStartIndex));
                var isNull = reader.TokenType == JsonTokenType.Null;
                Commit(ref copy);
                var path = ProblemList.Index("$.evaluations", index);
                if (SyntaxScanner.FindInvalidText(value, path, problems))
                {
                    evaluation = null;
                }
                else if (SyntaxScanner.FindTooDeep(value, reader.CurrentDepth, limits.MaxDepth, path) is { } tooDeep)
                {
                    TooDeep(tooDeep, problems);
                    evaluation = null;
                }
                else
                {
                    evaluation = Evaluation(value, isNull, path, problems);
                }

                index++;
                if (evaluation is not null)
                {
                    return Step.Item;
                }

                refusedId = IdOf(value);
                return Step.Refused;

            default:
                // Only blanks may follow the document, as for the document reader: the reader throws at anything else.
                reader.Read();
                Commit(ref reader);
                return final ? Step.Done : Step.NeedMore;
        }
    }
}
