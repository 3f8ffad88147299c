using System.Collections.Immutable;
using BelarusForces.Model;
using BelarusForces.Values;

namespace BelarusForces.Data;

// Checking values: dates, quantities, codes, names and evidence.
internal sealed partial class DatasetBuilder
{
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
    private EdtfDate? DoneDate(string? text, List<EvidenceDocument> evidence, string path, string member)
    {
        var date = Date(text, path, member);
        if (date is not { EarliestKey: > 0 } done)
        {
            return date;
        }

        EdtfDate? latest = null;
        foreach (var e in evidence)
        {
            if (Built(Collections.Sources, e.Source) is { } source && source.Published.LatestKey > (latest?.LatestKey ?? 0))
            {
                latest = source.Published;
            }
        }

        if (latest is { } published && done.EarliestKey > published.LatestKey)
        {
            int day = published.LatestKey; // yyyymmdd: formatted by hand, so that loading does not start NodaTime
            Problem(path + "." + member, Rules.DateBeforePublication, $"'{date}' is after the latest publication date of its sources ({day / 10000:0000}-{day / 100 % 100:00}-{day % 100:00}); a reported fact cannot postdate its report");
        }

        return date;
    }

    private Quantity? Qty(string? text, string path, string member)
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
        if (_seeds is null)
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
            Problem(path, Rules.NameScript, $"the word '{word}' of '{name}' mixes Latin, Cyrillic or Greek letters, which look alike but do not match");
        }

        var normal = NameIndex.Normalize(name);
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

    // The first word that mixes letters of the Latin, Cyrillic and Greek scripts, such as a Cyrillic 'а' in "Pаlanez".
    private static string? MixedScriptWord(string name)
    {
        foreach (var word in name.Split([' ', '-', '/', '(', ')', ',', '.', '\'', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            int scripts = 0;
            foreach (char c in word)
            {
                scripts |= c switch
                {
                    (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and < '\u0250') => 1,
                    >= '\u0370' and < '\u0400' => 2,
                    >= '\u0400' and < '\u0530' => 4,
                    _ => 0,
                };
            }

            if (scripts is not (0 or 1 or 2 or 4))
            {
                return word;
            }
        }

        return null;
    }

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
                if (_seeds is null)
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

        int at = seed.Text.IndexOf(quote, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            Problem(path, Rules.QuoteVerbatim, seed.Text.Contains(quote, StringComparison.Ordinal)
                ? $"the quote is in {source.SeedFile} but outside lines {source.FirstLine}-{source.LastLine} of source '{source.Id}'"
                : $"the quote is not found verbatim in lines {source.FirstLine}-{source.LastLine} of {source.SeedFile}: \"{Shorten(quote)}\"");
            return 0;
        }

        if (seed.Text.IndexOf(quote, at + 1, end - at - 1, StringComparison.Ordinal) >= 0)
        {
            Problem(path, Rules.QuoteUnique, $"the quote occurs more than once in lines {source.FirstLine}-{source.LastLine} of {source.SeedFile}; quote a longer passage, so that it points at one place");
        }

        return seed.LineOf(at);
    }
    private static Id<T>? IdOf<T>(string? id) => id is null ? null : new Id<T>(id);

    // A record of a collection already built, or null: for references whose problems are reported elsewhere.
    private T? Built<T>(Collection<T> collection, string? id)
        where T : class => id is not null && IndexOf(collection).TryGetValue(id, out var record) ? (T)record : null;

    internal T Required<T>(Collection<T> collection, string id, string path, string member)
        where T : class => Ref(collection, id, path, member) ?? default!;

}
