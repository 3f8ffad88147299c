using System.CommandLine;
using BelarusForces.Data;

namespace BelarusForces.Cli;

/// <summary>
/// Where the tool meets a person: parse errors become one line and the command's usage (exit 2), user errors one line
/// (their own code), and nothing else escapes as a stack trace. When standard output or error is closed or full,
/// the tool stops quietly with exit code 1.
/// </summary>
internal static class CommandRunner
{
    public const int BadArguments = 2;
    public const int Failed = 1;

    public static int Run(string[] args)
    {
        try
        {
            // Response files (@file) are off: a token starting with @ is an argument like any other, and no file is read.
            var parse = Commands.Root().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0)
            {
                var command = parse.CommandResult.Command;
                Error($"{parse.Errors[0].Message}");
                Error($"Usage: {Usage(command)}");
                return BadArguments;
            }

            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserError e)
        {
            Error(e.Message);
            return e.ExitCode;
        }
        catch (DatasetLoadException e)
        {
            return Problems(e);
        }
        catch (OutputStoppedException e)
        {
            Error($"belarus-forces: {e.Message}.");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Standard output is closed (UnauthorizedAccessException on Unix) or full: there is no one to tell but standard error, which may be gone too.
            Error("belarus-forces: the output could not be written (closed or full).");
            return Failed;
        }
        catch (Exception e)
        {
            Error($"belarus-forces: an unexpected {e.GetType().Name}: {e.Message} Please report it.");
            return Failed;
        }
    }

    /// <summary>Every problem of a data directory, one line each, under a line that counts them.</summary>
    /// <returns>The exit code, <see cref="Failed"/>.</returns>
    public static int Problems(DatasetLoadException e)
    {
        Error($"The data failed validation with {e.Problems.Count} problem(s):");
        foreach (var problem in e.Problems)
        {
            Error("  " + problem);
        }

        return Failed;
    }

    /// <summary>One line on standard error, control characters escaped; silent when standard error is gone.</summary>
    public static void Error(string message)
    {
        try
        {
            // A value a person typed can be megabytes long; one line of error stays one readable line.
            const int longest = 2000;
            var line = Terminal.Clean(message);
            Console.Error.WriteLine(line.Length <= longest ? line : line[..longest] + "…");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Standard error is closed or full: nowhere left to write; the exit code still says it.
        }
    }

    // "belarus-forces search <text> [options]; belarus-forces search --help has more"
    private static string Usage(Command command)
    {
        var path = new List<string>();
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, c is RootCommand ? "belarus-forces" : c.Name);
        }

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues > 0 ? $"<{a.Name}>" : $"[<{a.Name}>]");
        var required = command.Options.Where(o => o.Required).Select(o => $"{o.Name} <{o.Name.TrimStart('-')}>");
        var subcommand = command.Subcommands.Count > 0 ? ["<command>"] : Array.Empty<string>();
        var usage = string.Join(" ", path.Concat(subcommand).Concat(arguments).Concat(required).Append("[options]"));
        return $"{usage}   (see {string.Join(" ", path)} --help)";
    }
}
