using BelarusForces.Versioning;

namespace BelarusForces.Cli.Site;

/// <summary>
/// The versions of the data as a library's documentation gives them: a page listing every release, a changelog page per
/// release made from the library's diff between it and the release before, and a tombstone page at the permanent address
/// of every withdrawn record, so that a link made to it from an older version still leads somewhere.
/// </summary>
internal sealed partial class SiteWriter
{
    /// <summary>The releases up to the site's version, oldest first.</summary>
    private List<Release> Released() => [.. _data.Releases.TakeWhile((r, i) => i == 0 || _data.Releases[i - 1].Version != _data.Manifest.Version)];

    private void WriteVersions()
    {
        var releases = Released();
        var diffs = new List<(string Version, DatasetDiff Diff)>();
        for (int i = 1; i < releases.Count; i++)
        {
            var newer = releases[i].Version == _data.Manifest.Version ? _data : BelarusForcesDataset.LoadRelease(releases[i].Version);
            diffs.Add((releases[i].Version, DatasetDiff.Between(BelarusForcesDataset.LoadRelease(releases[i - 1].Version), newer)));
        }

        WritePage("versions/index.html", "Versions", (h, up) =>
        {
            h.Element("h1", "Versions").Element("p", "Released data never changes under its version: each release has its content hash, and a record withdrawn "
                + "from a later release keeps its address, which tells why it went and where its fact lives now.");
            h.Open("p", ("class", "version")).Text($"This site shows version {_data.Manifest.Version}. ")
                .Text("To make the site of an earlier release: ").Element("code", "belarus-forces site --release 1.0.0 --out site-1.0.0").Text(".").Close("p");
            h.Open("div", ("class", "scroll")).Open("table").Open("thead").Open("tr").Element("th", "version", ("scope", "col")).Element("th", "released", ("scope", "col"))
                .Element("th", "records", ("scope", "col")).Element("th", "content hash", ("scope", "col")).Element("th", "changes", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var release in Enumerable.Reverse(releases))
            {
                var diff = diffs.FirstOrDefault(d => d.Version == release.Version).Diff;
                h.Open("tr").Element("th", release.Version, ("scope", "row")).Element("td", Words.Date(release.Released))
                    .Element("td", Words.Number(release.Keys.Count), ("class", "number")).Open("td").Element("code", "sha256:" + release.Sha256).Close("td").Open("td");
                if (diff is null)
                {
                    h.Text("the first release");
                }
                else
                {
                    h.Link($"{release.Version}/index.html", $"{diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Withdrawn.Count} withdrawn");
                }

                h.Close("td").Close("tr");
            }

            h.Close("tbody").Close("table").Close("div");
            if (_data.Withdrawn.Length > 0)
            {
                h.Element("h2", "Withdrawn records").Open("ul", ("class", "refs"));
                foreach (var t in _data.Withdrawn)
                {
                    h.Open("li").Link($"{up}{t.Key}/index.html", t.Key).Text($", withdrawn in {t.Version}").Close("li");
                }

                h.Close("ul");
            }
        });

        foreach (var (version, diff) in diffs)
        {
            WriteChangelog(version, diff);
        }

        foreach (var tombstone in _data.Withdrawn)
        {
            WriteTombstone(tombstone);
        }
    }

    private void WriteChangelog(string version, DatasetDiff diff)
    {
        WritePage($"versions/{version}/index.html", $"Changes in {version}", (h, up) =>
        {
            h.Open("nav", ("aria-label", "Breadcrumb"), ("class", "crumbs")).Link(up + "index.html", "Home").Text(" › ").Link(up + "versions/index.html", "Versions").Close("nav");
            h.Element("h1", $"Changes in {version}").Element("p", $"From {diff.From} to {diff.To}: {diff}.");
            h.Element("h2", $"Added ({Words.Number(diff.Added.Count)})", ("id", "added")).Open("ul", ("class", "refs"));
            foreach (var key in diff.Added)
            {
                h.Open("li");
                KeyLink(h, key, up);
                h.Close("li");
            }

            h.Close("ul").Element("h2", $"Changed ({Words.Number(diff.Changed.Count)})", ("id", "changed"));
            h.Open("div", ("class", "scroll")).Open("table", ("class", "changes")).Open("thead").Open("tr").Element("th", "record", ("scope", "col")).Element("th", "field", ("scope", "col"))
                .Element("th", "before", ("scope", "col")).Element("th", "after", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
            foreach (var change in diff.Changed)
            {
                foreach (var (field, i) in change.Fields.Select((f, i) => (f, i)))
                {
                    h.Open("tr").Open("td");
                    if (i == 0)
                    {
                        KeyLink(h, change.Key, up);
                    }

                    h.Close("td").Open("td").Element("code", field.Field).Close("td").Element("td", field.Old ?? "(absent)").Element("td", field.New ?? "(absent)").Close("tr");
                }
            }

            h.Close("tbody").Close("table").Close("div");
            h.Element("h2", $"Withdrawn ({Words.Number(diff.Withdrawn.Count)})", ("id", "withdrawn")).Open("ul", ("class", "refs"));
            foreach (var key in diff.Withdrawn)
            {
                var tombstone = diff.Tombstones.FirstOrDefault(t => t.Key == key);
                h.Open("li").Link($"{up}{key}/index.html", key).Text(tombstone is null ? "" : $": {tombstone.Reason}").Close("li");
            }

            h.Close("ul");
        });
    }

    private void KeyLink(Html h, string key, string up)
    {
        if (_views.TryGetValue(key, out var view))
        {
            h.Link($"{up}{key}/index.html", Capital(view.Title)).Text(" ").Element("span", key, ("class", "kind"));
        }
        else
        {
            h.Element("code", key);
        }
    }

    private void WriteTombstone(Tombstone tombstone)
    {
        WritePage($"{tombstone.Key}/index.html", $"{tombstone.Key} (withdrawn)", (h, up) =>
        {
            h.Open("nav", ("aria-label", "Breadcrumb"), ("class", "crumbs")).Link(up + "index.html", "Home").Text(" › ").Link(up + "versions/index.html", "Versions").Close("nav");
            h.Open("article", ("class", "record tombstone"));
            h.Element("h1", $"{tombstone.Key}: withdrawn in {tombstone.Version}");
            h.Open("p").Text($"This record was withdrawn from the data in version {tombstone.Version}: {tombstone.Reason}. ")
                .Text("Its address stays, so that a citation of an earlier version still leads here.").Close("p");
            h.Open("p", ("class", "moved"));
            if (tombstone.ReplacedBy is { } key && _views.TryGetValue(key, out var replacement))
            {
                h.Text("Where the fact lives now: ").Link($"{up}{key}/index.html", Capital(replacement.Title)).Text($" ({key}).");
            }
            else
            {
                h.Text("It was withdrawn without a replacement.");
            }

            h.Close("p").Open("p").Text("Earlier versions still hold it: ").Link(up + "versions/index.html", "the versions and their changes").Text(".").Close("p");
            h.Close("article");
        });
    }
}
