using System;
using BudgetPerformance.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>
/// An integrator's EF Core mapping of the read models on SQLite. SQLite has no decimal type (EF stores decimals as TEXT, which
/// compares as text), so money is stored as INTEGER fen (0.01 yuan) and scores as INTEGER ten-thousandths of a point; a value
/// finer than that is refused, never rounded. Dates are INTEGER yyyymmdd, which orders like the dates. Enumerations are
/// INTEGER, so <c>Grade &lt; bound</c> compares like the enumeration.
/// </summary>
public sealed class BureauDb(DbContextOptions<BureauDb> options) : DbContext(options)
{
    public DbSet<ProjectSummary> Projects => Set<ProjectSummary>();

    public DbSet<EvaluationSummary> Evaluations => Set<EvaluationSummary>();

    public DbSet<RectificationSummary> Rectifications => Set<RectificationSummary>();

    public static long ToUnits(decimal value, decimal perUnit)
    {
        var scaled = value * perUnit;
        return scaled == decimal.Truncate(scaled)
            ? (long)scaled
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is finer than 1/{perUnit} and cannot be stored exactly.");
    }

    private static readonly ValueConverter<decimal, long> Fen = new(v => ToUnits(v, 100m), v => v / 100m);
    private static readonly ValueConverter<decimal, long> ScoreUnits = new(v => ToUnits(v, 10_000m), v => v / 10_000m);
    private static readonly ValueConverter<LocalDate, int> Day = new(d => (d.Year * 10_000) + (d.Month * 100) + d.Day, v => new LocalDate(v / 10_000, v / 100 % 100, v % 100));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProjectSummary>(b =>
        {
            b.HasKey(p => new { p.Year, p.Type, p.Code });
            b.Property(p => p.Sequence);
            b.Property(p => p.Name);
            b.Property(p => p.DepartmentCode);
            b.Property(p => p.UnitCode);
            b.Property(p => p.SectorCode);
            b.Property(p => p.Kind);
            b.Property(p => p.IsNewMajor);
            b.Property(p => p.BudgetYuan).HasConversion(Fen);
            b.Property(p => p.HasTarget);
            b.Property(p => p.HasApprovedTarget);
            b.Property(p => p.HasExAnteAssessment);
        });
        modelBuilder.Entity<EvaluationSummary>(b =>
        {
            b.HasKey(e => e.Id);
            b.Property(e => e.Sequence);
            b.Property(e => e.Type);
            b.Property(e => e.SubjectType);
            b.Property(e => e.SubjectCode);
            b.Property(e => e.SubjectName);
            b.Property(e => e.DepartmentCode);
            b.Property(e => e.SectorCode);
            b.Property(e => e.PerformerRole);
            b.Property(e => e.CoveredYear);
            b.Property(e => e.ConductedIn);
            b.Property(e => e.AmountYuan).HasConversion(Fen);
            b.Property(e => e.Total).HasConversion(ScoreUnits);
            b.Property(e => e.Grade);
        });
        modelBuilder.Entity<RectificationSummary>(b =>
        {
            b.HasKey(r => r.Id);
            b.Property(r => r.Sequence);
            b.Property(r => r.SubjectType);
            b.Property(r => r.SubjectCode);
            b.Property(r => r.EvaluationId);
            b.Property(r => r.Owner);
            b.Property(r => r.IssuedOn).HasConversion(Day);
            b.Property(r => r.Deadline).HasConversion(Day);
            b.Property(r => r.State);
            b.Property(r => r.ReportedOn).HasConversion(Day);
            b.Property(r => r.VerifiedOn).HasConversion(Day);
        });
    }
}
