using System;
using System.Globalization;

namespace BudgetPerformance.Scoring;

/// <summary>Receives the formula of a computation written out with its numbers, in Chinese and English.</summary>
internal sealed class FormulaSink
{
    public string? Zh { get; private set; }

    public string? En { get; private set; }

    public void Set(string zh, string en)
    {
        Zh = zh;
        En = en;
    }

    public static string N(decimal value)
    {
        // Inputs are shown with their significant digits only (1350, 0.85, 9.4737): never in a culture's format.
        var normalized = value / 1.000000000000000000000000000000000m;
        return normalized.ToString(CultureInfo.InvariantCulture);
    }

    public static string R4(decimal value) => N(decimal.Round(value, 4, MidpointRounding.AwayFromZero));
}
