using System.Diagnostics;
using BelarusForces.Data;

namespace BelarusForces.Tests;

/// <summary>
/// Every cost a hostile input can drive is bounded and linear: quote checks, seeds read by the site, text lengths. The
/// two largest inputs (a 60 MB seed, the whole directory's record limit) are LargeInputTests, with the slow tests.
/// </summary>
public sealed class BoundedCostTests
{
    private static (int ExitCode, string Out, string Err) RunIn(string directory, params string[] args) =>
        ProcessRunner.Run("dotnet", directory, args.Prepend(Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll")), timeoutSeconds: 120);

    [Fact]
    public void The_one_pass_quote_finder_agrees_with_a_search_per_quote()
    {
        var random = new Random(24);
        for (int round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 300)).Select(_ => "ab\n"[random.Next(3)]).ToArray());
            var questions = Enumerable.Range(0, random.Next(1, 20)).Select(_ =>
            {
                var quote = random.Next(2) == 0 && text.Length > 4
                    ? text.Substring(random.Next(text.Length - 4), random.Next(1, 5))
                    : new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => "ab\n"[random.Next(3)]).ToArray());
                int start = random.Next(text.Length);
                return (Quote: quote, Start: start, End: random.Next(start, text.Length + 1));
            }).ToList();

            var finder = QuoteFinder.Build(text, questions);

            foreach (var (quote, start, end) in questions)
            {
                int first = text.IndexOf(quote, start, end - start, StringComparison.Ordinal);
                var expected = new QuoteFinder.Answer(first, first >= 0 && text.IndexOf(quote, first + 1, end - first - 1, StringComparison.Ordinal) >= 0, text.Contains(quote, StringComparison.Ordinal));
                finder.Find(quote, start, end).Should().Be(expected, $"'{quote}' in [{start}, {end}) of '{text}'");
            }
        }
    }

    [Fact]
    public void The_site_refuses_a_changed_seed_by_name_instead_of_showing_it()
    {
        using var data = new DataFixture();
        var seed = BelarusForcesDataset.Current.Manifest.Seeds[0].File;
        File.AppendAllText(Path.Combine(data.Root, "seeds", seed), "\nA forged paragraph.\n");

        var (code, _, error) = RunIn(data.Root, "site", "--out", Path.Combine(data.Root, "site"));

        code.Should().Be(2, error);
        error.Should().Contain(seed).And.Contain("seed-hash").And.NotContain("   at ");
        Directory.GetFileSystemEntries(data.Root).Select(Path.GetFileName).Should().BeEquivalentTo(["data", "seeds"], "no site and no staging folder");
    }

    [Fact]
    public void The_site_refuses_a_fifo_as_a_seed_without_hanging()
    {
        using var data = new DataFixture();
        var seed = Path.Combine(data.Root, "seeds", BelarusForcesDataset.Current.Manifest.Seeds[0].File);
        File.Delete(seed);
        using (var fifo = Process.Start("mkfifo", [seed]))
        {
            fifo.WaitForExit();
        }

        var (code, _, error) = RunIn(data.Root, "site", "--out", Path.Combine(data.Root, "site"));

        code.Should().Be(2, error);
        error.Should().Contain("file-type").And.Contain(Path.GetFileName(seed));
        Directory.GetFileSystemEntries(data.Root).Select(Path.GetFileName).Should().BeEquivalentTo(["data", "seeds"]);
    }

    [Fact]
    public void The_library_search_refuses_a_query_past_its_cap_with_an_argument_exception()
    {
        var act = () => BelarusForcesDataset.Current.Search(string.Join(' ', Enumerable.Repeat("a", 600)));

        act.Should().Throw<ArgumentException>().WithParameterName("text").Which.Message.Should().Contain("1199 characters");
        BelarusForcesDataset.Current.Search(new string('a', BelarusForcesDataset.MaxSearchLength)).Should().BeEmpty();
    }

    [Fact]
    public void A_huge_argument_gets_no_did_you_mean()
    {
        var huge = string.Concat(Enumerable.Repeat("Raukouz ", 12_000));

        var shown = ProcessRunner.Run("dotnet", AppContext.BaseDirectory, [Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll"), "show", "units/" + huge.Trim()], timeoutSeconds: 60);
        var found = ProcessRunner.Run("dotnet", AppContext.BaseDirectory, [Path.Combine(AppContext.BaseDirectory, "belarus-forces.dll"), "equipment", "--unit", huge], timeoutSeconds: 60);

        shown.ExitCode.Should().Be(1);
        shown.Err.Should().Contain("There is no record").And.NotContain("did you mean");
        found.ExitCode.Should().Be(1);
        found.Err.Should().Contain("There is no unit named").And.NotContain("Did you mean");
    }

    [Fact]
    public void Text_length_counts_characters_not_bytes()
    {
        using var data = new DataFixture();
        var cyrillic = new string('Ж', 15_000); // 30,000 bytes of UTF-8
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["note"] = cyrillic);

        BelarusForcesDataset.LoadDirectory(data.Data).Units.Find("special-operations-forces")!.Note.Should().Be(cyrillic);

        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["note"] = new string('Ж', DataFiles.MaxTextLength + 1));
        data.Problems().Should().ContainSingle(p => p.Rule == "text-length").Which.Message.Should().Contain($"{DataFiles.MaxTextLength + 1} characters");
    }

    [Fact]
    public void An_open_ended_publication_date_still_bounds_what_its_source_reports_as_done()
    {
        using var data = new DataFixture();
        var source = BelarusForcesDataset.Current.Procurements.First(p => p.Batches.Any(b => b.Delivered is not null)).Batches.First(b => b.Delivered is not null).Evidence[0].Source.Id.Value;
        data.Edit("sources.json", f => DataFixture.Record(f, source)["published"] = "2018-02/..");
        data.Edit("procurements.json", f =>
        {
            var batch = f["records"]!.AsArray().SelectMany(r => r!["batches"]!.AsArray()).First(b => b!["delivered"] is not null && (string?)b["evidence"]![0]!["source"] == source)!;
            batch["delivered"] = "2099-01-01";
        });

        data.Problems().Should().Contain(p => p.Rule == "date-before-publication" && p.Message.Contains("'2099-01-01'", StringComparison.Ordinal));
    }
}
