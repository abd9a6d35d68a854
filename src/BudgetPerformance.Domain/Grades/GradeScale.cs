using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Grades;

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
    /// <exception cref="DomainInvariantException">The bands overlap, leave a gap, do not start at 0 or end at 100, repeat a grade,
    /// or give a higher band a worse grade. The exception carries the first problem; <see cref="FindProblems"/> lists them all.</exception>
    public GradeScale(IEnumerable<GradeBand> bands)
    {
        var given = Guard.Against.Null(bands).ToArray();
        Guard.Against.Invariant(FindProblems(given), nameof(bands));

        var sorted = given.OrderBy(b => b.Lower).ThenBy(b => b.Upper).ToArray();

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
    /// Lists every problem that prevents <paramref name="bands"/> from forming a scale (empty when they form one). Each
    /// problem names, as its <see cref="ProblemLocation.Element"/>, the band by its place in <paramref name="bands"/> and the
    /// edge or grade at fault (<c>bands[2].lower</c>); an empty list of bands is located at <c>bands</c>.
    /// </summary>
    /// <param name="bands">The candidate bands, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<GradeBand> bands)
    {
        var given = Guard.Against.Null(bands).ToArray();
        var order = Enumerable.Range(0, given.Length).OrderBy(i => given[i].Lower).ThenBy(i => given[i].Upper).ToArray();
        var problems = new List<Problem>();
        if (order.Length == 0)
        {
            problems.Add(Messages.ScaleWithoutBands.At(ProblemLocation.OfElement("bands")));
            return problems;
        }

        ProblemLocation At(int index, string part) =>
            ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"bands[{index}].{part}"));

        var lowest = given[order[0]];
        if (lowest.Lower != Minimum)
        {
            problems.Add(Messages.LowestBandAboveZero.At(At(order[0], "lower"), lowest.Lower));
        }

        var highest = given[order[^1]];
        if (highest.Upper != Maximum)
        {
            problems.Add(Messages.HighestBandBelowHundred.At(At(order[^1], "upper"), highest.Upper));
        }

        for (var k = 1; k < order.Length; k++)
        {
            var previous = given[order[k - 1]];
            var current = given[order[k]];
            if (current.Lower < previous.Upper)
            {
                problems.Add(Messages.BandsOverlap.At(At(order[k], "lower"), Messages.Band(previous), Messages.Band(current)));
            }
            else if (current.Lower > previous.Upper)
            {
                problems.Add(Messages.BandsLeaveGap.At(At(order[k], "lower"), previous.Upper, current.Lower));
            }

            if (current.Grade <= previous.Grade)
            {
                problems.Add(Messages.BandGradeNotBetter.At(At(order[k], "grade"), Messages.Band(current), Messages.Band(previous)));
            }
        }

        return problems;
    }

    /// <summary>The band that contains <paramref name="score"/>.</summary>
    /// <param name="score">A score in [0, 100].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is below 0 or above 100.</exception>
    public GradeBand BandOf(decimal score)
    {
        Guard.Against.OutOfRangeWhen(score < Minimum || score > Maximum, score, nameof(score), "A graded score must lie in [0, 100].");

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

}
