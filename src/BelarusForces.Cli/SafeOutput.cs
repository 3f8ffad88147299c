using System.Runtime.InteropServices;

namespace BelarusForces.Cli;

/// <summary>
/// Writes a command's output folder (an export, a site) so that nothing is lost. The files are made in a fresh hidden
/// folder beside the target and renamed into place only when all of them are written, so that an output is complete
/// or absent, and the hidden folder is removed on failure, Ctrl-C or SIGTERM. Every output folder gets a marker file,
/// <see cref="Marker"/>: --force replaces a folder that holds files only when the marker says the tool wrote it, and
/// never a folder that is or holds the data directory, the seeds, the working folder or the home folder. The target
/// is never a symbolic link, and the old folder is moved aside before the new one takes its name.
/// </summary>
internal static class SafeOutput
{
    /// <summary>The file that marks a folder as the tool's own output, which --force may replace whole.</summary>
    public const string Marker = ".belarus-forces-output";

    private const string MarkerText = "This folder was written by belarus-forces. With --force the tool replaces it whole: keep no files of your own in it.\n";

    /// <summary>Runs <paramref name="write"/> on a temporary folder and puts that folder in the place of <paramref name="target"/>.</summary>
    /// <param name="target">The folder to write, as the user named it.</param>
    /// <param name="force">Whether a folder the tool wrote before may be replaced.</param>
    /// <param name="option">The option that named the folder, for messages.</param>
    /// <param name="write">Writes the output into the folder it is given and returns the files it wrote.</param>
    /// <param name="keep">Folders the command reads (its data and seeds): the target may neither be nor hold one.</param>
    /// <returns>What <paramref name="write"/> returned, the paths moved to the target.</returns>
    public static IReadOnlyList<string> WriteFolder(string target, bool force, string option, Func<string, IReadOnlyList<string>> write, params string?[] keep)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new UserError($"{option}: give the folder to write into, such as {option} belarus-forces-output.");
        }

        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (new FileInfo(folder).LinkTarget is not null)
        {
            throw new UserError($"{option}: '{target}' is a symbolic link; the tool does not write through links, so name the folder itself.");
        }

        if (File.Exists(folder))
        {
            throw new UserError($"{option}: '{target}' is a file, not a folder.");
        }

        var parent = Path.GetDirectoryName(folder) ?? throw new UserError($"{option}: '{target}' is the root of the file system; give the output a folder of its own.");
        CheckKeeps(folder, target, option, keep);
        bool exists = Directory.Exists(folder);
        bool empty = !exists || !Directory.EnumerateFileSystemEntries(folder).Any();
        if (!empty && !force)
        {
            throw new UserError($"{option}: '{target}' is not empty; pass --force to replace a folder the tool wrote before.");
        }

        if (!empty && !IsOwn(folder))
        {
            throw new UserError($"{option}: '{target}' holds files the tool did not write (it has no {Marker}); --force replaces only the tool's own output, so name a new or empty folder.");
        }

        var temporary = Path.Combine(parent, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}.tmp");
        using var cleanup = new Cleanup(temporary);
        try
        {
            Directory.CreateDirectory(temporary);
            var written = write(temporary);
            File.WriteAllText(Path.Combine(temporary, Marker), MarkerText);
            Replace(folder, temporary, exists);
            return written.Select(f => Path.Combine(folder, Path.GetRelativePath(temporary, f))).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new UserError($"Cannot write to '{target}': {e.Message}", 1);
        }
    }

    /// <summary>Whether a folder is output the tool wrote: its marker is a regular file, not a link or a folder.</summary>
    public static bool IsOwn(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, Marker));
        return marker.Exists && marker.LinkTarget is null;
    }

    // The data, the seeds, the working folder and the home folder are never inside what --force may remove.
    private static void CheckKeeps(string folder, string target, string option, string?[] keep)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var named = keep.Where(k => !string.IsNullOrEmpty(k)).Select(k => (Path: k!, What: "the data or seeds directory"))
            .Append((Path: Directory.GetCurrentDirectory(), What: "the current directory"))
            .Append((Path: home, What: "the home folder"))
            .Where(k => !string.IsNullOrEmpty(k.Path));
        var paths = new[] { folder, Real(folder) }.Distinct().ToList();
        foreach (var (path, what) in named)
        {
            var full = Path.GetFullPath(path);
            foreach (var candidate in new[] { full, Real(full) }.Distinct())
            {
                if (paths.Any(p => Holds(p, candidate)))
                {
                    throw new UserError($"{option}: '{target}' is or holds {what} ({candidate}); give the output a folder of its own.");
                }
            }
        }
    }

    private static bool Holds(string folder, string path)
    {
        var a = Path.TrimEndingDirectorySeparator(folder);
        var b = Path.TrimEndingDirectorySeparator(path);
        return b == a || b.StartsWith(a + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    // The path with its links resolved, as far as the folders exist.
    private static string Real(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        var resolved = parent is null ? full : Path.Combine(Real(parent), Path.GetFileName(full));
        try
        {
            FileSystemInfo info = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
            return info.LinkTarget is null ? resolved : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? resolved;
        }
        catch (IOException)
        {
            return resolved;
        }
    }

    // The old folder is moved aside before the new one takes its name, and removed only once the new one is in place.
    private static void Replace(string target, string staging, bool exists)
    {
        if (!exists)
        {
            Directory.Move(staging, target);
            return;
        }

        var aside = staging + ".old";
        Directory.Move(target, aside);
        Directory.Move(staging, target);
        Directory.Delete(aside, recursive: true);
    }

    /// <summary>
    /// Throws <see cref="OutputStoppedException"/> once SIGINT or SIGTERM has arrived, so that a writer stops between
    /// two files and the staging folder is removed behind it.
    /// </summary>
    public static void ThrowIfStopped()
    {
        if (Cleanup.Signal is { } signal)
        {
            throw new OutputStoppedException(signal);
        }
    }

    /// <summary>Removes the staging folder when the write ends or fails, and stops the write on SIGINT or SIGTERM.</summary>
    private sealed class Cleanup : IDisposable
    {
        private static volatile object? _signal;
        private readonly string _folder;
        private readonly PosixSignalRegistration[] _signals;
        private volatile bool _done;

        public Cleanup(string folder)
        {
            _folder = folder;
            _signals = OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()
                ? []
                : [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];
        }

        public static PosixSignal? Signal => (PosixSignal?)_signal;

        public void Dispose()
        {
            _done = true;
            foreach (var signal in _signals)
            {
                signal.Dispose();
            }

            Remove();
        }

        // The writer stops at its next file (ThrowIfStopped) and the folder goes with Dispose; a writer busy inside one
        // long step is given a few seconds, then the folder is removed and the process ends here.
        private void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            _signal = context.Signal;
            _ = Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                if (!_done)
                {
                    Remove();
                    Environment.Exit(OutputStoppedException.ExitCodeOf(context.Signal));
                }
            });
        }

        private void Remove()
        {
            for (int attempt = 0; attempt < 3 && Directory.Exists(_folder); attempt++)
            {
                try
                {
                    Directory.Delete(_folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A writer may still be adding files: try again.
                }
            }
        }
    }
}

/// <summary>The write was stopped by a signal; nothing was put in place.</summary>
internal sealed class OutputStoppedException(PosixSignal signal) : Exception($"stopped by {signal}; nothing was written")
{
    /// <summary>The shell's exit code for a process ended by the signal: 128 plus its number.</summary>
    public int ExitCode => ExitCodeOf(signal);

    public static int ExitCodeOf(PosixSignal signal) => signal == PosixSignal.SIGINT ? 130 : 143;
}
