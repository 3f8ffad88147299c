using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Data;

// Checking values: dates, quantities, codes, names and evidence.
internal sealed partial class DatasetBuilder
{
    private int _releasedKey; // the manifest's release date, yyyymmdd, or 0
    private readonly Dictionary<string, string> _nameOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameClash> _nameClashes = new(StringComparer.Ordinal);

    private Party? PartyOf(string reference, string pathOfReference)
    {
        if (reference.Length == 2 && char.IsAsciiLetterUpper(reference[0]) && char.IsAsciiLetterUpper(reference[1]))
        {
            if (Values.Country.TryParse(reference, out var country))
            {
                return new Party { Country = country, Reference = reference };
            }

            Problem(pathOfReference, Rules.CountryCode, CountryMessage(reference));
            return null;
        }

        var organisation = Ref(Collections.Organisations, reference, pathOfReference, "");
        return organisation is null ? null : new Party { Organisation = organisation, Reference = reference };
    }

    private ValueArray<Party> Parties(string[] references, string path, string member)
    {
        var parties = ImmutableArray.CreateBuilder<Party>(references.Length);
        for (int i = 0; i < references.Length; i++)
        {
            if (PartyOf(references[i], ItemPath(path, member, i)) is { } party)
            {
                parties.Add(party);
            }
        }

        return new(parties.DrainToImmutable()); // no copy unless a problem left it short
    }

    // ---- values ----------------------------------------------------------------------------------------

    private EdtfDate? Date(string? text, string path, string member)
    {
        if (text is null)
        {
            return null;
        }

        if (EdtfDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        Problem(path + "." + member, Rules.EdtfDate, error!);
        return null;
    }

    // A fact the source reports as done (a delivery, a signature) cannot be dated after the source was published.
    private EdtfDate? ReportedFactDate(string? text, List<EvidenceDocument> evidence, string path, string member)
    {
        var date = Date(text, path, member);
        if (date is not { EarliestKey: > 0 } done)
        {
            return date;
        }

        // A publication date with an open end ("2018/..") was at the latest the data's release date.
        int latest = 0;
        foreach (var e in evidence)
        {
            if (Built(Collections.Sources, e.Source) is { } source)
            {
                latest = Math.Max(latest, source.Published.LatestKey > 0 ? source.Published.LatestKey : _releasedKey);
            }
        }

        if (latest > 0 && done.EarliestKey > latest)
        {
            int day = latest; // yyyymmdd: formatted by hand, so that loading does not start NodaTime
            Problem(path + "." + member, Rules.DateBeforePublication, $"'{date}' is after the latest publication date of its sources ({day / 10000:0000}-{day / 100 % 100:00}-{day % 100:00}); a reported fact cannot postdate its report");
        }

        return date;
    }

    private Quantity? ParseQuantity(string? text, string path, string member)
    {
        if (text is null)
        {
            return null;
        }

        if (Quantity.TryParse(text, out var q, out var error))
        {
            return q;
        }

        Problem(path + "." + member, Rules.Quantity, error!);
        return null;
    }

    private Country? Country(string? code, string path, string member)
    {
        if (code is null)
        {
            return null;
        }

        if (Values.Country.TryParse(code, out var c))
        {
            return c;
        }

        Problem(path + "." + member, Rules.CountryCode, CountryMessage(code));
        return null;
    }

    private static string CountryMessage(string code) =>
        $"'{code}' is not an ISO 3166-1 alpha-2 code (upper case, such as BY or RU) or SU for the Soviet Union";

    private ValueArray<Country> Countries(string[] codes, string path, string member)
    {
        var countries = ImmutableArray.CreateBuilder<Country>(codes.Length);
        for (int i = 0; i < codes.Length; i++)
        {
            if (Values.Country.TryParse(codes[i], out var c))
            {
                countries.Add(c);
            }
            else
            {
                Problem(ItemPath(path, member, i), Rules.CountryCode, CountryMessage(codes[i]));
            }
        }

        return new(countries.DrainToImmutable()); // no copy unless a problem left it short
    }

    private T Enum<T>(string? text, string path, string member)
        where T : struct, System.Enum
    {
        if (Kebab.TryParse<T>(text, out var value))
        {
            return value;
        }

        Problem(path + "." + member, Rules.AllowedValue, $"'{text}' is not one of: {string.Join(", ", Kebab.Names<T>())}");
        return default;
    }

    private T? OptionalEnum<T>(string? text, string path, string member)
        where T : struct, System.Enum => text is null ? null : Enum<T>(text, path, member);

    // The reader makes each list of strings an array of exactly its length, which the model then shares, not copies.
    private static ValueArray<string> Strings(string[] items) => new(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items));

    private ValueArray<string> Names(string name, string[] aliases, string path, string collection, string id)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Problem($"{path}.name", Rules.NamePresent, "the name is empty");
        }

        // The package's own data was checked for clashing names when the package was built.
        if (IsPackageData)
        {
            return Strings(aliases);
        }

        var key = collection + "/" + id;
        AddName(name, key, path + ".name");
        for (int i = 0; i < aliases.Length; i++)
        {
            AddName(aliases[i], key, ItemPath(path, "aliases", i));
        }

        AddName(id, key, path + ".name");
        return Strings(aliases);
    }

    // Every name, id and alias must resolve to one entity: the first owner of each comparison key is kept, and any
    // other owner is a clash, reported once per key by CheckAliases.
    private void AddName(string name, string key, string path)
    {
        if (name.Length > DataFiles.MaxIdLength)
        {
            Problem(path, Rules.TextLength, $"the name has {name.Length} characters; at most {DataFiles.MaxIdLength} are allowed");
            return;
        }

        if (MixedScriptWord(name) is { } word)
        {
            Problem(path, Rules.NameScript, $"the word '{word}' of '{name}' mixes letters of different scripts, which can look alike but do not match");
        }

        var normal = NameFolding.Normalize(name);
        if (normal.Length == 0)
        {
            Problem(path, Rules.AliasFormat, $"'{name}' has no letters or digits");
            return;
        }

        if (!_nameOwners.TryGetValue(normal, out var first))
        {
            _nameOwners[normal] = key;
        }
        else if (first != key)
        {
            if (!_nameClashes.TryGetValue(normal, out var clash))
            {
                _nameClashes[normal] = new NameClash(key, name, [first]);
            }
            else if (key != clash.Key && !clash.Others.Contains(key))
            {
                clash.Others.Add(key);
            }
        }
    }

    private void CheckNames()
    {
        foreach (var clash in _nameClashes.Values)
        {
            var (collection, id) = (clash.Key.Split('/')[0], clash.Key.Split('/')[1]);
            _file = collection + ".json";
            Problem("$", Rules.AliasUnique, $"the name '{clash.Name}' of '{id}' also names {string.Join(", ", clash.Others)}: every name must resolve to one entity");
        }
    }

    // The first word whose letters come from more than one script (Unicode's single-script rule, UTS #39), such as a
    // Cyrillic 'а' in "Pаlanez", an Armenian 'օ', a fullwidth 'ａ' or the IPA's Latin alpha 'ɑ' among Latin letters.
    private static string? MixedScriptWord(string name)
    {
        foreach (var word in name.Split([' ', '-', '/', '(', ')', ',', '.', '\'', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            int? script = null;
            foreach (var rune in word.EnumerateRunes())
            {
                int s = ScriptOf(rune.Value);
                if (!Rune.IsLetter(rune) || s == Common)
                {
                    continue; // digits, marks, modifier letters (ʼ) and punctuation belong to every script
                }

                if (script is { } first && s != first)
                {
                    return word;
                }

                script = s;
            }
        }

        return null;
    }

    // The script of a letter: the common scripts by their blocks; the IPA's small capitals and the alpha, which copy
    // Latin letters (the schwa of Azerbaijani stays Latin), and the fullwidth forms as scripts of their own; any other
    // letter by its block of 128 code points.
    private const int Common = -1;

    private static int ScriptOf(int c) => c switch
    {
        >= 0x02B0 and < 0x0370 => Common,
        0x0251 or 0x0261 or 0x0262 or 0x0269 or 0x026A or 0x0274 or 0x0275 or 0x0280 or 0x028F or 0x0299 or 0x029C => -6, // ɑ ɡ ɢ ɩ ɪ ɴ ɵ ʀ ʏ ʙ ʜ
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 0x00AA and <= 0x00BA) or (>= 0x00C0 and < 0x02B0) or (>= 0x1E00 and < 0x1F00) or (>= 0x2C60 and < 0x2C80) or (>= 0xA720 and < 0xA800) => -2,
        (>= 0x0370 and < 0x0400) or (>= 0x1F00 and < 0x2000) => -3,
        (>= 0x0400 and < 0x0530) or (>= 0x1C80 and < 0x1C90) or (>= 0x2DE0 and < 0x2E00) or (>= 0xA640 and < 0xA6A0) => -4,
        (>= 0x3040 and < 0x3100) or (>= 0x3400 and < 0xA000) => -5, // Han, Hiragana and Katakana write one language
        _ => c >> 7,
    };

    /// <summary>A name of the record <paramref name="Key"/> that other records (<paramref name="Others"/>) also claim.</summary>
    private sealed record NameClash(string Key, string Name, List<string> Others);

    private ValueArray<Evidence> Evidence(List<EvidenceDocument> evidence, string path)
    {
        if (evidence.Count == 0)
        {
            Problem(path + ".evidence", Rules.EvidencePresent, "the record has no evidence; every fact needs at least one verbatim quote");
        }

        var result = ImmutableArray.CreateBuilder<Evidence>(evidence.Count);
        for (int i = 0; i < evidence.Count; i++)
        {
            var item = ItemPath(path, "evidence", i);
            if (Ref(Collections.Sources, evidence[i].Source, item, "source") is { } source)
            {
                var quote = evidence[i].Quote;
                int line;
                if (IsPackageData)
                {
                    line = TrustedLine(item);
                }
                else
                {
                    line = CheckQuote(source, quote, item + ".quote");
                    _evidenceLines[EvidenceKey(_file, item)] = line;
                }

                result.Add(new Evidence(source, quote, line));
            }
        }

        return new(result.DrainToImmutable()); // no copy unless a problem left it short
    }

    // The line the package's build found for a quote; a quote it did not see is a defect of the build, not of the data.
    private int TrustedLine(string path)
    {
        if (_trustedLines is null || _trustedLines.Count == 0)
        {
            return 0;
        }

        if (_trustedLines.TryGetValue(EvidenceKey(_file, path), out int line))
        {
            return line;
        }

        Problem(path, Rules.UnexpectedInput, "the package's evidence lines have no entry for this quote; rebuild the package (eng/DataTool computes them)");
        return 0;
    }

    // Finds a quote in its source's lines of its seed, and returns the seed line where it starts (0 when not found).
    private int CheckQuote(Source source, string quote, string path)
    {
        if (quote.Trim().Length < DataFiles.MinQuoteLength)
        {
            Problem(path, Rules.QuotePresent, $"the quote has {quote.Trim().Length} characters; a quote needs at least {DataFiles.MinQuoteLength} to point at one place in its source");
            return 0;
        }

        if (_seeds!.Pinned(source.SeedFile) is not { } seed || seed.Range(source.FirstLine, source.LastLine) is not var (start, end))
        {
            return 0; // reported on the source
        }

        // Every quote of the data was looked for in one pass per seed (FindQuotes); a quote that pass did not see is
        // looked for here.
        var found = _quotes.GetValueOrDefault(source.SeedFile)?.Find(quote, start, end)
            ?? QuoteFinder.Build(seed.Text, [(quote, start, end)]).Find(quote, start, end)!;
        int at = found.First;
        if (at < 0)
        {
            Problem(path, Rules.QuoteVerbatim, found.Anywhere
                ? $"the quote is in {source.SeedFile} but outside lines {source.FirstLine}-{source.LastLine} of source '{source.Id}'"
                : $"the quote is not found verbatim in lines {source.FirstLine}-{source.LastLine} of {source.SeedFile}: \"{Shorten(quote)}\"");
            return 0;
        }

        if (found.Twice)
        {
            Problem(path, Rules.QuoteUnique, $"the quote occurs more than once in lines {source.FirstLine}-{source.LastLine} of {source.SeedFile}; quote a longer passage, so that it points at one place");
        }

        return seed.LineOf(at);
    }
    // Looks for every quote of the data in one pass over each seed, before the records are built: the quotes are read
    // from the evidence objects of the raw files ({"source": …, "quote": …}), each with its source's lines.
    private void FindQuotes(IEnumerable<SourceDocument> sources)
    {
        var byId = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            byId.TryAdd(source.Id, source);
        }

        var questions = new Dictionary<string, List<(string, int, int)>>(StringComparer.Ordinal);
        foreach (var collection in Collections.All.Where(c => c != Collections.Sources))
        {
            if (!_bytes.TryGetValue(collection.File, out var bytes))
            {
                continue;
            }

            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = DataFiles.MaxDepth + 1 });
            foreach (var (sourceId, quote) in EvidenceIn(document.RootElement))
            {
                if (byId.TryGetValue(sourceId, out var source) && _seeds!.Pinned(source.SeedFile) is { } seed && seed.Range(source.FirstLine, source.LastLine) is var (start, end))
                {
                    if (!questions.TryGetValue(source.SeedFile, out var list))
                    {
                        questions[source.SeedFile] = list = [];
                    }

                    list.Add((quote, start, end));
                }
            }
        }

        foreach (var (file, list) in questions)
        {
            _quotes[file] = QuoteFinder.Build(_seeds!.Pinned(file)!.Text, list);
        }
    }

    private static IEnumerable<(string Source, string Quote)> EvidenceIn(JsonElement element)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    stack.Push(item);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String
                    && e.TryGetProperty("quote", out var quote) && quote.ValueKind == JsonValueKind.String)
                {
                    yield return (source.GetString()!, quote.GetString()!);
                }

                foreach (var property in e.EnumerateObject())
                {
                    stack.Push(property.Value);
                }
            }
        }
    }


    // A record of a collection already built, or null: for references whose problems are reported elsewhere.
    private T? Built<T>(Collection<T> collection, string? id)
        where T : class => id is not null && IndexOf(collection).TryGetValue(id, out var record) ? (T)record : null;

    internal T Required<T>(Collection<T> collection, string id, string path, string member)
        where T : class => Ref(collection, id, path, member) ?? default!;

}
