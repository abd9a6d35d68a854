using System;
using System.Globalization;
using BudgetPerformance.Reliability.Host;

// Usage: BudgetPerformance.Reliability.Host <culture or "invariant"> <threads>
// Writes CanonicalOutput.Produce(threads) to standard output, with the current culture set as given.
var culture = args.Length > 0 && args[0] != "invariant" ? CultureInfo.GetCultureInfo(args[0]) : CultureInfo.InvariantCulture;
var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
CultureInfo.DefaultThreadCurrentCulture = culture;
CultureInfo.DefaultThreadCurrentUICulture = culture;
CultureInfo.CurrentCulture = culture;
CultureInfo.CurrentUICulture = culture;
var bytes = CanonicalOutput.Produce(threads);
using var stdout = Console.OpenStandardOutput();
stdout.Write(bytes);
return 0;
