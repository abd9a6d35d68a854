using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>Reflection tests that keep the library's conventions true as it grows.</summary>
public class ConventionTests
{
    public static IEnumerable<Type> PublicTypes => typeof(Money).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicClass_IsSealedAbstractOrStatic()
    {
        var offenders = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void AbstractPublicClasses_CannotBeDerivedOutsideTheLibrary()
    {
        var offenders = PublicTypes.Where(t => t.IsClass && t.IsAbstract && !t.IsSealed)
            .Where(t => t.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly))
            .Select(t => t.FullName).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void NoPublicType_HasAPublicSetterOrPublicMutableField()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && !t.IsSubclassOf(typeof(Exception))))
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    offenders.Add($"{type.Name}.{property.Name}");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    offenders.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void NoPublicProperty_ExposesAMutableCollectionType()
    {
        var mutable = new[] { typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>) };
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public).Select(p => (t, p)))
            .Where(x => x.p.PropertyType.IsArray || (x.p.PropertyType.IsGenericType && mutable.Contains(x.p.PropertyType.GetGenericTypeDefinition())))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void ReadOnlyListProperties_ReturnWrappersThatCannotBeCastBackAndMutated()
    {
        var tree = Samples.AgricultureTree();
        Assert.False(tree.Indicators is List<LevelThreeIndicator>);
        Assert.False(tree.Groups is LevelOneIndicator[]);
        Assert.True(((IList)tree.Indicators).IsReadOnly);
    }

    [Fact]
    public void EveryPublicStruct_IsReadOnlyAndEquatableWithOperators()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => t.IsValueType && !t.IsEnum))
        {
            if (type.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            {
                offenders.Add(type.Name + " is not readonly");
            }

            if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
            {
                offenders.Add(type.Name + " is not IEquatable");
            }

            if (type.GetMethod("op_Equality", [type, type]) is null || type.GetMethod("op_Inequality", [type, type]) is null)
            {
                offenders.Add(type.Name + " lacks == or !=");
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryValueOfEveryPublicEnum_HasChineseAndEnglishNames()
    {
        var of = typeof(DisplayNames).GetMethod(nameof(DisplayNames.Of))!;
        var missing = new List<string>();
        foreach (var type in PublicTypes.Where(t => t.IsEnum))
        {
            foreach (var value in Enum.GetValues(type))
            {
                try
                {
                    var name = (LocalizedName)of.MakeGenericMethod(type).Invoke(null, [value])!;
                    if (string.IsNullOrWhiteSpace(name.Chinese) || string.IsNullOrWhiteSpace(name.English))
                    {
                        missing.Add($"{type.Name}.{value}");
                    }
                }
                catch (TargetInvocationException)
                {
                    missing.Add($"{type.Name}.{value}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryPublicEnum_HasStableKebabCaseTextThatRoundTrips()
    {
        Assert.Equal("whole-department-evaluation", EnumText.Format(EvaluationType.WholeDepartmentEvaluation));
        Assert.Equal("half-away-from-zero", EnumText.Format(RoundingMode.HalfAwayFromZero));
        Assert.True(EnumText.TryParse<Grade>("excellent", out var grade) && grade == Grade.Excellent);
        Assert.False(EnumText.TryParse<Grade>("Excellent", out _));
        Assert.False(EnumText.TryParse<Grade>("3", out _));
    }

    [Fact]
    public void GradeDisplayNames_AreTheNationalChineseGrades() =>
        Assert.Equal(new[] { "差", "中", "良", "优" }, Enum.GetValues<Grade>().Select(g => g.GetDisplayName().Chinese));
}
