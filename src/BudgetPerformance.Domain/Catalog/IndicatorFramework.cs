using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Catalog;

/// <summary>
/// An indicator framework (指标体系): an indicator tree with a scope, an origin and, for every node, its provenance.
/// The library ships the national common frameworks and one individual library as built-in data
/// (<c>IndicatorCatalog</c>, package BudgetPerformance.Json); integrators build or load their own.
/// </summary>
/// <remarks>
/// <para>Invariants: an individual framework names its sector and a common one does not; every node of the tree
/// has exactly one provenance entry; the budget-execution points are at least 0.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorFramework
{
    private readonly Dictionary<IndicatorCode, Provenance> provenance;

    /// <summary>Creates a framework.</summary>
    /// <param name="id">A stable id of lower-case ASCII letters, digits and '-'.</param>
    /// <param name="title">The title.</param>
    /// <param name="scope">The scope.</param>
    /// <param name="origin">Common or individual.</param>
    /// <param name="sector">The sector of an individual library; null for a common framework.</param>
    /// <param name="source">The citation of the framework as a whole.</param>
    /// <param name="budgetExecutionPoints">Points reserved outside the tree for budget execution (10 in the
    /// self-evaluation template), or 0 when the framework has no such block.</param>
    /// <param name="tree">The indicator tree.</param>
    /// <param name="provenance">The provenance of every node of <paramref name="tree"/>, by node code.</param>
    public IndicatorFramework(
        string id,
        LocalizedName title,
        FrameworkScope scope,
        FrameworkOrigin origin,
        Sector? sector,
        string source,
        decimal budgetExecutionPoints,
        IndicatorTree tree,
        IReadOnlyDictionary<IndicatorCode, Provenance> provenance)
    {
        Guard.Against.Null(id);
        Guard.Against.InvalidWhen(!IndicatorClass.IsValidCode(id), nameof(id), $"'{id}' is not a valid framework id.");
        Guard.Against.Uncreated(title);
        Guard.Against.Undefined(scope);
        Guard.Against.Undefined(origin);
        Guard.Against.InvalidWhen((origin == FrameworkOrigin.Individual) != sector.HasValue, nameof(sector), "An individual framework names its sector; a common framework does not.");
        Guard.Against.Blank(source);
        Guard.Against.BelowZero(budgetExecutionPoints);
        Guard.Against.Null(tree);
        Guard.Against.Null(provenance);

        Guard.Against.Invariant(FindProvenanceProblems(id, tree, provenance), nameof(provenance));

        Id = id;
        Title = title;
        Scope = scope;
        Origin = origin;
        Sector = sector;
        Source = source;
        BudgetExecutionPoints = budgetExecutionPoints;
        Tree = tree;
        this.provenance = new Dictionary<IndicatorCode, Provenance>(provenance);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedName Title { get; }

    /// <summary>The scope.</summary>
    public FrameworkScope Scope { get; }

    /// <summary>Common or individual.</summary>
    public FrameworkOrigin Origin { get; }

    /// <summary>The sector of an individual library, or null.</summary>
    public Sector? Sector { get; }

    /// <summary>The citation of the framework as a whole.</summary>
    public string Source { get; }

    /// <summary>Points reserved outside the tree for budget execution, or 0.</summary>
    public decimal BudgetExecutionPoints { get; }

    /// <summary>The indicator tree.</summary>
    public IndicatorTree Tree { get; }

    /// <summary>The total of the framework: tree points plus budget-execution points.</summary>
    public decimal TotalPoints => Tree.TotalPoints + BudgetExecutionPoints;

    /// <summary>Whether every node is verified.</summary>
    public bool IsFullyVerified => provenance.Values.All(p => p.IsVerified);

    /// <summary>The provenance of a node of any level.</summary>
    /// <param name="code">The node code.</param>
    /// <exception cref="KeyNotFoundException">The tree has no such node.</exception>
    public Provenance GetProvenance(IndicatorCode code) =>
        provenance.TryGetValue(code, out var p) ? p : throw new KeyNotFoundException($"Framework {Id} has no node {code}.");

    /// <summary>The id and title.</summary>
    public override string ToString() => $"{Id} {Title.Chinese}";

    // Every node of the tree has provenance, and provenance names only nodes of the tree.
    private static IEnumerable<Problem> FindProvenanceProblems(string id, IndicatorTree tree, IReadOnlyDictionary<IndicatorCode, Provenance> provenance)
    {
        var codes = AllCodes(tree).ToList();
        foreach (var code in codes)
        {
            if (!provenance.TryGetValue(code, out var p) || p == default)
            {
                yield return Messages.NodeWithoutProvenance.OfIndicator(code.ToString(), code, id);
            }
        }

        var known = codes.ToHashSet();
        foreach (var code in provenance.Keys)
        {
            if (!known.Contains(code))
            {
                yield return Messages.ProvenanceOfUnknownNode.OfIndicator(code.ToString(), id, code);
            }
        }
    }

    private static IEnumerable<IndicatorCode> AllCodes(IndicatorTree tree)
    {
        foreach (var one in tree.Groups)
        {
            yield return one.Code;
            foreach (var two in one.Children)
            {
                // A level-2 node the form does not print shares its level-1 node's code (and provenance).
                if (two.IsPrinted)
                {
                    yield return two.Code;
                }

                foreach (var three in two.Children)
                {
                    yield return three.Code;
                }
            }
        }
    }
}
