using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>
/// The two streaming readers give one verdict (issue 18, items 1 and 2): for any mutation of the example portfolio,
/// <see cref="JsonDocuments.ReadPortfolioEntriesAsync"/> never throws, yields its entries in document order with at most
/// one that stops the reading (the last), and agrees with <see cref="JsonDocuments.ReadPortfolioEvaluationsAsync"/> up to
/// the first refusal: the same evaluations before it, and that refusal's problems are what the throwing reader throws.
/// </summary>
public class StreamEntryAgreementTests
{
    private static readonly Lazy<byte[]> Seed = new(() => MalformedDocumentTests.Example("portfolio.json"));

    private static Gen<(int Seed, int Count)> Case =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from count in Gen.Choose(1, 3)
        select (seed, count);

    [Property(MaxTest = 400)]
    public Property ReadPortfolioEntriesAsync_MutatedPortfolio_AgreesWithTheThrowingReaderUpToTheFirstRefusal() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var input = Mutations.Mutate(Seed.Value, c.Seed, c.Count);
            var entries = Task.Run(() => Entries(input)).GetAwaiter().GetResult();
            var (thrownBefore, thrown) = Task.Run(() => Throwing(input)).GetAwaiter().GetResult();

            Assert.DoesNotContain(entries, e => e.Report.Problems.Any(p => p.Code == ProblemCodes.InternalError));
            Assert.All(entries, e => Assert.Equal(e.IsRefused, !e.Report.IsValid));
            Assert.True(entries.Take(entries.Count - 1).All(e => !e.StopsReading), "only the last entry may stop the reading");
            var indices = entries.Where(e => e.Index is not null).Select(e => e.Index!.Value).ToList();
            Assert.Equal(Enumerable.Range(0, indices.Count), indices); // one entry per evaluation, none skipped

            var firstRefusal = entries.FindIndex(e => e.IsRefused);
            var before = (firstRefusal < 0 ? entries : entries.Take(firstRefusal)).Select(e => JsonDocuments.Evaluation.Write(e.Evaluation!));
            Assert.Equal(before, thrownBefore);
            if (firstRefusal < 0)
            {
                Assert.Null(thrown);
            }
            else
            {
                Assert.NotNull(thrown);
                Assert.Equal(
                    entries[firstRefusal].Report.Problems.Select(p => (p.Code, p.Location.JsonPath)),
                    thrown!.Problems.Select(p => (p.Code, p.Location.JsonPath)));
            }
        });

    private static async Task<List<PortfolioStreamEntry>> Entries(byte[] input)
    {
        var list = new List<PortfolioStreamEntry>();
        await foreach (var entry in JsonDocuments.ReadPortfolioEntriesAsync(new MemoryStream(input)))
        {
            list.Add(entry);
        }

        return list;
    }

    private static async Task<(List<string> Before, ValidationReport? Thrown)> Throwing(byte[] input)
    {
        var list = new List<string>();
        try
        {
            await foreach (var evaluation in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(input)))
            {
                list.Add(JsonDocuments.Evaluation.Write(evaluation));
            }
        }
        catch (JsonContractException ex)
        {
            return (list, ex.Report);
        }

        return (list, null);
    }
}
