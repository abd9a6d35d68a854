using System;
using System.Threading.Tasks;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The peak memory of streaming a large portfolio. <see cref="GC.GetTotalMemory"/> counts the whole process, so this runs
/// alone (the collection below is not parallel): beside tests that read 64 MiB side files or 40 MB strings on purpose, it
/// measured their buffers too and failed at random (210 MB "growth" in one CI run).
/// </summary>
[Collection(ProcessMemoryCollection.Name)]
public class StreamingMemoryTests
{
    [Fact]
    public async Task ReadPortfolioEvaluationsAsync_OneHundredThousandEvaluations_PeakMemoryStaysBounded()
    {
        const int count = 100_000;
        var generated = StreamingTests.GeneratedPortfolio.Create(count);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        var read = 0;

        await foreach (var evaluation in JsonDocuments.ReadPortfolioEvaluationsAsync(generated))
        {
            read++;
            if (read % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.Equal(count, read);
        Assert.True(generated.Position > 50_000_000, $"The generated document has only {generated.Position} bytes.");
        // The buffers stay within 8 MB whatever the size; what grows is the set of evaluation ids the duplicate-id check
        // keeps (PortfolioEvaluationCheck, the same check as the document reader's): allowed 128 bytes per id.
        var growth = peak - baseline;
        Assert.True(growth < (8 * 1024 * 1024) + (count * 128L), $"Live managed memory grew by {growth} bytes while streaming {generated.Position} bytes.");
    }
}

/// <summary>Tests that measure the memory of the whole process do not run in parallel with anything.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    public const string Name = "process-memory";
}
