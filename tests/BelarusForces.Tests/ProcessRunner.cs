using System.Diagnostics;

namespace BelarusForces.Tests;

/// <summary>Runs a program as a user would, capturing what it prints; every test that starts a process uses it.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Out, string Err) Run(string program, string directory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 600)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Projects the tests create have no lock file, and a publish for one runtime restores a graph the lock files do not hold.
        start.Environment["RestoreLockedMode"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(timeoutSeconds * 1000).Should().BeTrue($"{program} {string.Join(" ", args)} must finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a program that must succeed, and returns what it printed on standard output.</summary>
    public static string Succeed(string program, string directory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (code, output, error) = Run(program, directory, args, environment);
        code.Should().Be(0, $"{program} {string.Join(" ", args)} failed:\n{output}\n{error}");
        return output;
    }
}
