using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace BudgetPerformance.Conventions.Tests;

/// <summary>
/// The three layers and their one direction (docs/contributing.md, "The layers"): the Domain is the model and needs
/// nothing of ours; Scoring is behaviour over the model; Json holds the documents and the output contracts of results;
/// the CLI hosts them. The model knows nothing of JSON or of files.
/// </summary>
public class LayerTests
{
    private static readonly Assembly Domain = typeof(BudgetPerformance.Rules.RuleSet).Assembly;
    private static readonly Assembly Scoring = typeof(BudgetPerformance.Scoring.EvaluationScorer).Assembly;
    private static readonly Assembly Json = typeof(BudgetPerformance.Json.JsonDocuments).Assembly;

    [Fact]
    public void Assemblies_AreTheThreePackages()
    {
        Assert.Equal(
            ["BudgetPerformance.Domain", "BudgetPerformance.Json", "BudgetPerformance.Scoring"],
            new[] { Domain, Json, Scoring }.Select(a => a.GetName().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Domain_ReferencesNoneOfOurAssemblies() => Assert.Empty(OurReferences(Domain));

    [Fact]
    public void Scoring_ReferencesTheDomainOnly() => Assert.Equal(["BudgetPerformance.Domain"], OurReferences(Scoring));

    [Fact]
    public void Json_ReferencesTheDomainAndScoring() =>
        Assert.Equal(["BudgetPerformance.Domain", "BudgetPerformance.Scoring"], OurReferences(Json));

    [Fact]
    public void Domain_ReferencesNoJsonLibrary()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.Contains("Json", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(TypeReferences(Domain), t => t.Namespace.StartsWith("System.Text.Json", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_DoesNoIo()
    {
        // The one System.IO type the model may name is InvalidDataException (bad text given to a parser), which is not I/O.
        var io = TypeReferences(Domain)
            .Where(t => t.Namespace.StartsWith("System.IO", StringComparison.Ordinal) || t.Namespace.StartsWith("System.Net", StringComparison.Ordinal))
            .Where(t => t.FullName != "System.IO.InvalidDataException")
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(io);
    }

    [Fact]
    public void ScoringAndDomain_HaveNoEmbeddedResources()
    {
        // Presets and built-in frameworks are documents: they ship in the Json package.
        Assert.Empty(Domain.GetManifestResourceNames());
        Assert.Empty(Scoring.GetManifestResourceNames());
        Assert.NotEmpty(Json.GetManifestResourceNames());
    }

    [Fact]
    public void TypeReferences_SeesWhatAnAssemblyUses()
    {
        // The check above is only as good as the reader: the Json assembly does use System.Text.Json and streams.
        var json = TypeReferences(Json).Select(t => t.FullName).ToList();
        Assert.Contains("System.Text.Json.Utf8JsonReader", json);
        Assert.Contains("System.IO.Stream", json);
    }

    private static List<string> OurReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("BudgetPerformance", StringComparison.Ordinal) || n == "bpm")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static List<(string Namespace, string FullName)> TypeReferences(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var result = new List<(string, string)>();
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            var ns = reader.GetString(type.Namespace);
            var name = reader.GetString(type.Name);
            result.Add((ns, ns.Length == 0 ? name : ns + "." + name));
        }

        return result;
    }
}
