using System;
using System.IO;
using System.Linq;
using BudgetPerformance.Reliability.Tests;
using SharpFuzz;

// Usage:
//   BudgetPerformance.Fuzz TARGET afl              run under afl-fuzz (input on standard input / the file AFL gives)
//   BudgetPerformance.Fuzz TARGET libfuzzer        run under libfuzzer-dotnet
//   BudgetPerformance.Fuzz TARGET replay FILE...   read each file once and print the outcome (to reproduce a crash)
// TARGET is one of the readers: indicator-framework, performance-target, evaluation, portfolio, portfolio-stream, rule-set,
// working-day-calendar. A target "crashes" when the reader throws anything but its documented report exception, or reports
// an internal error (an exception it caught): the only acceptable outcomes are a value or a validation report.
if (args.Length < 2 || !Readers.Kinds.Contains(args[0]))
{
    Console.Error.WriteLine("usage: BudgetPerformance.Fuzz <" + string.Join("|", Readers.Kinds) + "> <afl|libfuzzer|replay FILE...>");
    return 2;
}

var target = args[0];
switch (args[1])
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Readers.Read(target, buffer.ToArray());
        });
        return 0;
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => Readers.Read(target, span.ToArray()));
        return 0;
    case "replay":
        var failed = 0;
        foreach (var file in args.Skip(2))
        {
            try
            {
                Console.WriteLine($"{file}: {Readers.Read(target, File.ReadAllBytes(file))}");
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
