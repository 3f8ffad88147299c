using System.Collections.Immutable;
using System.Text.Json;
using BelarusForces.Model;

namespace BelarusForces.Data;

// Relations between records, and the support rules: a structured value must be visible in the record's quotes
// (value-number-quoted, country-named, date-year-quoted, hedge-quoted) unless the record's `derivation` says why not.
// The rules read the files' JSON rather than the model, so that each problem names the member's own path.
internal sealed partial class DatasetBuilder
{
    private static readonly HashSet<string> NumberMembers = new(StringComparer.Ordinal) { "quantity", "value", "personnel", "nightShare", "amount" };
    private static readonly HashSet<string> CountryMembers = new(StringComparer.Ordinal) { "origin", "supplier", "recipient", "parties", "participants", "observersInvited" };
    private static readonly HashSet<string> DateMembers = new(StringComparer.Ordinal) { "date", "dates", "signed", "inForce", "published", "ordered", "expectedDelivery", "delivered", "period", "established" };

    // The members that point at a record, and the collection it is in (null: the record's own collection).
    private static readonly Dictionary<string, string?> ReferenceMembers = new(StringComparer.Ordinal)
    {
        ["equipment"] = "equipment", ["variantOf"] = "equipment", ["sites"] = "sites",
        ["units"] = "units", ["holder"] = "units", ["recipientUnit"] = "units", ["subjectUnit"] = "units", ["unit"] = "units",
        ["supplierOrganisation"] = "organisations", ["organisation"] = "organisations", ["manufacturer"] = "organisations",
        ["parties"] = "organisations", ["participants"] = "organisations", ["observersInvited"] = "organisations", ["subject"] = "organisations",
        ["parent"] = null,
    };

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Dictionary<long, string> NumberWords = new()
    {
        [1] = "one", [2] = "two", [3] = "three", [4] = "four", [5] = "five", [6] = "six", [7] = "seven", [8] = "eight", [9] = "nine", [10] = "ten",
        [11] = "eleven", [12] = "twelve", [13] = "thirteen", [14] = "fourteen", [15] = "fifteen", [16] = "sixteen", [17] = "seventeen",
        [18] = "eighteen", [19] = "nineteen", [20] = "twenty", [30] = "thirty", [40] = "forty", [50] = "fifty", [60] = "sixty",
        [70] = "seventy", [80] = "eighty", [90] = "ninety", [100] = "hundred", [1000] = "thousand",
    };

    // ---- relations --------------------------------------------------------------------------------------

    /// <summary>Every record's relations and derivations, resolved; a relation that does not resolve is a problem.</summary>
    private (Dictionary<IRecord, ImmutableArray<Relation>>, Dictionary<IRecord, ImmutableArray<Derivation>>) ResolveRelations(IReadOnlyList<object>?[] documents)
    {
        var relations = new Dictionary<IRecord, ImmutableArray<Relation>>(ReferenceEqualityComparer.Instance);
        var derivations = new Dictionary<IRecord, ImmutableArray<Derivation>>(ReferenceEqualityComparer.Instance);
        foreach (var collection in Collections.All)
        {
            _file = collection.File;
            var list = documents[collection.Index];
            for (int i = 0; list is not null && i < list.Count; i++)
            {
                if (list[i] is not IRecordDocument d || !IndexOf(collection).TryGetValue(collection.IdOf(list[i]), out var built) || built is not IRecord record)
                {
                    continue;
                }

                if (d.Relations is { Count: > 0 } links)
                {
                    var resolved = ImmutableArray.CreateBuilder<Relation>(links.Count);
                    for (int j = 0; j < links.Count; j++)
                    {
                        var path = ItemPath(RecordPath(i), "relations", j);
                        var kind = Enum<RelationKind>(links[j].Kind, path, "kind");
                        if (Target(links[j].Record, record, path) is { } target)
                        {
                            if (resolved.Any(r => ReferenceEquals(r.Record, target)))
                            {
                                Problem(path + ".record", Rules.RelationTarget, $"'{Shorten(links[j].Record)}' is already related to this record; a pair of records has one relation");
                            }
                            else
                            {
                                resolved.Add(new Relation(kind, target));
                            }
                        }
                    }

                    relations[record] = resolved.DrainToImmutable();
                }

                if (d.Derivation is { Count: > 0 } why)
                {
                    derivations[record] = [.. why.Select(w => new Derivation(w.Field, w.Reason))];
                }
            }
        }

        return (relations, derivations);
    }

    private IRecord? Target(string key, IRecord from, string path)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var collection = slash > 0 ? Collections.All.FirstOrDefault(c => c != Collections.Sources && key.AsSpan(0, slash).SequenceEqual(c.Name)) : null;
        if (collection is null || !IndexOf(collection).TryGetValue(key[(slash + 1)..], out var target) || target is not IRecord record)
        {
            Problem(path + ".record", Rules.RelationTarget, $"'{Shorten(key)}' is not the citation key (collection/id) of a record");
            return null;
        }

        if (ReferenceEquals(record, from))
        {
            Problem(path + ".record", Rules.RelationTarget, "a record cannot be related to itself");
            return null;
        }

        return record;
    }

    // ---- support ----------------------------------------------------------------------------------------

    /// <summary>A record's JSON and what the support rules need of it.</summary>
    private sealed record SupportedRecord(string File, string Path, JsonElement Json, List<string> Quotes, HashSet<string> Sources, List<string> Pointed);

    /// <summary>Checks the support rules on every record of a data directory.</summary>
    private void CheckSupport(IReadOnlyList<object>?[] documents)
    {
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in documents[Collections.Sources.Index]?.Cast<SourceDocument>() ?? [])
        {
            published[source.Id] = source.Published;
        }

        var parsed = new List<JsonDocument>();
        try
        {
            var records = new Dictionary<string, SupportedRecord>(StringComparer.Ordinal);
            foreach (var collection in Collections.All)
            {
                if (collection == Collections.Sources || !_bytes.TryGetValue(collection.File, out var bytes))
                {
                    continue;
                }

                var json = JsonDocument.Parse(bytes);
                parsed.Add(json);
                int i = 0;
                foreach (var element in json.RootElement.GetProperty("records").EnumerateArray())
                {
                    var record = new SupportedRecord(collection.File, RecordPath(i++), element, [], new(StringComparer.Ordinal), []);
                    Gather(element, collection.Name, null, record);
                    if (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    {
                        records.TryAdd(collection.Name + "/" + id.GetString(), record);
                    }
                }
            }

            var reported = _problems.Select(p => (p.Problem.File, p.Problem.JsonPath)).ToHashSet();
            foreach (var record in records.Values)
            {
                CheckSupport(record, records, published, reported);
            }
        }
        finally
        {
            parsed.ForEach(p => p.Dispose());
        }
    }

    // Collects a record's quotes, sources and the keys of the records it points at.
    private static void Gather(JsonElement element, string collection, string? member, SupportedRecord record)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("relations") && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        record.Pointed.AddRange(property.Value.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("record", out var k) && k.ValueKind == JsonValueKind.String).Select(r => r.GetProperty("record").GetString()!));
                        continue;
                    }

                    Gather(property.Value, collection, property.Name, record);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Gather(item, collection, member, record);
                }

                break;
            case JsonValueKind.String when member is not null:
                var text = element.GetString()!;
                if (member == "quote")
                {
                    record.Quotes.Add(text);
                }
                else if (member == "source")
                {
                    record.Sources.Add(text);
                }
                else if (ReferenceMembers.TryGetValue(member, out var target) && !IsCountryCode(text))
                {
                    record.Pointed.Add((target ?? collection) + "/" + text);
                }

                break;
        }
    }

    private static bool IsCountryCode(string text) => text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]);

    private void CheckSupport(SupportedRecord record, Dictionary<string, SupportedRecord> all, Dictionary<string, string> published, HashSet<(string, string)> reported)
    {
        _file = record.File;
        var derived = new List<(string Field, bool Used)>();
        if (record.Json.TryGetProperty("derivation", out var derivation) && derivation.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in derivation.EnumerateArray())
            {
                var field = d.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "";
                if (derived.Any(x => x.Field == field))
                {
                    Problem($"{record.Path}.derivation[{derived.Count}].field", Rules.DerivationField, $"'{Shorten(field)}' has a derivation already");
                }

                derived.Add((field, false));
            }
        }

        var publications = record.Sources.Select(s => published.GetValueOrDefault(s)).OfType<string>().ToList();
        var pointedQuotes = record.Pointed.Select(k => all.GetValueOrDefault(k)).OfType<SupportedRecord>().SelectMany(r => r.Quotes).ToList();
        foreach (var (member, relative, text) in StringValues(record.Json, ""))
        {
            // A value that already broke a rule of its own (a date that is not EDTF, a share above 100) is reported
            // once; its derivation, if any, stays in use.
            int exempt = derived.Count == 0 ? -1 : derived.FindIndex(d => Covers(d.Field, relative));
            bool reportedAlready = reported.Contains((record.File, record.Path + "." + relative));
            var failure = reportedAlready ? null : Unsupported(member, text, record.Quotes, pointedQuotes, publications);
            if (exempt >= 0 && (reportedAlready || failure is not null))
            {
                derived[exempt] = (derived[exempt].Field, true);
            }

            if (failure is not { } problem || exempt >= 0)
            {
                continue;
            }

            Problem(record.Path + "." + relative, problem.Rule, problem.Message + "; correct the value, quote what supports it, or say why in the record's derivation");
        }

        // A derivation that exempts nothing is stale or names no checked field: it would hide a future mistake.
        for (int i = 0; i < derived.Count; i++)
        {
            if (!derived[i].Used)
            {
                Problem($"{record.Path}.derivation[{i}].field", Rules.DerivationField, $"'{Shorten(derived[i].Field)}' names no field of the record that a support rule finds unsupported; remove the derivation");
            }
        }
    }

    // The rule a value breaks and why, or null when its record's quotes support it.
    private static (Rule Rule, string Message)? Unsupported(string member, string text, List<string> quotes, List<string> pointedQuotes, List<string> publications)
    {
        if (NumberMembers.Contains(member))
        {
            return UnquotedNumber(text, quotes) is { } n ? (Rules.ValueNumberQuoted, $"the number {n} in '{Shorten(text)}' is in none of the record's quotes, as digits or in words") : null;
        }

        if (CountryMembers.Contains(member) && IsCountryCode(text))
        {
            return CountryQuoted(text, quotes) || CountryQuoted(text, pointedQuotes) ? null
                : (Rules.CountryNamed, $"{text} is named (as {string.Join(", ", Values.Country.WordsFor(text))}) in no quote of the record or of the records it points at");
        }

        if (DateMembers.Contains(member))
        {
            return UnsupportedYear(text, quotes, publications) is { } y
                ? (Rules.DateYearQuoted, $"the year {y} of '{Shorten(text)}' is in none of the record's quotes and is not the publication year of its sources ({string.Join(", ", publications.Distinct())})")
                : null;
        }

        if (member == "hedge")
        {
            return text.Split("; ").FirstOrDefault(h => !quotes.Any(q => q.Contains(h, StringComparison.OrdinalIgnoreCase))) is { } hedge
                ? (Rules.HedgeQuoted, $"the hedge '{Shorten(hedge)}' is in none of the record's quotes")
                : null;
        }

        return null;
    }

    private static bool Covers(string field, string path) =>
        path == field || (path.StartsWith(field, StringComparison.Ordinal) && path[field.Length] is '.' or '[');

    // Every string value outside the evidence, relations and derivations, with its member and path inside the record.
    private static IEnumerable<(string Member, string Path, string Text)> StringValues(JsonElement element, string path, string member = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "evidence" or "relations" or "derivation")
                    {
                        continue;
                    }

                    foreach (var value in StringValues(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, property.Name))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var value in StringValues(item, path + "[" + Digits(i++) + "]", member))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValueKind.String:
                yield return (member, path, element.GetString()!);
                break;
        }
    }

    // ---- the four checks --------------------------------------------------------------------------------

    /// <summary>The first number of a quantity that no quote states, or null.</summary>
    internal static string? UnquotedNumber(string quantity, IReadOnlyList<string> quotes)
    {
        foreach (var run in DigitRuns(quantity))
        {
            if (run.Length > 15 || !quotes.Any(q => NumberQuoted(Number(run), run, q)))
            {
                return run;
            }
        }

        return null;
    }

    // Digits as a number, without a culture (see Digits).
    private static long Number(string digits) => digits.Aggregate(0L, (n, c) => (n * 10) + (c - '0'));

    private static IEnumerable<string> DigitRuns(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                yield return text[start..i];
            }
        }
    }

    private static bool NumberQuoted(long n, string digits, string quote)
    {
        if (HasNumber(quote, digits) || HasNumber(quote, Grouped(digits)))
        {
            return true;
        }

        if (NumberWords.TryGetValue(n, out var word) && HasWord(quote, word))
        {
            return true;
        }

        foreach (var (zeros, words) in new (int, string[])[] { (2, ["hundred"]), (3, ["thousand"]), (6, ["million", "m"]), (9, ["billion", "bn"]) })
        {
            if (digits.Length <= zeros || digits.AsSpan(digits.Length - zeros).ContainsAnyExcept('0'))
            {
                continue;
            }

            var countDigits = digits[..^zeros];
            var count = Number(countDigits);
            if (words.Any(w => HasWord(quote, w)) && (HasNumber(quote, countDigits) || (NumberWords.TryGetValue(count, out var countWord) && HasWord(quote, countWord))))
            {
                return true;
            }

            if (words.Any(w => quote.Contains(countDigits + w, StringComparison.Ordinal)))
            {
                return true; // $1bn, 2m
            }
        }

        return (n == 500_000 && quote.Contains("half a million", StringComparison.OrdinalIgnoreCase))
            || (n == 25 && quote.Contains("a quarter", StringComparison.OrdinalIgnoreCase))
            || (n == 12 && HasWord(quote, "dozen"));
    }

    private static string Grouped(string digits)
    {
        var text = new System.Text.StringBuilder(digits.Length + digits.Length / 3);
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(',');
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }

    // The digits as a whole number: not part of a longer number (70 is not in 70,000 or 1970).
    private static bool HasNumber(string quote, string digits)
    {
        for (int at = quote.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            int end = at + digits.Length;
            bool before = at > 0 && (char.IsAsciiDigit(quote[at - 1]) || (at > 1 && quote[at - 1] is ',' or '.' && char.IsAsciiDigit(quote[at - 2])));
            bool after = end < quote.Length && (char.IsAsciiDigit(quote[end]) || (end + 1 < quote.Length && quote[end] == ',' && char.IsAsciiDigit(quote[end + 1])));
            if (!before && !after)
            {
                return true;
            }
        }

        return false;
    }

    // A whole word, in any case: "Five of these", "five to seven thousand".
    private static bool HasWord(string text, string word, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        for (int at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CountryQuoted(string code, List<string> quotes) =>
        quotes.Count > 0 && Values.Country.WordsFor(code).Any(w => quotes.Any(q => HasWord(q, w, StringComparison.Ordinal)));

    /// <summary>The first year of a date that neither a quote nor the publication date of the record's sources supports, or null.</summary>
    private static string? UnsupportedYear(string date, List<string> quotes, List<string> publications)
    {
        foreach (var year in DigitRuns(date).Where(r => r.Length == 4))
        {
            if (quotes.Any(q => HasNumber(q, year)))
            {
                continue;
            }

            // A relative date ("on 9 November", "this year", the article's own present) resolves against the publication
            // date of the article, so its year is that year; "last year" is the year before.
            var next = Digits((int)Number(year) + 1);
            if (publications.Any(p => p.StartsWith(year, StringComparison.Ordinal))
                || (publications.Any(p => p.StartsWith(next, StringComparison.Ordinal)) && quotes.Any(q => q.Contains("last year", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            return year;
        }

        return null;
    }
}
