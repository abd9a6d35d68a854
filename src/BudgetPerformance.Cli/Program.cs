using System.Threading.Tasks;
using BudgetPerformance.Cli.Infrastructure;

namespace BudgetPerformance.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => BpmApp.RunAsync(args, CliContext.ForProcess());
}
