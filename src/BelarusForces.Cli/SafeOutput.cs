namespace BelarusForces.Cli;

/// <summary>
/// Writes a command's output folder so that nothing is lost: the files are made in a fresh temporary folder beside
/// the target and renamed into place only when all of them are written, so an output is complete or absent. The
/// target is never a symbolic link, a folder that holds files is written into only when asked (--force), and then
/// only the files the command makes are replaced, each by a rename that replaces a link of that name rather than
/// writing through it.
/// </summary>
internal static class SafeOutput
{
    /// <summary>Runs <paramref name="write"/> on a temporary folder and moves what it wrote to <paramref name="target"/>.</summary>
    /// <returns>The files, at their final paths.</returns>
    public static IReadOnlyList<string> WriteFolder(string target, bool force, string option, Func<string, IReadOnlyList<string>> write)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new UserError($"{option}: give the folder to write into, such as {option} belarus-forces-data.");
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

        bool exists = Directory.Exists(folder);
        bool empty = !exists || !Directory.EnumerateFileSystemEntries(folder).Any();
        if (!empty && !force)
        {
            throw new UserError($"{option}: '{target}' already holds files; add --force to replace the tool's own files in it (every other file stays).");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(folder)!, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(temporary);
            var written = write(temporary);
            if (empty)
            {
                if (exists)
                {
                    Directory.Delete(folder);
                }

                Directory.Move(temporary, folder);
            }
            else
            {
                ReplaceOwnFiles(written, folder, target);
                Directory.Delete(temporary);
            }

            return written.Select(f => Path.Combine(folder, Path.GetFileName(f))).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Cannot write to '{target}': {e.Message}", 1);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static void ReplaceOwnFiles(IReadOnlyList<string> written, string folder, string target)
    {
        var destinations = written.Select(f => Path.Combine(folder, Path.GetFileName(f))).ToList();
        // Checked before anything moves, so that a clash leaves the folder as it was.
        foreach (var destination in destinations)
        {
            if (Directory.Exists(destination) && new FileInfo(destination).LinkTarget is null)
            {
                throw new UserError($"Cannot write to '{target}': '{Path.GetFileName(destination)}' there is a folder, not a file of a previous export.", 1);
            }
        }

        for (int i = 0; i < written.Count; i++)
        {
            // rename(2): a link named like the file is replaced, and what it points to is left alone.
            File.Move(written[i], destinations[i], overwrite: true);
        }
    }
}
