namespace BelarusForces.Data;

/// <summary>One thing wrong with a data directory: where it is and which rule it breaks.</summary>
/// <param name="File">The file, relative to the data directory, such as <c>procurements.json</c>.</param>
/// <param name="JsonPath">The JSON path of the offending value, such as <c>$.records[3].equipment</c>; <c>$</c> for the whole file.</param>
/// <param name="Line">The 1-based line of the offending value, or 0 when the file could not be read that far.</param>
/// <param name="Rule">The rule broken, such as <c>reference-resolves</c> or <c>quote-verbatim</c>.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record DataProblem(string File, string JsonPath, int Line, string Rule, string Message)
{
    /// <summary>The problem on one line, as a compiler would print it.</summary>
    /// <returns>A line such as <c>procurements.json(12): $.records[3].equipment: [reference-resolves] ...</c>.</returns>
    public override string ToString() => $"{File}({Line}): {JsonPath}: [{Rule}] {Message}";
}

/// <summary>
/// Thrown when a data directory fails validation. It carries every problem found, not only the first,
/// and no dataset is returned: a dataset is never handed out half-built.
/// </summary>
public sealed class DatasetLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public DatasetLoadException(IReadOnlyList<DataProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DataProblem> problems)
    {
        const int shown = 20;
        var lines = problems.Take(shown).Select(p => "  " + p);
        var more = problems.Count > shown ? $"{Environment.NewLine}  ... and {problems.Count - shown} more" : "";
        return $"The data failed validation with {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
