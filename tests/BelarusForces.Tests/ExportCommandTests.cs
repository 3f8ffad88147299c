namespace BelarusForces.Tests;

/// <summary>`belarus-forces export` loses nothing: complete or absent, never through a link, never over a user's files unasked.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("belarus-forces-export-command-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int ExitCode, string Out, string Err) Run(params string[] args) => ExportFixture.RunTool(args);

    private static void OneLineError((int ExitCode, string Out, string Err) result, int code, string words)
    {
        result.ExitCode.Should().Be(code);
        result.Err.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain(words).And.NotContain("   at ");
    }

    [Fact]
    public void An_empty_out_is_a_one_line_error_with_exit_code_2()
    {
        OneLineError(Run("export", "--format", "csv", "--out", ""), 2, "--out: give the folder to write into");
    }

    [Fact]
    public void A_folder_that_holds_files_is_left_alone_without_force()
    {
        var target = Path.Combine(_root, "mine");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "units.csv"), "my own units");

        OneLineError(Run("export", "--format", "csv", "--out", target), 2, "pass --force");

        Directory.GetFiles(target).Should().ContainSingle();
        File.ReadAllText(Path.Combine(target, "units.csv")).Should().Be("my own units");
        Directory.GetDirectories(_root).Should().ContainSingle("no temporary folder is left behind");
    }

    [Fact]
    public void With_force_a_folder_the_tool_wrote_is_replaced_whole_and_a_link_in_it_is_removed_not_followed()
    {
        var target = Path.Combine(_root, "previous");
        Run("export", "--format", "csv", "--out", target).ExitCode.Should().Be(0);
        var outside = Path.Combine(_root, "outside.txt");
        File.WriteAllText(outside, "not the tool's");
        File.Delete(Path.Combine(target, "units.csv"));
        File.CreateSymbolicLink(Path.Combine(target, "units.csv"), outside);

        var (code, _, error) = Run("export", "--format", "csv", "--out", target, "--force");

        code.Should().Be(0, error);
        File.ReadAllText(outside).Should().Be("not the tool's");
        var units = new FileInfo(Path.Combine(target, "units.csv"));
        units.LinkTarget.Should().BeNull("the link is replaced by the exported file");
        File.ReadLines(units.FullName).First().Should().StartWith("id,name,country,kind,parent_id");
        Directory.GetFiles(target).Should().HaveCount(TidyTablesCount + 1, "the tables and the marker");
    }

    [Fact]
    public void A_target_that_is_a_link_is_refused()
    {
        var real = Path.Combine(_root, "real");
        Directory.CreateDirectory(real);
        var link = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(link, real);

        OneLineError(Run("export", "--format", "csv", "--out", link, "--force"), 2, "is a symbolic link");

        Directory.GetFileSystemEntries(real).Should().BeEmpty();
    }

    [Fact]
    public void A_new_folder_gets_the_complete_export_and_excel_adds_a_byte_order_mark()
    {
        var plain = Path.Combine(_root, "plain");
        var excel = Path.Combine(_root, "excel");

        Run("export", "--format", "csv", "--out", plain).ExitCode.Should().Be(0);
        Run("export", "--format", "csv", "--out", excel, "--excel").ExitCode.Should().Be(0);

        Directory.GetFiles(plain).Should().HaveCount(TidyTablesCount + 1, "the tables and the marker");
        File.ReadAllBytes(Path.Combine(plain, "units.csv"))[..3].Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        File.ReadAllBytes(Path.Combine(excel, "units.csv"))[..3].Should().Equal(0xEF, 0xBB, 0xBF);
        OneLineError(Run("export", "--format", "jsonl", "--out", Path.Combine(_root, "j"), "--excel"), 2, "--excel");
    }

    private static int TidyTablesCount => BelarusForces.Export.TidyTables.Build(BelarusForcesDataset.Current).Count;
}
