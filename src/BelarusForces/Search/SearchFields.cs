using BelarusForces.Data;
using BelarusForces.Model;

namespace BelarusForces.Search;

/// <summary>The texts of a record that search reads, each with the name of its field (snake_case, as in exports).</summary>
internal static class SearchFields
{
    /// <summary>A text of a record and how much a match in it counts: names most, quotes least.</summary>
    internal readonly record struct Field(string Name, string Text, float Weight, Evidence? Evidence = null);

    private const float NameWeight = 3f;
    private const float AliasWeight = 2.5f; // an exact name outranks another record's alias
    private const float TitleWeight = 2f;
    private const float TextWeight = 1f;

    /// <summary>
    /// Whether search reads a declared field: one declared searchable, or a name, note, hedge or headline, which
    /// <see cref="Of"/> reads through the record's own members (with their weights). The tidy tables mark these columns
    /// searchable, and so the SQLite export's full-text tables index what search reads.
    /// </summary>
    internal static bool Reads(Data.Field field) => field.Searchable || field.Column is "name" or "note" or "hedge" or "headline";

    public static IEnumerable<Field> Of(IRecord record)
    {
        if (record is INamedRecord named)
        {
            yield return new("name", named.Name, NameWeight);
            foreach (var alias in named.Aliases)
            {
                yield return new("aliases", alias, AliasWeight);
            }
        }

        // The collection's searchable text fields and those of its nested lists; titles (an event's, a post's) count more.
        var collection = Collections.Named(record.Collection);
        foreach (var field in collection.Fields.Where(f => f.Searchable))
        {
            if (field.ValueOf(record) is string text)
            {
                yield return new(field.Column, text, field.Column == "title" ? TitleWeight : TextWeight);
            }
        }

        foreach (var list in collection.Lists)
        {
            foreach (var field in list.Fields.Where(f => f.Searchable))
            {
                var name = list.Column;
                foreach (var item in list.ItemsOf(record))
                {
                    if (field.ValueOf(item) is string text)
                    {
                        yield return new(name, text, field.Column == "title" ? TitleWeight : TextWeight);
                    }
                }
            }
        }

        var note = record.Note;
        if (note is not null)
        {
            yield return new("note", note, TextWeight);
        }

        foreach (var claim in Claims(record))
        {
            if (claim.Hedge is { } hedge)
            {
                yield return new("hedge", hedge, TextWeight);
            }

            if (claim is Claimed { Note: { } nestedNote } && !ReferenceEquals(claim, record))
            {
                yield return new("note", nestedNote, TextWeight);
            }

            foreach (var evidence in claim.Evidence)
            {
                yield return new("quote", evidence.Quote, TextWeight, evidence);
            }
        }

        // Records without claims of their own (people, organisations, indicators) still carry evidence.
        if (record is not IClaim)
        {
            foreach (var evidence in record.Evidence)
            {
                yield return new("quote", evidence.Quote, TextWeight, evidence);
            }
        }
    }

    // The record itself when it is a claim, and every nested claim: posts, batches, strength, statistics, observations.
    internal static IEnumerable<IClaim> Claims(IRecord record) => record.Claims;
}
