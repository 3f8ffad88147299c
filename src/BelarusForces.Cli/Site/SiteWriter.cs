using BelarusForces.Data;
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
    /// <summary>
    /// The record collections in the order the site lists them: facts first, then the things they are about. The
    /// registry lists a collection after those it points at, so its reverse puts the facts first.
    /// </summary>
    public static readonly string[] CollectionOrder = [.. Collections.All.Skip(1).Reverse().Select(c => c.Name)];

    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly BelarusForcesDataset _data;
    private readonly SeedParagraphs _seeds;
    private readonly string _root;
    private readonly string? _baseUrl;
    private readonly Dictionary<string, RecordView> _views;
    private readonly Html _html = new(); // one buffer for every page, so that a large site does not allocate one per page
    private int _pages;

    private SiteWriter(BelarusForcesDataset data, string? seeds, string root, string? baseUrl)
    {
        _baseUrl = baseUrl is null ? null : baseUrl.TrimEnd('/') + "/";
        _data = data;
        _seeds = new SeedParagraphs(seeds);
        _root = root;
        _views = data.AllRecords().Select(RecordView.Of).ToDictionary(v => v.Record.CitationKey, StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes the site into <paramref name="target"/>: first into a new folder beside it, which is then renamed into
    /// place, so that a failure leaves no half-written site. A target that is a symbolic link is refused, and so is a
    /// non-empty one unless <paramref name="force"/> is set. <paramref name="baseUrl"/>, when known, is the address the
    /// site will be served from, which each record's citation gives as its permanent address.
    /// </summary>
    /// <returns>The number of pages written.</returns>
    public static int Write(BelarusForcesDataset data, string? seeds, string target, bool force, string? baseUrl = null)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new UserError("--out: the folder name is empty.");
        }

        var full = Path.GetFullPath(target);
        var here = Path.GetFullPath(".").TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (here.StartsWith(full.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UserError($"--out: '{target}' holds the current directory; give the site a folder of its own.");
        }

        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new UserError($"--out: '{target}' is not a folder the site can be written to.");
        var existing = new DirectoryInfo(full);
        if (existing.LinkTarget is not null || (File.Exists(full) && new FileInfo(full).LinkTarget is not null))
        {
            throw new UserError($"--out: '{target}' is a symbolic link; the site is never written through one.");
        }

        if (File.Exists(full))
        {
            throw new UserError($"--out: '{target}' is a file, not a folder.");
        }

        if (existing.Exists && existing.EnumerateFileSystemInfos().Any() && !force)
        {
            throw new UserError($"--out: '{target}' is not empty; pass --force to replace it.");
        }

        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar));
        var staging = Path.Combine(parent, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            var site = new SiteWriter(data, seeds, staging, baseUrl);
            site.WriteAll();
            Replace(full, staging, existing.Exists);
            return site._pages;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
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
        WriteOrderOfBattle();
        WriteSearch();
        WriteVersions();
    }

    // Every download the landing page lists, with its size and SHA-256: the landing page lists whatever files the
    // downloads folder holds.
    private void WriteDownloads()
    {
        DatasetExport.WriteDataPackage(_data, Path.Combine(_root, "downloads", "datapackage"));
        DatasetExport.WriteJsonLines(_data, Path.Combine(_root, "downloads", "jsonl"));
        var sqlite = Path.Combine(_root, "downloads", "sqlite");
        Directory.CreateDirectory(sqlite);
        BelarusForces.Sqlite.SqliteExport.Write(_data, Path.Combine(sqlite, BelarusForces.Sqlite.SqliteExport.FileName), progress: null);
        ParquetExport.Write(_data, Path.Combine(_root, "downloads", "parquet"), progress: null);
    }

    /// <summary>The downloads written, by folder then name: each file's path from the root, size and SHA-256.</summary>
    private IEnumerable<(string Path, long Size, string Sha256)> Downloads()
    {
        var root = Path.Combine(_root, "downloads");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(file =>
        {
            using var stream = File.OpenRead(file);
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
            return ("downloads/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), stream.Length, hash);
        });
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

        h.Open("li").Link(up + "timeline/index.html", "Timeline").Close("li");
        h.Open("li").Link(up + "orbat/index.html", "Order of battle").Close("li").Close("ul").Close("nav");
        h.Open("form", ("role", "search"), ("action", up + "search/index.html"), ("method", "get"))
            .Element("label", "Search the dataset", ("for", "q"))
            .Open("input", ("id", "q"), ("name", "q"), ("type", "search"), ("placeholder", "Tor-M2, Raukou, Zapad-2017…"), ("autocomplete", "off"))
            .Element("button", "Search", ("type", "submit")).Close("form");
        h.Close("header");
        h.Open("main", ("id", "main"));
        main(h, up);
        h.Close("main");
        h.Open("footer").Open("p").Text($"{_data.Manifest.Title}, {_data.VersionId}, released {Words.Date(_data.Manifest.Released)}. ")
            .Text($"Data {_data.Manifest.DataLicence}, code {_data.Manifest.CodeLicence}. Every fact carries a verbatim quote from its source. ")
            .Link(up + "versions/index.html", "Versions and changes").Text(".").Close("p").Close("footer");
        h.Close("body").Close("html");
        WriteFile(path, h.Flush);

        _pages++;
    }

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
