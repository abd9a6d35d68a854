using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Tests;

/// <summary>
/// The one table of message templates (<c>Messages</c>) and the one registry of codes (<see cref="ProblemRegistry"/>)
/// agree: every template names a registered code, both its texts take the same arguments and neither is blank, the
/// Chinese text is Chinese, no two templates say the same thing, and every registered code has a template.
/// </summary>
public class MessageTableTests
{
    private static readonly (string Name, MessageTemplate Template)[] Templates =
    [
        .. typeof(Messages).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => f.FieldType == typeof(MessageTemplate))
            .Select(f => (f.Name, (MessageTemplate)f.GetValue(null)!)),
    ];

    [Fact]
    public void Table_HasTemplates() => Assert.True(Templates.Length > 150, $"only {Templates.Length} templates were found");

    [Fact]
    public void EveryTemplate_NamesARegisteredCode() =>
        Assert.Empty(Templates.Where(t => !ProblemRegistry.TryGet(t.Template.Code, out _)).Select(t => $"{t.Name}: {t.Template.Code}"));

    [Fact]
    public void EveryTemplate_TakesTheSameArgumentsInBothLanguages() =>
        Assert.Empty(Templates
            .Where(t => t.Template.ChineseArguments != t.Template.EnglishArguments || Holes(t.Template.Chinese).SetEquals(Holes(t.Template.English)) is false)
            .Select(t => $"{t.Name}: zh {string.Join(",", Holes(t.Template.Chinese).Order())} / en {string.Join(",", Holes(t.Template.English).Order())}"));

    [Fact]
    public void EveryTemplate_HasAChineseTextInChineseAndAnEnglishTextWithoutChinese()
    {
        Assert.Empty(Templates.Where(t => !t.Template.Chinese.Any(IsHan)).Select(t => t.Name));
        Assert.Empty(Templates.Where(t => string.IsNullOrWhiteSpace(t.Template.English) || t.Template.English.Any(IsHan)).Select(t => t.Name));
    }

    [Fact]
    public void NoTwoTemplates_HaveTheSameCodeAndEnglishText() =>
        Assert.Empty(Templates.GroupBy(t => (t.Template.Code, t.Template.English)).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(t => t.Name))));

    [Fact]
    public void EveryRegisteredCode_HasATemplate()
    {
        var used = Templates.Select(t => t.Template.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(ProblemRegistry.All.Where(d => !used.Contains(d.Code)).Select(d => d.Code));
    }

    [Fact]
    public void EveryRegisteredCode_IsAConstantOfProblemCodes_AndEveryConstantIsRegistered()
    {
        var constants = typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);
        Assert.Equal(constants, ProblemRegistry.All.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRegisteredCode_IsKebabCase_AndHasBothMeanings() =>
        Assert.All(ProblemRegistry.All, d =>
        {
            Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", d.Code);
            Assert.Contains(d.Meaning.Chinese, c => IsHan(c));
            Assert.DoesNotContain(d.Meaning.English, c => IsHan(c));
        });

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static HashSet<string> Holes(string format)
    {
        var holes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '{' && i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
                continue;
            }

            if (format[i] == '{')
            {
                var end = format.IndexOf('}', i);
                var hole = format[(i + 1)..end];
                var colon = hole.IndexOf(':', StringComparison.Ordinal);
                holes.Add(colon < 0 ? hole : hole[..colon]);
                i = end;
            }
        }

        return holes;
    }
}
