using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using BudgetPerformance.Scoring;
using BudgetPerformance.Values;

namespace BudgetPerformance.Reliability.Tests;

/// <summary>No binary floating point anywhere in the libraries' surface, public or internal; banned APIs are wired up.</summary>
public class ConventionTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string> Libraries => new() { typeof(Money).Assembly.GetName().Name!, typeof(EvaluationScorer).Assembly.GetName().Name! };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Members_PublicOrInternal_HaveNoDoubleOrFloat(string library)
    {
        var assembly = library == typeof(Money).Assembly.GetName().Name ? typeof(Money).Assembly : typeof(EvaluationScorer).Assembly;
        var offenders = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => !IsCompilerGenerated(t)))
        {
            foreach (var field in type.GetFields(All).Where(f => Visible(f.IsPublic, f.IsAssembly, f.IsFamilyOrAssembly, f.IsFamily) && !IsCompilerGenerated(f)))
            {
                Check(field.FieldType, $"{type.FullName}.{field.Name} (field)");
            }

            foreach (var property in type.GetProperties(All))
            {
                var accessors = property.GetAccessors(nonPublic: true);
                if (accessors.Any(a => Visible(a.IsPublic, a.IsAssembly, a.IsFamilyOrAssembly, a.IsFamily)))
                {
                    Check(property.PropertyType, $"{type.FullName}.{property.Name} (property)");
                }
            }

            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All))
                         .Where(m => Visible(m.IsPublic, m.IsAssembly, m.IsFamilyOrAssembly, m.IsFamily) && !IsCompilerGenerated(m)))
            {
                if (method is MethodInfo mi)
                {
                    Check(mi.ReturnType, $"{type.FullName}.{method.Name} (return)");
                }

                foreach (var p in method.GetParameters())
                {
                    Check(p.ParameterType, $"{type.FullName}.{method.Name}({p.Name})");
                }
            }
        }

        Assert.Empty(offenders);

        void Check(Type t, string where)
        {
            if (UsesFloatingPoint(t))
            {
                offenders.Add(where + ": " + t);
            }
        }
    }

    [Fact]
    public void UsesFloatingPoint_NestedDouble_IsFound()
    {
        // The check itself sees through nullables, arrays, by-refs and generic arguments.
        Assert.True(UsesFloatingPoint(typeof(double?)));
        Assert.True(UsesFloatingPoint(typeof(IReadOnlyList<KeyValuePair<string, float>>)));
        Assert.True(UsesFloatingPoint(typeof(double[]).MakeByRefType()));
        Assert.True(UsesFloatingPoint(typeof(Half)));
        Assert.False(UsesFloatingPoint(typeof(IReadOnlyList<decimal?>)));
    }

    [Fact]
    public void BannedSymbols_BothLibraries_ReferenceTheAnalyzerAndTheList()
    {
        var root = RepositoryRoot();
        var banned = File.ReadAllLines(Path.Combine(root, "src", "BannedSymbols.txt"));
        foreach (var required in new[]
                 {
                     "P:System.DateTime.Now", "P:System.DateTime.UtcNow", "P:System.DateTime.Today", "P:System.DateTimeOffset.Now", "P:System.DateTimeOffset.UtcNow",
                     "P:NodaTime.SystemClock.Instance", "P:System.Globalization.CultureInfo.CurrentCulture", "P:System.Globalization.CultureInfo.CurrentUICulture",
                     "M:System.Math.Round(System.Double)", "M:System.Convert.ToDouble(System.Decimal)", "M:System.Decimal.op_Explicit(System.Decimal)~System.Double",
                 })
        {
            Assert.Contains(banned, line => line.StartsWith(required + ";", StringComparison.Ordinal));
        }

        foreach (var project in new[] { "BudgetPerformance.Domain", "BudgetPerformance.Scoring" })
        {
            var csproj = File.ReadAllText(Path.Combine(root, "src", project, project + ".csproj"));
            Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", csproj, StringComparison.Ordinal);
            Assert.Contains(@"..\BannedSymbols.txt", csproj, StringComparison.Ordinal);
        }
    }

    internal static bool UsesFloatingPoint(Type t)
    {
        if (t == typeof(double) || t == typeof(float) || t == typeof(Half))
        {
            return true;
        }

        if (t.HasElementType)
        {
            return UsesFloatingPoint(t.GetElementType()!);
        }

        return t.IsGenericType && t.GetGenericArguments().Any(UsesFloatingPoint);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    private static bool Visible(bool isPublic, bool isAssembly, bool isFamilyOrAssembly, bool isFamily) => isPublic || isAssembly || isFamilyOrAssembly || isFamily;

    private static bool IsCompilerGenerated(MemberInfo m) =>
        m.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || m.Name.Contains('<', StringComparison.Ordinal) ||
        (m.DeclaringType is { } d && IsCompilerGenerated(d));
}
