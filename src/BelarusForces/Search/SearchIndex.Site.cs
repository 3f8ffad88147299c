using System.Text.Json;
using BelarusForces.Model;

namespace BelarusForces.Search;

// The index as the evidence explorer's script reads it. The explorer's search is this index, not a second one: the
// library writes its folded words, its postings, its fields with their weights and lengths, its stem groups, its
// names and its constants, and the script (site.js) only folds the query and ranks as Search does. Its one gap: a query
// word that the texts never use gets no stem group, since the script has no stemmer; prefixes and slips still apply.
internal sealed partial class SearchIndex
{
    /// <summary>
    /// Writes the index as one JSON object: the ranking's constants, the owners (records and sources, each described
    /// further by <paramref name="describe"/>), the field documents, their texts, the sorted words with their postings,
    /// the stem groups and the names.
    /// </summary>
    /// <param name="w">The writer.</param>
    /// <param name="describe">Writes the properties a page shows for an owner (its address, title, date), inside its object.</param>
    public void WriteTo(Utf8JsonWriter w, Action<Utf8JsonWriter, Owner> describe)
    {
        var ownerOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var recordOwner = new Dictionary<IRecord, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < _owners.Length; i++)
        {
            ownerOf[_owners[i].Key] = i;
            if (_owners[i].Record is { } r)
            {
                recordOwner[r] = i;
            }
        }

        w.WriteStartObject();
        w.WriteNumber("k1", K1);
        w.WriteNumber("b", B);
        w.WriteNumber("averageLength", _averageLength);
        w.WriteNumber("exactWeight", ExactWeight);
        w.WriteNumber("stemWeight", StemWeight);
        w.WriteNumber("aliasWeight", AliasWeight);
        w.WriteNumber("prefixWeight", PrefixWeight);
        w.WriteNumber("slipWeight", SlipWeight);
        w.WriteNumber("minPrefixLength", MinPrefixLength);
        w.WriteNumber("minSlipLength", MinSlipLength);
        w.WriteNumber("snippetLength", SnippetLength);
        w.WriteNumber("quotationReach", QuotationReach);
        Strings(w, "stopWords", StopWords.Order(StringComparer.Ordinal));
        w.WriteStartObject("numbers");
        foreach (var (word, other) in NumberWords)
        {
            w.WriteString(word, other);
        }

        w.WriteEndObject();

        // Owners: key (its collection is the part before the slash), what the page shows, the first quote (for a hit whose best field is not a quote)
        // and, for a named record, the words of its name and of each alias.
        w.WriteStartArray("owners");
        foreach (var owner in _owners)
        {
            w.WriteStartObject();
            w.WriteString("key", owner.Key);
            describe(w, owner);
            if (owner.Record is { } record && SearchFields.Claims(record).SelectMany(c => c.Evidence).Concat(record.Evidence).FirstOrDefault() is { } first)
            {
                Evidence(w, first, ownerOf);
            }

            if (owner.Record is INamedRecord named)
            {
                w.WriteStartArray("names");
                foreach (var name in named.Aliases.Prepend(named.Name))
                {
                    Strings(w, null, PrimaryWords(name));
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Field documents as [owner, field, weight, length, text, source owner, seed line]; the last two for a quote.
        var fields = _docs.Select(d => d.Name).Distinct().ToList();
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        Strings(w, "fields", fields);
        w.WriteStartArray("docs");
        foreach (var doc in _docs)
        {
            w.WriteStartArray();
            w.WriteNumberValue(doc.Owner);
            w.WriteNumberValue(fields.IndexOf(doc.Name));
            w.WriteNumberValue(doc.Weight);
            w.WriteNumberValue(doc.Length);
            w.WriteNumberValue(texts.TryAdd(doc.Text, texts.Count) ? texts.Count - 1 : texts[doc.Text]);
            if (doc.Evidence is { } e)
            {
                w.WriteNumberValue(ownerOf["sources/" + e.Source.Id.Value]);
                w.WriteNumberValue(e.Line);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        Strings(w, "texts", texts.Keys);
        Strings(w, "terms", _terms);

        // Each word's postings as pairs of (field document minus the previous pair's, position): small numbers.
        w.WriteStartArray("postings");
        foreach (var postings in _postings)
        {
            w.WriteStartArray();
            int last = 0;
            foreach (var p in postings)
            {
                w.WriteNumberValue(p.Doc - last);
                w.WriteNumberValue(p.Position);
                last = p.Doc;
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();

        // The words that share a stem, by position in "terms": a query word of the texts matches its whole group.
        w.WriteStartArray("stems");
        foreach (var group in _stems.Values.Where(g => g.Length > 1))
        {
            w.WriteStartArray();
            foreach (var term in group)
            {
                w.WriteNumberValue(term);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();

        // Every name, alias and id of a named record, folded as one word, with the owners it names.
        w.WriteStartObject("names");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var named in _owners.Select(o => o.Record).OfType<INamedRecord>())
        {
            foreach (var name in named.Aliases.Prepend(named.Name).Append(named.Id))
            {
                var key = SearchText.FoldWord(name);
                if (key.Length > 0 && written.Add(key))
                {
                    w.WriteStartArray(key);
                    foreach (var record in _names.Find(key))
                    {
                        w.WriteNumberValue(recordOwner[record]);
                    }

                    w.WriteEndArray();
                }
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter w, Evidence evidence, Dictionary<string, int> ownerOf)
    {
        w.WriteStartArray("evidence");
        w.WriteNumberValue(ownerOf["sources/" + evidence.Source.Id.Value]);
        w.WriteNumberValue(evidence.Line);
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
