using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BudgetPerformance.Reliability.Host;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>
/// Same input, same bytes: <see cref="CanonicalOutput"/> (rule sets, portfolio, scoring results of 600 generated evaluations under two
/// rule sets, explanations, disclosure JSON and CSV, annual report text) across thread counts, cultures and processes.
/// </summary>
[Collection(CultureCollection.Name)]
public class DeterminismTests
{
    private static readonly Lazy<byte[]> Baseline = new(() => WithCulture(CultureInfo.InvariantCulture, () => CanonicalOutput.Produce(1)));

    public static TheoryData<string> Cultures => new() { "zh-CN", "en-US", "de-DE", "tr-TR", "invariant" };

    [Fact]
    public void Produce_Baseline_CoversEverySection()
    {
        var text = System.Text.Encoding.UTF8.GetString(Baseline.Value);
        foreach (var section in new[] { "rule-set national-2020", "results national", "results alternative", "explanations national", "portfolio results", "disclosure json", "disclosure results csv", "annual report" })
        {
            Assert.Contains("=== " + section + "\n", text, StringComparison.Ordinal);
        }

        // Decimals keep their scale and use a point, whatever the culture: the output really contains numbers with fractions.
        Assert.Matches("\"total\": [0-9]+\\.[0-9]{2}", text);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(32)]
    public void Produce_SeveralThreads_SameBytesAsOneThread(int threads)
    {
        var bytes = CanonicalOutput.Produce(threads);
        AssertSameBytes(Baseline.Value, bytes);
    }

    [Fact]
    public void Produce_ManyConcurrentCallers_SameBytes()
    {
        // Eight callers at once share the lazily loaded presets and the scorers' caches.
        var outputs = new byte[8][];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => outputs[i] = CanonicalOutput.Produce(1 + (i % 3)));
        foreach (var output in outputs)
        {
            AssertSameBytes(Baseline.Value, output);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Produce_CurrentCulture_SameBytesAsInvariant(string culture)
    {
        var info = culture == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        var bytes = WithCulture(info, () => CanonicalOutput.Produce(4));
        AssertSameBytes(Baseline.Value, bytes);
    }

    [Fact]
    public void Produce_TwoProcesses_SameBytesAsThisProcess()
    {
        var first = RunHost("tr-TR", 1);
        var second = RunHost("zh-CN", 2);
        AssertSameBytes(first, second);
        AssertSameBytes(Baseline.Value, first);
    }

    internal static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (c, ui, dc, dui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (c, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (dc, dui);
        }
    }

    private static byte[] RunHost(string culture, int threads)
    {
        var dll = HostDll();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "exec", dll, culture, threads.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        using var output = new MemoryStream();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "The host did not finish within two minutes.");
        Assert.True(process.ExitCode == 0, $"The host exited with {process.ExitCode}: {stderr.Result}");
        return output.ToArray();
    }

    private static string HostDll()
    {
        // The host's own output folder (it has its runtimeconfig.json and deps.json), built with the same configuration.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var dll = Path.Combine(ConventionTests.RepositoryRoot(), "tests", "BudgetPerformance.Reliability.Host", "bin", configuration, tfm, "BudgetPerformance.Reliability.Host.dll");
        Assert.True(File.Exists(dll), "Build the solution first: " + dll + " is missing.");
        return dll;
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var at = 0;
        while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at])
        {
            at++;
        }

        string Around(byte[] b) => System.Text.Encoding.UTF8.GetString(b, Math.Max(0, at - 200), Math.Min(b.Length, at + 200) - Math.Max(0, at - 200));
        Assert.Fail($"The outputs differ at byte {at} (lengths {expected.Length} and {actual.Length}).\nexpected: …{Around(expected)}…\nactual:   …{Around(actual)}…");
    }
}

/// <summary>Tests that change the current culture do not run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CultureCollection
{
    public const string Name = "culture";
}
