using System.Text;
using BelarusForces.Export;
using BelarusForces.Model;

namespace BelarusForces.Cli.Site;

/// <summary>
/// Writes the evidence explorer: a static site of the dataset with a permanent page per record. Every link is relative
/// and names its <c>index.html</c>, so the site works opened from <c>file://</c> as well as from any static host.
/// </summary>
internal sealed partial class SiteWriter
{
    /// <summary>The collections in the order the site lists them: facts first, then the things they are about.</summary>
    public static readonly string[] CollectionOrder =
        ["procurements", "inventory", "exercises", "events", "indicators", "agreements", "units", "equipment", "people", "organisations", "sites"];

    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly BelarusForcesDataset _data;
    private readonly SeedParagraphs _seeds;
    private readonly string _root;
    private readonly Dictionary<string, RecordView> _views;
    private readonly Html _html = new(); // one buffer for every page, so that a large site does not allocate one per page
    private int _pages;

    private SiteWriter(BelarusForcesDataset data, string? seeds, string root)
    {
        _data = data;
        _seeds = new SeedParagraphs(seeds, data.Manifest.Seeds);
        _root = root;
        _views = data.AllRecords().Select(RecordView.Of).ToDictionary(v => v.Record.CitationKey, StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes the site into <paramref name="target"/> through <see cref="SafeOutput"/>: complete or absent, never
    /// through a link, and over a folder that holds files only with <paramref name="force"/> and only when the tool
    /// wrote it.
    /// </summary>
    /// <param name="keep">Folders the site is made from (the data and seeds directories), which the target may neither be nor hold.</param>
    /// <returns>The number of pages written.</returns>
    public static int Write(BelarusForcesDataset data, string? seeds, string target, bool force, params string?[] keep)
    {
        int pages = 0;
        SafeOutput.WriteFolder(target, force, "--out", staging =>
        {
            var site = new SiteWriter(data, seeds, staging);
            site.WriteAll();
            pages = site._pages;
            return [];
        }, [.. keep, seeds]);
        return pages;
    }

    private void WriteAll()
    {
        Directory.CreateDirectory(_root);
        WriteAsset("site.css");
        WriteAsset("site.js");
        WriteFile("assets/search-index.js", SearchIndex());
        WriteDownloads();
        WriteLanding();
        foreach (var view in _views.Values)
        {
            WriteRecord(view);
        }

        foreach (var collection in CollectionOrder)
        {
            WriteCollection(collection);
        }

        WriteSources();
        WriteTimeline();
        WriteSearch();
    }

    private void WriteDownloads()
    {
        // Downloads are opened in spreadsheets: their CSV cells never start a formula (the export's --excel flavour).
        DatasetExport.WriteDataPackage(_data, Path.Combine(_root, "downloads", "datapackage"), null, spreadsheet: true);
        DatasetExport.WriteJsonLines(_data, Path.Combine(_root, "downloads", "jsonl"));
    }

    private void WriteAsset(string name)
    {
        using var stream = typeof(SiteWriter).Assembly.GetManifestResourceStream("BelarusForces.Cli.Site.assets." + name)!;
        using var reader = new StreamReader(stream, Utf8);
        WriteFile("assets/" + name, reader.ReadToEnd());
    }

    private void WriteFile(string path, string text) => WriteFile(path, writer => writer.Write(text));

    private void WriteFile(string path, Action<TextWriter> write)
    {
        SafeOutput.ThrowIfStopped();
        var file = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var writer = new StreamWriter(file, append: false, Utf8);
        write(writer);
    }

    // ---- layout ------------------------------------------------------------------------------------------

    /// <summary>The address of a record's page from the root: <c>procurements/cs-vn3-from-china/index.html</c>.</summary>
    public static string PathOf(IRecord record) => $"{record.Collection}/{record.Id}/index.html";

    public static string PathOf(Source source) => $"sources/{source.Id}/index.html";

    /// <summary>A page: the header with the site's navigation and search box, the main content and the footer.</summary>
    private void WritePage(string path, string title, Action<Html, string> main, string? head = null)
    {
        var up = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
        var h = _html;
        h.Trusted("<!doctype html>\n");
        h.Open("html", ("lang", "en")).Open("head").Open("meta", ("charset", "utf-8"))
            .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", title + (path == "index.html" ? "" : " — BelarusForces"))
            .Open("link", ("rel", "icon"), ("href", "data:,"))
            .Open("link", ("rel", "stylesheet"), ("href", up + "assets/site.css"))
            .Open("script", ("src", up + "assets/site.js"), ("defer", "")).Close("script");
        if (head is not null)
        {
            h.Trusted(head);
        }

        h.Close("head").Open("body");
        h.Link("#main", "Skip to the content", ("class", "skip"));
        h.Open("header", ("class", "site")).Link(up + "index.html", "BelarusForces", ("class", "brand"));
        h.Open("nav", ("aria-label", "Collections")).Open("ul");
        foreach (var collection in CollectionOrder.Append("sources"))
        {
            h.Open("li").Link($"{up}{collection}/index.html", Capital(collection)).Close("li");
        }

        h.Open("li").Link(up + "timeline/index.html", "Timeline").Close("li").Close("ul").Close("nav");
        h.Open("form", ("role", "search"), ("action", up + "search/index.html"), ("method", "get"))
            .Element("label", "Search the dataset", ("for", "q"))
            .Open("input", ("id", "q"), ("name", "q"), ("type", "search"), ("placeholder", "Tor-M2, Raukou, Zapad-2017…"), ("autocomplete", "off"))
            .Element("button", "Search", ("type", "submit")).Close("form");
        h.Close("header");
        h.Open("main", ("id", "main"));
        main(h, up);
        h.Close("main");
        h.Open("footer").Open("p").Text($"{_data.Manifest.Title}, {_data.VersionId}, released {Words.Date(_data.Manifest.Released)}. ")
            .Text($"Data {_data.Manifest.DataLicence}, code {_data.Manifest.CodeLicence}. Every fact carries a verbatim quote from its source.")
            .Close("p").Close("footer");
        h.Close("body").Close("html");
        WriteFile(path, h.Flush);

        _pages++;
    }

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
