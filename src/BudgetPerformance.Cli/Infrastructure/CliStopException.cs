using System;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>Thrown by a command to stop with one clear line and an exit code.</summary>
internal sealed class CliStopException : Exception
{
    public CliStopException(int exitCode)
        : base("stop")
    {
        ExitCode = exitCode;
    }

    public CliStopException()
        : this(ExitCodes.Findings)
    {
    }

    public CliStopException(string message)
        : base(message)
    {
        ExitCode = ExitCodes.Findings;
    }

    public CliStopException(string message, Exception inner)
        : base(message, inner)
    {
        ExitCode = ExitCodes.Findings;
    }

    public int ExitCode { get; }
}
