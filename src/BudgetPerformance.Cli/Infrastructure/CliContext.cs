using System;
using System.IO;
using Spectre.Console;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>
/// Where a command writes: standard output (tables through Spectre.Console, JSON as plain text) and standard error
/// (one-line errors, reports of bad input, the progress bar). No colour when output is redirected or NO_COLOR is set.
/// Text from data never reaches a terminal raw: standard error goes through <see cref="SafeTextWriter"/> and the console
/// through <see cref="SafeConsoleHook"/> (control characters, bidirectional overrides and lone surrogates as <c>\uXXXX</c>).
/// </summary>
internal sealed class CliContext
{
    private CliContext(TextWriter output, TextWriter error, IAnsiConsole console, bool errorIsTerminal, string workingDirectory)
    {
        Output = output;
        Error = new SafeTextWriter(error);
        Console = console;
        console.Pipeline.Attach(new SafeConsoleHook());
        ErrorIsTerminal = errorIsTerminal;
        WorkingDirectory = workingDirectory;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Whether standard error is a terminal (a progress bar is shown only then).</summary>
    public bool ErrorIsTerminal { get; }

    public string WorkingDirectory { get; }

    public Lang Lang { get; set; } = Lang.Zh;

    /// <summary>The context of the real process.</summary>
    public static CliContext ForProcess()
    {
        System.Console.OutputEncoding = System.Text.Encoding.UTF8;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var redirected = System.Console.IsOutputRedirected;
        var plain = noColor || redirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 120;
        }

        return new CliContext(System.Console.Out, System.Console.Error, console, !System.Console.IsErrorRedirected, Environment.CurrentDirectory);
    }

    /// <summary>A context over writers (in-process runs and tests): no colour, 120 columns, no progress bar.</summary>
    public static CliContext ForWriters(TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        return new CliContext(output, error, console, false, workingDirectory ?? Environment.CurrentDirectory);
    }

    /// <summary>Chinese or English, by <see cref="Lang"/>.</summary>
    public string T(string zh, string en) => Lang == Lang.Zh ? zh : en;

    /// <summary>One clear line on standard error.</summary>
    public void Fail(string zh, string en) => Error.WriteLine("bpm: " + T(zh, en));

    public string ResolvePath(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
