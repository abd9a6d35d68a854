using System;
using System.IO;
using System.Linq;
using BudgetPerformance.Cli.Tests;
using BudgetPerformance.Reliability.Tests;
using SharpFuzz;

// Usage:
//   BudgetPerformance.Fuzz TARGET afl              run under afl-fuzz (input on standard input / the file AFL gives)
//   BudgetPerformance.Fuzz TARGET libfuzzer        run under libfuzzer-dotnet
//   BudgetPerformance.Fuzz TARGET replay FILE...   read each file once and print the outcome (to reproduce a crash)
// TARGET is one of the readers: indicator-framework, performance-target, evaluation, portfolio, portfolio-stream, rule-set,
// working-day-calendar; or cli, bpm's file inputs (every command that reads a document, and the --rules, --requests and
// --calendar files, run in-process). A reader target "crashes" when the reader throws anything but its documented report
// exception, or reports an internal error (an exception it caught): the only acceptable outcomes are a value or a validation
// report. The cli target crashes when bpm ends in anything but exit code 0 or 1 with a clear message (CliInputs).
string[] targets = [.. Readers.Kinds, "cli"];
if (args.Length < 2 || !targets.Contains(args[0]))
{
    Console.Error.WriteLine("usage: BudgetPerformance.Fuzz <" + string.Join("|", targets) + "> <afl|libfuzzer|replay FILE...>");
    return 2;
}

var target = args[0];
Func<byte[], string> read = target == "cli" ? CliInputs.Run : input => Readers.Read(target, input);
switch (args[1])
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            read(buffer.ToArray());
        });
        return 0;
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => read(span.ToArray()));
        return 0;
    case "replay":
        var failed = 0;
        foreach (var file in args.Skip(2))
        {
            try
            {
                Console.WriteLine($"{file}: {read(File.ReadAllBytes(file))}");
            }
            catch (Exception ex)
            {
                failed++;
                Console.WriteLine($"{file}: CRASH {ex}");
            }
        }

        return failed == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("unknown mode " + args[1]);
        return 2;
}
