namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>The exit codes: 0 success, 1 findings or invalid input, 2 usage error.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}
