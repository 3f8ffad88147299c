using System.Security.Cryptography;
using System.Text;
using BelarusForces.Model;
using BelarusForces.Values;
using BelarusForces.Versioning;

namespace BelarusForces.Tests;

/// <summary>Released versions stay what they were: their hashes and keys, and the data rebuilt from the package.</summary>
public class ReleaseTests
{
    private static readonly BelarusForcesDataset Data = BelarusForcesDataset.Current;

    // The key set is held as the SHA-256 of its keys, sorted by ordinal and joined by line feeds.
    [Theory]
    [InlineData("1.0.0", "57aa58b25d3309d3dabdb40877d4724fb717338bdf8a06e554572e86f040bebd", 502, "c9425a30fb343c1694790870c8247ae49c91648e4609775e1a867d399e8cdf14")]
    [InlineData("1.1.0", "9ad383a402a2564a42630d90907d89713db73388b4f66f93a7a84ce4f3437c89", 501, "6b9c320d5d4b7d91fa1885fe14a5da51ec5b4b2325636e4a08c22ba8fa637426")]
    [InlineData("1.2.0", "f30d6508edde20e14fff39dab390e6501bee02a4f51e8500db56f677e154c862", 482, "91dcc4b19c211060688329e1857737fe72356228adff96d6a8204b4b399c75ff")]
    public void A_release_keeps_its_hash_and_key_set(string version, string sha256, int keyCount, string keysSha256)
    {
        var release = Data.Releases.Single(r => r.Version == version);

        release.Sha256.Should().Be(sha256);
        release.Keys.Count.Should().Be(keyCount);
        Sha256(string.Join("\n", release.Keys.Order(StringComparer.Ordinal))).Should().Be(keysSha256);
    }

    [Fact]
    public void Every_release_rebuilt_from_the_package_has_its_released_hash_and_keys()
    {
        foreach (var release in Data.Releases)
        {
            var rebuilt = BelarusForcesDataset.LoadRelease(release.Version);

            rebuilt.Manifest.Version.Should().Be(release.Version);
            rebuilt.Manifest.Released.Should().Be(release.Released);
            BelarusForces.Versioning.ContentHash.Compute(rebuilt.RawFile, release.HashAlgorithm).Should().Be(release.Sha256, "{0} is rebuilt exactly", release.Version);
            rebuilt.AllRecords().Select(r => r.CitationKey).Should().BeEquivalentTo(release.Keys);
            rebuilt.Releases.Last().Version.Should().Be(release.Version, "a release knows only the releases up to it");
        }
    }

    [Fact]
    public void The_rebuilt_1_0_0_holds_what_1_0_0_said()
    {
        var v1 = BelarusForcesDataset.LoadRelease("1.0.0");

        v1.VersionId.Should().Be("BelarusForces 1.0.0 (sha256:57aa58b2)");
        v1.Exercises[new Id<Exercise>("west-2017")].Level.Should().Be(ExerciseLevel.Strategic);
        Data.Exercises[new Id<Exercise>("west-2017")].Level.Should().BeNull();
        v1.Inventory[new Id<InventoryObservation>("mi-8mtv-5-2017")].Quantity.Should().Be(Quantity.Exactly(6));
        v1.FindRecord("agreements/joint-regional-air-defence-system").Should().NotBeNull();
        v1.Withdrawn.Should().BeEmpty();
    }

    [Fact]
    public void A_key_withdrawn_in_1_1_0_resolves_to_its_replacement()
    {
        var lookup = Data.Resolve("agreements/joint-regional-air-defence-system");

        lookup.IsWithdrawn.Should().BeTrue();
        lookup.Withdrawn!.Version.Should().Be("1.1.0");
        lookup.Record!.CitationKey.Should().Be("events/joint-regional-air-defence-system-talks-2016");
    }

    [Fact]
    public void The_citation_file_names_the_version_and_its_released_hash()
    {
        var cff = File.ReadAllLines(Path.Combine(Repository.Root, "CITATION.cff"));

        cff.Should().Contain($"version: {Data.Manifest.Version}");
        cff.Select(l => l.Trim()).Should().Contain($"value: \"sha256:{Data.ReleaseOfVersion!.Sha256}\"");
    }

    [Fact]
    public void An_unreleased_version_cannot_be_loaded_and_the_message_lists_the_releases()
    {
        var act = () => BelarusForcesDataset.LoadRelease("0.9.0");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*0.9.0 was never released*1.0.0, 1.1.0*");
    }

    [Fact]
    public void The_changelog_entry_of_each_release_is_the_diff_from_the_release_before()
    {
        var changelog = File.ReadAllText(Path.Combine(Repository.Root, "data", "CHANGELOG.md")).ReplaceLineEndings("\n");
        foreach (var (older, newer) in Data.Releases.Zip(Data.Releases.Skip(1)))
        {
            var diff = DatasetDiff.Between(BelarusForcesDataset.LoadRelease(older.Version), BelarusForcesDataset.LoadRelease(newer.Version));

            changelog.Should().Contain($"## {newer.Version} — {newer.Released}");
            changelog.Should().Contain(diff.ToMarkdown().ReplaceLineEndings("\n"), "the entry of {0} is pasted from `belarus-forces diff --since {1} --format markdown`", newer.Version, older.Version);
        }
    }

    [Fact]
    public void The_markdown_diff_lists_each_changed_field_with_both_values_and_each_withdrawal_with_its_replacement()
    {
        var markdown = DatasetDiff.Between(BelarusForcesDataset.LoadRelease("1.0.0"), Data).ToMarkdown();

        markdown.Should().StartWith("Compared with BelarusForces 1.0.0 (sha256:57aa58b2): " + Data.VersionId + ".");
        markdown.Should().Contain("- `exercises/west-2017`\n  - `level`: `\"strategic\"` → `null`");
        markdown.Should().Contain("  - `batches[1].delivered`: `\"2018-02-18~\"` → `\"../2018-02-18\"`");
        markdown.Should().Contain("- `agreements/joint-regional-air-defence-system` → `events/joint-regional-air-defence-system-talks-2016`: ");
        markdown.Should().Contain("### Added (0)\n\nNothing.");
    }

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
