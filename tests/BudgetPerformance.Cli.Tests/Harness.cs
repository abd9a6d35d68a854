using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Infrastructure;

namespace BudgetPerformance.Cli.Tests;

public sealed record Run(int ExitCode, string Out, string Err);

/// <summary>Runs bpm in-process (captured writers) or as a process (dotnet bpm.dll).</summary>
public static class Bpm
{
    public static async Task<Run> InDir(string? workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = await BpmApp.RunAsync(args, CliContext.ForWriters(output, error, workingDirectory));
        return new Run(code, output.ToString(), error.ToString());
    }

    public static Task<Run> InProcess(params string[] args) => InDir(null, args);

    /// <summary>The configuration the tests were built in (Release under CI).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }

    /// <summary>The built output of the Cli project.</summary>
    public static string Dll => Path.Combine(RepositoryRoot, "src", "BudgetPerformance.Cli", "bin", Configuration, "net10.0", "bpm.dll");

    public static Task<Run> Process(params string[] args) => Process(null, null, args);

    public static async Task<Run> Process(string? workingDirectory, (string Name, string Value)[]? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var (name, value) in environment ?? [])
        {
            info.Environment[name] = value;
        }

        return await Start(info);
    }

    public static async Task<Run> Start(ProcessStartInfo info, int timeoutSeconds = 300)
    {
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(timeoutSeconds))) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{info.FileName} {string.Join(' ', info.ArgumentList)} did not finish in {timeoutSeconds} s.");
        }

        return new Run(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>A temporary folder, deleted at the end.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bpm-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
