using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Queries;

/// <summary>
/// A flat, immutable read model of one evaluation with its scored result: what a bureau filters and sorts by
/// (type, years, subject, department, sector, evaluated amount, total, grade). EF Core can bind it through this
/// constructor (parameter names equal the property names).
/// </summary>
/// <remarks>
/// <para>Key: <see cref="Id"/>. <see cref="Sequence"/> is the evaluation's position in its portfolio, the deterministic
/// tie-break of every order. <see cref="Total"/> and <see cref="Grade"/> are null when the evaluation was not completely
/// scored (or is an ex-ante assessment, which ends in a conclusion instead of a grade).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EvaluationSummary
{
    /// <summary>Creates the summary.</summary>
    /// <param name="id">The evaluation's id; not blank.</param>
    /// <param name="sequence">The position in the portfolio, at least 0.</param>
    /// <param name="type">The evaluation type.</param>
    /// <param name="subjectType">The subject's type.</param>
    /// <param name="subjectCode">The subject's code; not blank.</param>
    /// <param name="subjectName">The subject's name; not blank.</param>
    /// <param name="departmentCode">The department the subject belongs to (or is), or null for an internal section.</param>
    /// <param name="sectorCode">The sector of a project or policy, or null.</param>
    /// <param name="performerRole">Who performed it.</param>
    /// <param name="coveredYear">The fiscal year evaluated.</param>
    /// <param name="conductedIn">The fiscal year the evaluation was carried out in.</param>
    /// <param name="amountYuan">The evaluated amount in yuan; not negative.</param>
    /// <param name="total">The scored total, or null; not negative.</param>
    /// <param name="grade">The grade, or null.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number or enumeration value is out of range.</exception>
    public EvaluationSummary(
        string id,
        int sequence,
        EvaluationType type,
        SubjectType subjectType,
        string subjectCode,
        string subjectName,
        string? departmentCode,
        string? sectorCode,
        PerformerRole performerRole,
        int coveredYear,
        int conductedIn,
        decimal amountYuan,
        decimal? total,
        Grade? grade)
    {
        Id = Guard.Against.Blank(id);
        Sequence = Guard.Against.OutOfRangeWhen(sequence < 0, sequence, nameof(sequence), "The sequence must not be negative.");
        Type = Guard.Against.Undefined(type);
        SubjectType = Guard.Against.Undefined(subjectType);
        SubjectCode = Guard.Against.Blank(subjectCode);
        SubjectName = Guard.Against.Blank(subjectName);
        DepartmentCode = departmentCode is null ? null : Guard.Against.Blank(departmentCode);
        SectorCode = sectorCode is null ? null : Guard.Against.Blank(sectorCode);
        PerformerRole = Guard.Against.Undefined(performerRole);
        CoveredYear = Guard.Against.NotBetween(coveredYear, FiscalYear.MinValue, FiscalYear.MaxValue);
        ConductedIn = Guard.Against.NotBetween(conductedIn, FiscalYear.MinValue, FiscalYear.MaxValue);
        AmountYuan = Guard.Against.BelowZero(amountYuan);
        Guard.Against.OutOfRangeWhen(total < 0m, total, nameof(total), "The total must not be negative.");

        Total = total;
        Grade = grade is { } g ? Guard.Against.Undefined(g, nameof(grade)) : null;
    }

    /// <summary>The evaluation's id.</summary>
    public string Id { get; }

    /// <summary>The position in the portfolio (the order tie-break).</summary>
    public int Sequence { get; }

    /// <summary>The evaluation type.</summary>
    public EvaluationType Type { get; }

    /// <summary>The subject's type.</summary>
    public SubjectType SubjectType { get; }

    /// <summary>The subject's code.</summary>
    public string SubjectCode { get; }

    /// <summary>The subject's name.</summary>
    public string SubjectName { get; }

    /// <summary>The subject's department, or null.</summary>
    public string? DepartmentCode { get; }

    /// <summary>The subject's sector, or null.</summary>
    public string? SectorCode { get; }

    /// <summary>Who performed it.</summary>
    public PerformerRole PerformerRole { get; }

    /// <summary>The fiscal year evaluated.</summary>
    public int CoveredYear { get; }

    /// <summary>The fiscal year of conduct.</summary>
    public int ConductedIn { get; }

    /// <summary>The evaluated amount in yuan.</summary>
    public decimal AmountYuan { get; }

    /// <summary>The scored total, or null.</summary>
    public decimal? Total { get; }

    /// <summary>The grade, or null.</summary>
    public Grade? Grade { get; }

    /// <summary>The id and type.</summary>
    public override string ToString() => $"{Id} {Type}";
}
