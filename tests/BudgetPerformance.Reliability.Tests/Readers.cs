using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>The readers of untrusted input, by name, each run so that the only acceptable outcomes are a value or a report.</summary>
internal static class Readers
{
    public static readonly string[] Kinds = ["indicator-framework", "performance-target", "evaluation", "portfolio", "portfolio-stream", "rule-set", "working-day-calendar"];

    /// <summary>Reads the input with the named reader; returns "valid" or the report's codes. Throws <see cref="ReaderFailure"/> when the reader
    /// threw anything but its documented report exception, or reported an internal error (an exception it caught).</summary>
    public static string Read(string kind, byte[] input) => kind switch
    {
        "indicator-framework" => Document(JsonDocuments.IndicatorFramework, input),
        "performance-target" => Document(JsonDocuments.PerformanceTarget, input),
        "evaluation" => Document(JsonDocuments.Evaluation, input),
        "portfolio" => Document(JsonDocuments.Portfolio, input),
        "rule-set" => Document(JsonDocuments.RuleSet, input),
        "portfolio-stream" => Stream(input),
        "working-day-calendar" => Calendar(input),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reader."),
    };

    private static string Document<T>(JsonDocumentFormat<T> format, byte[] input)
        where T : class
    {
        bool ok;
        T? value;
        ValidationReport report;
        try
        {
            ok = format.TryRead(input, out value, out report);
        }
        catch (Exception ex)
        {
            throw new ReaderFailure($"{format.Kind}: TryRead threw {ex}", ex);
        }

        if (ok)
        {
            if (value is null || !report.IsValid)
            {
                throw new ReaderFailure($"{format.Kind}: TryRead returned true without a value or with a report: {report}");
            }

            // A valid document writes canonically and reads back to the same bytes.
            var bytes = format.WriteToUtf8Bytes(value);
            if (!format.TryRead(bytes, out var again, out var second) || !bytes.AsSpan().SequenceEqual(format.WriteToUtf8Bytes(again)))
            {
                throw new ReaderFailure($"{format.Kind}: a valid document does not round-trip: {second}");
            }

            return "valid";
        }

        return Codes(format.Kind, report);
    }

    private static string Stream(byte[] input)
    {
        try
        {
            return Task.Run(async () =>
            {
                var count = 0;
                await foreach (var e in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(input)))
                {
                    count++;
                }

                return "valid " + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }).GetAwaiter().GetResult();
        }
        catch (JsonContractException ex)
        {
            return Codes("portfolio-stream", ex.Report);
        }
        catch (Exception ex)
        {
            throw new ReaderFailure($"portfolio-stream threw {ex}", ex);
        }
    }

    private static string Calendar(byte[] input)
    {
        bool ok;
        ValidationReport report;
        try
        {
            ok = JsonDocuments.WorkingDayCalendar.TryRead(input, out _, out report);
        }
        catch (Exception ex)
        {
            throw new ReaderFailure($"working-day-calendar: TryRead threw {ex}", ex);
        }

        if (ok == !report.IsValid)
        {
            throw new ReaderFailure("working-day-calendar: a calendar with problems, or no calendar and no problem.");
        }

        return ok ? "valid" : string.Join(",", report.Problems.Select(p => p.Code).Distinct().Order(StringComparer.Ordinal));
    }

    private static string Codes(string kind, ValidationReport report)
    {
        if (report.IsValid || report.Problems.Count == 0)
        {
            throw new ReaderFailure($"{kind}: not read, yet the report is empty.");
        }

        if (report.Problems.Any(e => e.Code == ProblemCodes.InternalError))
        {
            throw new ReaderFailure($"{kind}: internal error (an exception caught inside the reader): {report}");
        }

        return string.Join(",", report.Problems.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal));
    }
}

/// <summary>A reader broke its contract.</summary>
internal sealed class ReaderFailure(string message, Exception? inner = null) : Exception(message, inner);
