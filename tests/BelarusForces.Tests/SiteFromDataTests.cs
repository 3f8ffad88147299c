using BelarusForces.Cli.Site;

namespace BelarusForces.Tests;

/// <summary>The site makes what valid data allows: a headline section whose record is absent is left out, never a crash; a long paragraph is cut around its quote.</summary>
public sealed class SiteFromDataTests
{
    private static string Landing(DataFixture data)
    {
        var dataset = BelarusForcesDataset.LoadDirectory(data.Data);
        var site = Path.Combine(data.Root, "site");
        SiteWriter.Write(dataset, Path.Combine(data.Root, "seeds"), site, force: false);
        return File.ReadAllText(Path.Combine(site, "index.html"));
    }

    [Fact]
    public void Without_the_special_operations_forces_the_landing_page_leaves_their_section_out()
    {
        using var data = new DataFixture();
        data.Edit("units.json", f => DataFixture.Record(f, "special-operations-forces")["id"] = "special-forces-renamed");
        foreach (var file in Directory.GetFiles(data.Data, "*.json").Select(Path.GetFileName).Where(f => f != "releases.json"))
        {
            var text = File.ReadAllText(data.PathOf(file!));
            File.WriteAllText(data.PathOf(file!), text.Replace("\"special-operations-forces\"", "\"special-forces-renamed\"", StringComparison.Ordinal));
        }

        data.Edit("releases.json", f =>
        {
            // Tombstones that led to the unit lead to its new id.
            foreach (var tombstone in f["withdrawn"]!.AsArray().Where(t => (string?)t!["replacedBy"] == "units/special-operations-forces"))
            {
                tombstone!["replacedBy"] = "units/special-forces-renamed";
            }

            f["withdrawn"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
            {
                ["key"] = "units/special-operations-forces", ["replacedBy"] = "units/special-forces-renamed", ["version"] = "1.1.0", ["reason"] = "renamed",
            });
        });
        var landing = Landing(data);

        landing.Should().NotContain("id=\"sof-equipment\"").And.Contain("id=\"flight-hours\"");
    }

    [Fact]
    public void Without_pilot_flight_hours_or_with_no_observations_the_trend_is_left_out()
    {
        using var data = new DataFixture();
        data.Edit("indicators.json", f =>
        {
            var series = DataFixture.Record(f, "belarus-pilot-annual-flight-hours");
            series["observations"]!.AsArray().Clear();
            series.AsObject().Remove("derivation"); // it explained an observation's date, and there is none left
        });

        var landing = Landing(data);

        landing.Should().NotContain("id=\"flight-hours\"").And.Contain("id=\"sof-equipment\"");
    }

    [Fact]
    public void A_quote_in_a_long_paragraph_is_shown_with_a_few_sentences_around_it()
    {
        var seeds = Directory.CreateTempSubdirectory("belarus-forces-seed-").FullName;
        try
        {
            var sentence = "This sentence only pads the paragraph around the quote. ";
            var paragraph = string.Concat(Enumerable.Repeat(sentence, 2000)) + "The quoted words stand here in the middle. " + string.Concat(Enumerable.Repeat(sentence, 2000));
            var bytes = System.Text.Encoding.UTF8.GetBytes("Title\n" + paragraph + "\n");
            File.WriteAllBytes(Path.Combine(seeds, "long.txt"), bytes);
            var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();
            var found = new SeedParagraphs(seeds, [new Data.SeedFile("long.txt", sha)]);
            var source = BelarusForcesDataset.Current.Sources.Values.First() with { SeedFile = "long.txt", FirstLine = 1, LastLine = 2 };
            var evidence = new Model.Evidence(source, "The quoted words stand here in the middle.", 2);

            var context = found.Find(evidence)!;

            context.Paragraph.Length.Should().BeLessThanOrEqualTo(evidence.Quote.Length + (2 * SeedParagraphs.MaxContext) + 4);
            context.Paragraph.Should().StartWith("… This sentence").And.EndWith("only pads the paragraph around the quote. …".TrimEnd(' ', '…') + " …");
            context.Paragraph.Substring(context.Start, context.Length).Should().Be(evidence.Quote);
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }
}
