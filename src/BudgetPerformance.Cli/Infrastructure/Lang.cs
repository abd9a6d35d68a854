namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>The language of the output: Chinese (the default) or English.</summary>
internal enum Lang
{
    Zh,
    En,
}
