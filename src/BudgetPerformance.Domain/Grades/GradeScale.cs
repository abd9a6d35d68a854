using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance;

/// <summary>
/// A set of half-open grade bands that covers the scores from 0 to 100 exactly once: every band is
/// [lower, upper), the top band is [lower, 100], the bands are contiguous (each upper edge is the next band's
/// lower edge), and a higher band never has a worse grade.
/// </summary>
/// <remarks>
/// <para>Half-open bands close the gap that "90–100, 80–89, 60–79, 0–59" leaves at 89.5. A scale classifies the
/// score it is given; rounding the total first is the rule set's job, and the scoring package does it.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class GradeScale : IEquatable<GradeScale>
{
    /// <summary>The lowest score of every scale, 0 (inclusive).</summary>
    public const decimal Minimum = 0m;

    /// <summary>The highest score of every scale, 100 (inclusive).</summary>
    public const decimal Maximum = 100m;

    private readonly GradeBand[] bands;

    /// <summary>Creates a scale from bands in any order.</summary>
    /// <param name="bands">The bands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="ArgumentException">The bands overlap, leave a gap, do not start at 0 or end at 100, repeat a grade,
    /// or give a higher band a worse grade. The message names the first problem; <see cref="FindProblems"/> lists them all.</exception>
    public GradeScale(IEnumerable<GradeBand> bands)
    {
        Preconditions.CheckNotNull(bands);
        var sorted = bands.OrderBy(b => b.Lower).ThenBy(b => b.Upper).ToArray();
        var problems = FindProblems(sorted);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0], nameof(bands));
        }

        this.bands = sorted;
        Bands = new ReadOnlyCollection<GradeBand>(this.bands);
    }

    /// <summary>
    /// The national scale of 财预〔2020〕10号: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60).
    /// </summary>
    public static GradeScale National2020 { get; } = new(
    [
        new GradeBand(Grade.Poor, 0m, 60m),
        new GradeBand(Grade.Fair, 60m, 80m),
        new GradeBand(Grade.Good, 80m, 90m),
        new GradeBand(Grade.Excellent, 90m, 100m),
    ]);

    /// <summary>The bands, from the lowest to the highest.</summary>
    public IReadOnlyList<GradeBand> Bands { get; }

    /// <summary>
    /// Lists every problem that prevents <paramref name="bands"/> from forming a scale (empty when they form one).
    /// </summary>
    /// <param name="bands">The candidate bands, in any order.</param>
    public static IReadOnlyList<string> FindProblems(IEnumerable<GradeBand> bands)
    {
        Preconditions.CheckNotNull(bands);
        var sorted = bands.OrderBy(b => b.Lower).ThenBy(b => b.Upper).ToArray();
        var problems = new List<string>();
        if (sorted.Length == 0)
        {
            problems.Add("A grade scale needs at least one band.");
            return problems;
        }

        if (sorted[0].Lower != Minimum)
        {
            problems.Add(Invariant($"The lowest band starts at {sorted[0].Lower}, not at {Minimum}: scores below it have no grade."));
        }

        if (sorted[^1].Upper != Maximum)
        {
            problems.Add(Invariant($"The highest band ends at {sorted[^1].Upper}, not at {Maximum}."));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            var previous = sorted[i - 1];
            var current = sorted[i];
            if (current.Lower < previous.Upper)
            {
                problems.Add(Invariant($"The bands {previous} and {current} overlap."));
            }
            else if (current.Lower > previous.Upper)
            {
                problems.Add(Invariant($"The scores from {previous.Upper} to {current.Lower} have no band (a gap between {previous} and {current})."));
            }

            if (current.Grade <= previous.Grade)
            {
                problems.Add(Invariant($"The band {current} is above {previous} but its grade is not better."));
            }
        }

        return problems;
    }

    /// <summary>The band that contains <paramref name="score"/>.</summary>
    /// <param name="score">A score in [0, 100].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is below 0 or above 100.</exception>
    public GradeBand BandOf(decimal score)
    {
        if (score < Minimum || score > Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A graded score must lie in [0, 100].");
        }

        // Bands are few (at most four grades); a linear scan from the top is cheapest and allocation-free.
        for (var i = bands.Length - 1; i >= 0; i--)
        {
            if (score >= bands[i].Lower)
            {
                return bands[i];
            }
        }

        return bands[0];
    }

    /// <summary>The grade of <paramref name="score"/>.</summary>
    /// <param name="score">A score in [0, 100].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is below 0 or above 100.</exception>
    public Grade Classify(decimal score) => BandOf(score).Grade;

    /// <inheritdoc/>
    public bool Equals(GradeScale? other) => other is not null && bands.AsSpan().SequenceEqual(other.bands);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GradeScale);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var band in bands)
        {
            hash.Add(band);
        }

        return hash.ToHashCode();
    }

    /// <summary>The bands, for example <c>Poor [0, 60), Fair [60, 80), ...</c>.</summary>
    public override string ToString() => string.Join(", ", bands.Select(b => b.ToString()));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
