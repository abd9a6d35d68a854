using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace BudgetPerformance.Conventions.Tests;

/// <summary>
/// The files show the design (issue "One house", items 6 and 8; docs/contributing.md): in every library and the CLI, one
/// top-level type per file, the file named after it (a partial part as <c>Type.Concern.cs</c>); the namespace follows the
/// folder; no source file over 400 lines; argument checks in one idiom, <c>Guard.Against</c> (Ardalis.GuardClauses and the
/// project's clauses in <c>ProjectGuards</c>), not hand-written throws.
/// </summary>
public partial class SourceLayoutTests
{
    private const int MaximumLines = 400;

    private static readonly (string Project, string RootNamespace)[] Projects =
    [
        ("BudgetPerformance.Domain", "BudgetPerformance"),
        ("BudgetPerformance.Scoring", "BudgetPerformance.Scoring"),
        ("BudgetPerformance.Json", "BudgetPerformance.Json"),
        ("BudgetPerformance.Cli", "BudgetPerformance.Cli"),
    ];

    private static readonly string[] Libraries = ["BudgetPerformance.Domain", "BudgetPerformance.Scoring", "BudgetPerformance.Json"];

    [Fact]
    public void EveryFile_HoldsOneTopLevelType_NamedAfterIt()
    {
        var wrong = new List<string>();
        foreach (var (file, relative, _) in SourceFiles(Projects.Select(p => p.Project)))
        {
            var types = TopLevelTypes(File.ReadAllText(file)).Distinct(StringComparer.Ordinal).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            var typeName = name.Split('.')[0];
            if (types.Count > 1)
            {
                wrong.Add($"{relative}: {types.Count} types ({string.Join(", ", types)})");
            }
            else if (types.Count == 1 && types[0] != typeName)
            {
                wrong.Add($"{relative}: holds {types[0]}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryNamespace_FollowsItsFolder()
    {
        var wrong = new List<string>();
        foreach (var (project, root) in Projects)
        {
            foreach (var (file, relative, inProject) in SourceFiles([project]))
            {
                var folder = Path.GetDirectoryName(inProject)!.Replace(Path.DirectorySeparatorChar, '.');
                var expected = folder.Length == 0 ? root : root + "." + folder;
                var declared = NamespacePattern().Match(File.ReadAllText(file));
                if (declared.Success && declared.Groups[1].Value != expected)
                {
                    wrong.Add($"{relative}: namespace {declared.Groups[1].Value}, folder says {expected}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void NoSourceFile_IsLongerThan400Lines()
    {
        var longer = SourceFiles(Projects.Select(p => p.Project))
            .Select(f => (f.Relative, Lines: File.ReadAllLines(f.Path).Length))
            .Where(f => f.Lines > MaximumLines)
            .Select(f => $"{f.Relative}: {f.Lines} lines")
            .ToList();
        Assert.Empty(longer);
    }

    [Fact]
    public void ArgumentChecks_AreGuardClauses_InEveryLibrary()
    {
        var handWritten = new List<string>();
        foreach (var (file, relative, _) in SourceFiles(Libraries))
        {
            if (relative.EndsWith("ProjectGuards.cs", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (HandWrittenCheckPattern().IsMatch(lines[i]) && !lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
                {
                    handWritten.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.Empty(handWritten);
    }

    [Fact]
    public void NoLibraryOrCommand_CatchesAnArgumentException_ForControlFlow()
    {
        // Bad data is found by asking the model (FindProblems), not by building and catching; only bpm's outermost
        // handler (BpmApp) turns an unexpected argument error into a clean exit.
        var catches = SourceFiles([.. Libraries, "BudgetPerformance.Cli"])
            .Where(f => !f.Relative.EndsWith("/BpmApp.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f.Path).Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => CatchPattern().IsMatch(l.Text))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(catches);
    }

    [Fact]
    public void TheScanners_SeeWhatTheyLookFor()
    {
        // The tests above can fail: the scanners find two types, a namespace and a hand-written throw.
        const string Source = """
            namespace BudgetPerformance.Values;

            /// <summary>A.</summary>
            public sealed class A
            {
                private sealed class Nested { }
                public void M(string x) { if (x is null) throw new ArgumentNullException(nameof(x)); }
            }

            internal readonly record struct B(int X);
            """;
        Assert.Equal(["A", "B"], TopLevelTypes(Source));
        Assert.Equal("BudgetPerformance.Values", NamespacePattern().Match(Source).Groups[1].Value);
        Assert.Single(Source.Split('\n'), HandWrittenCheckPattern().IsMatch);
        Assert.Matches(CatchPattern(), "catch (ArgumentException e)");
        Assert.DoesNotMatch(CatchPattern(), "catch (JsonException e)");
    }

    private static IEnumerable<string> TopLevelTypes(string source) =>
        TypePattern().Matches(source).Select(m => m.Groups["name"].Value);

    private static IEnumerable<(string Path, string Relative, string InProject)> SourceFiles(IEnumerable<string> projects)
    {
        var root = ImmutabilityTests.RepositoryRoot();
        foreach (var project in projects)
        {
            var directory = Path.Combine(root, "src", project);
            foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var inProject = Path.GetRelativePath(directory, file);
                var first = inProject.Split(Path.DirectorySeparatorChar)[0];
                if (first is "obj" or "bin")
                {
                    continue;
                }

                yield return (file, Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), inProject);
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:public|internal|file|sealed|static|abstract|partial|readonly|ref|unsafe)\s+)*(?:class|struct|interface|enum|record(?:\s+(?:class|struct))?|delegate\s+[\w<>?,\s\[\]]+?)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"catch \((System\.)?(Argument(Null|OutOfRange)?Exception|DomainInvariantException)\b")]
    private static partial Regex CatchPattern();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"throw new (System\.)?Argument(Null|OutOfRange)?Exception\(|Argument(Null|OutOfRange)?Exception\.ThrowIf|\bPreconditions\.")]
    private static partial Regex HandWrittenCheckPattern();
}
