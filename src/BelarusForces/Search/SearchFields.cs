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

        var own = record switch
        {
            MilitaryEvent e => [new("title", e.Title, TitleWeight)],
            Person p => p.Posts.Select(post => new Field("posts", post.Title, TitleWeight)),
            EquipmentType t => t.Role is { } role ? [new("role", role, TextWeight)] : [],
            Agreement a => a.Summary is { } summary ? [new("summary", summary, TextWeight)] : [],
            Site s => s.Location is { } location ? [new("location", location, TextWeight)] : [],
            Organisation o => o.Location is { } location ? [new("location", location, TextWeight)] : [],
            Exercise x => x.Statistics.Select(st => new Field("statistics", st.Label, TextWeight)),
            _ => Enumerable.Empty<Field>(),
        };
        foreach (var field in own)
        {
            yield return field;
        }

        var note = record switch
        {
            Claimed c => c.Note,
            Person p => p.Note,
            Organisation o => o.Note,
            Indicator i => i.Note,
            _ => null,
        };
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
    internal static IEnumerable<IClaim> Claims(IRecord record)
    {
        if (record is IClaim self)
        {
            yield return self;
        }

        IEnumerable<IClaim> nested = record switch
        {
            Person p => p.Posts,
            Procurement p => p.Batches,
            Unit u => u.Strength,
            Exercise x => x.Statistics,
            Indicator i => i.Observations,
            _ => [],
        };
        foreach (var claim in nested)
        {
            yield return claim;
        }
    }
}
