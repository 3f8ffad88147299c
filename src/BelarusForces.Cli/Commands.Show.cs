using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BelarusForces.Export;
using BelarusForces.Data;
using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Search;

namespace BelarusForces.Cli;

// Search, show and indicator: from a question to a record, and from a record to its quotes and to what refers to it.
internal static partial class Commands
{
    private static IReadOnlyList<string> Collections => DatasetExport.Collections;

    private static Command Search()
    {
        var text = new Argument<string>("text") { Description = "Words to find (prefixes and one-letter slips match too); \"quoted words\" match as a phrase." };
        var collection = new Option<string?>("--collection") { Description = "Only this collection: " + string.Join(", ", Collections) + "." };
        var limit = new Option<int>("--limit") { Description = "The most hits to show (1 to 1000).", DefaultValueFactory = _ => 10 };
        var dates = DateOptions("any date the record states");
        var format = FormatOption();
        var command = new Command("search", "Ranked full-text search over names, titles, posts, notes, hedges, quotes and headlines.\nExample: belarus-forces search \"urban warfare\"")
        {
            text, collection, limit, dates.Date, dates.Within, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var query = parse.GetValue(text)!;
            const int longestQuery = 1000;
            if (query.Length > longestQuery)
            {
                throw new UserError($"search: the text is {query.Length} characters long; give at most {longestQuery}.");
            }

            if (!query.Any(char.IsLetterOrDigit))
            {
                throw new UserError($"search: '{query}' has no word to look for; give at least one word, such as \"urban warfare\".");
            }

            var only = parse.GetValue(collection);
            if (only is not null && !Collections.Contains(only))
            {
                throw new UserError($"--collection: '{only}' is not a collection; use one of {string.Join(", ", Collections)}.");
            }

            var most = parse.GetValue(limit);
            if (most is < 1 or > 1000)
            {
                throw new UserError($"--limit: {most} is out of range; give a number from 1 to 1000.");
            }

            var hits = Data.Search(query, only, ParseDates(parse, dates), most);
            if (hits.IsEmpty)
            {
                throw new UserError($"Nothing matches '{query}'.{Suggest(query, Data.AllRecords().OfType<INamedRecord>())}", CommandRunner.Failed);
            }

            if (hits[0].IsPartial)
            {
                CommandRunner.Error($"No record has every word of '{query}'; these have most of them ({hits[0].Matched}; not found: {string.Join(", ", hits[0].Missing)}).");
            }

            var listing = new Listing("key", "collection", "field", "matched", "score", "snippet", "headline", "published", "seed_file", "line", "text")
                .InTable("key", "text").TableOnly("text");
            foreach (var hit in hits)
            {
                var source = hit.Evidence?.Source ?? hit.Source;
                var snippet = hit.IsPartial ? $"[{hit.Matched}] {hit.Snippet}" : hit.Snippet;
                var text = source is null ? snippet : $"{snippet} — {Provenance(source, hit.Evidence?.Line ?? 0)}";
                listing.Add(
                    hit.Key, hit.Collection, hit.Field, hit.Matched, hit.Score.ToString("0.00", CultureInfo.InvariantCulture), hit.Snippet,
                    source?.Headline, source?.Published.ToString(), source?.SeedFile, hit.Evidence is { Line: > 0 } e ? e.Line.ToString(CultureInfo.InvariantCulture) : null,
                    text);
            }

            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Option<bool> ExactOption() => new("--exact") { Description = "With --equipment: only that type, not its variants (T-72 without T-72B)." };

    // An equipment type and, unless exact, its variants and theirs (T-72: T-72B, T-72B3...).
    private static HashSet<EquipmentType> EquipmentFamily(EquipmentType type, bool exact)
    {
        var family = new HashSet<EquipmentType>(ReferenceEqualityComparer.Instance) { type };
        for (int added = 1; added > 0 && !exact;)
        {
            added = 0;
            foreach (var t in Data.Equipment)
            {
                if (t.VariantOf is { } parent && family.Contains(parent) && family.Add(t))
                {
                    added++;
                }
            }
        }

        return family;
    }

    // A source in a few words: the start of its headline, its date and the seed line.
    private static string Provenance(Source source, int line)
    {
        const int shortHeadline = 40;
        var headline = source.Headline.Length <= shortHeadline ? source.Headline
            : source.Headline[..(source.Headline.LastIndexOf(' ', shortHeadline) is > 0 and var cut ? cut : shortHeadline)] + "…";
        return line > 0 ? $"{headline} ({source.Published}), {source.SeedFile} line {line}" : $"{headline} ({source.Published})";
    }

    private static Command Show()
    {
        var key = new Argument<string>("key") { Description = "The record's citation key, COLLECTION/ID (procurements/cs-vn3-from-china), or sources/ID for a source." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("show", "Shows a record: its fields, each quote with its source's headline, date and line, and the records that refer to it.\nExample: belarus-forces show procurements/cs-vn3-from-china")
        {
            key, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var text = parse.GetValue(key)!;
            bool json = parse.GetValue(format) == "json";
            if (text.StartsWith("sources/", StringComparison.Ordinal) && Data.Sources.TryGetValue(text["sources/".Length..], out var source))
            {
                Console.Out.Write(json ? SourceJson(source) : SourceText(source));
                return 0;
            }

            if (Collections.Contains(text))
            {
                throw new UserError($"'{text}' is a collection, not a record: list it with belarus-forces {(text == "equipment" ? "equipment --unit UNIT" : text == "indicators" ? "indicator" : text)}, or show one record with belarus-forces show {text}/ID.");
            }

            var lookup = Data.Resolve(text);
            if (lookup.Record is not { } record)
            {
                // A key is at most a collection, a slash and an id: a longer argument is near no key, and comparing it would cost its length times every key's.
                var near = text.Length > DataFiles.MaxIdLength + 20 ? [] : Data.AllRecords().Select(r => r.CitationKey).Concat(Data.Sources.Keys.Select(k => "sources/" + k)).OrderBy(k => Distance(k, text)).Take(3).ToList();
                throw new UserError(lookup.IsWithdrawn ? lookup.ToString() : $"There is no record '{text}'. Keys are COLLECTION/ID{(near.Count > 0 ? $"; did you mean {string.Join(", ", near)}?" : ".")}", CommandRunner.Failed);
            }

            if (lookup.IsWithdrawn)
            {
                CommandRunner.Error(lookup.ToString());
            }

            Console.Out.Write(json ? RecordJson(record) : RecordText(record));
            return 0;
        }));
        return command;
    }

    private static Command Indicator()
    {
        var name = new Argument<string?>("name") { Description = "The indicator: its id or any of its names (pilot-flight-hours). Without it, the list of indicators.", Arity = ArgumentArity.ZeroOrOne };
        var format = FormatOption();
        var command = new Command("indicator", "Training, readiness and industry indicators as time series: each value with who said it, the claim and the quote.\nExamples: belarus-forces indicator\n          belarus-forces indicator pilot-flight-hours")
        {
            name, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var output = parse.GetValue(format)!.Value;
            if (parse.GetValue(name) is not { } text)
            {
                var list = new Listing("id", "name", "measure", "subject", "unit_of_measure", "observations").InTable("id", "subject", "unit_of_measure", "observations");
                foreach (var i in Data.Indicators)
                {
                    list.Add(i.Id.Value, i.Name, i.Measure, i.Subject.Reference, i.UnitOfMeasure, Number(i.Observations.Count));
                }

                list.Write(output, Console.Out);
                return 0;
            }

            var indicator = Resolve(text, Data.Indicators, "indicator");
            var trend = indicator.Id.Value == IndicatorCollection.PilotFlightHoursId ? Data.Indicators.PilotFlightHours() : Data.Indicators.Trend(indicator);
            var series = new Listing("indicator_id", "period", "value", "unit_of_measure", "claim", "said_by", "hedge", "quote", "source_id", "source_headline", "source_line")
                .InTable("indicator_id", "period", "value", "claim", "said_by");
            var all = trend.Comparisons.Prepend(trend.Indicator).Concat(trend.Related).ToList();
            foreach (var s in all)
            {
                foreach (var o in s.Observations)
                {
                    var e = o.Evidence[0];
                    series.Add(s.Id.Value, o.Period.ToString(), o.Value.ToString(), s.UnitOfMeasure, Kebab.Name(o.Claim), SaidBy(o, s), o.Hedge, e.Quote,
                        e.Source.Id.Value, e.Source.Headline, LineOf(e));
                }
            }

            series.Write(output, Console.Out);
            if (output == OutputFormat.Table)
            {
                var o = Console.Out;
                o.WriteLine();
                o.WriteLine(TextChart(trend));
                o.WriteLine(trend.Summary());
                o.WriteLine();
                o.WriteLine("Quotes:");
                foreach (var s in all)
                {
                    foreach (var observation in s.Observations)
                    {
                        o.WriteLine(Terminal.Clean($"  {s.Id} {observation.Period}: {observation.Value} {s.UnitOfMeasure} ({Kebab.Name(observation.Claim)}{(observation.Hedge is { } h ? ", \"" + h + "\"" : "")})"));
                        foreach (var e in observation.Evidence)
                        {
                            WriteEvidence(o, e, "    ");
                        }
                    }
                }
            }

            return 0;
        }));
        return command;
    }

    // Who said a value: the people whose names stand in its quotes, hedge or note, else in the indicator's note.
    private static string? SaidBy(IndicatorObservation observation, Indicator indicator)
    {
        static string Fold(IEnumerable<string?> texts) => NameFolding.Normalize(string.Join(" ", texts.Where(t => t is not null)));
        var own = Fold(observation.Evidence.Select(e => e.Quote).Append(observation.Hedge).Append(observation.Note));
        var names = PeopleNamedIn(own);
        if (names.Count == 0 && indicator.Note is { } note)
        {
            names = PeopleNamedIn(Fold([note]));
        }

        return names.Count == 0 ? null : string.Join("; ", names);
    }

    private static List<string> PeopleNamedIn(string folded) =>
        [.. Data.People.Where(p => p.Aliases.Append(p.Name).Select(NameFolding.Normalize).Any(n => n.Length >= 5 && folded.Contains(n, StringComparison.Ordinal)))
            .Select(p => $"{p.Name} ({p.CitationKey})")];

    // ---- show, as text ---------------------------------------------------------------------------------------

    private static string RecordText(IRecord record)
    {
        var text = new StringBuilder();
        text.AppendLine(record.CitationKey);
        using (var doc = JsonDocument.Parse(Data.ToJson(record)))
        {
            foreach (var property in doc.RootElement.EnumerateObject().Where(p => p.Name is not "id" and not "evidence" and not "relations" and not "derivation" && p.Value.ValueKind != JsonValueKind.Null))
            {
                WriteValue(text, property.Name, property.Value, "  ");
            }
        }

        text.AppendLine("Evidence:");
        foreach (var e in record.Evidence)
        {
            using var writer = new StringWriter(text);
            WriteEvidence(writer, e, "  ");
        }

        var relations = Data.RelationsOf(record);
        if (relations.Count > 0)
        {
            text.AppendLine("Relations:");
            foreach (var r in relations)
            {
                text.AppendLine($"  {Kebab.Name(r.Kind)} {r.Key}{Titled(r.Record)}");
            }
        }

        var derivations = Data.DerivationsOf(record);
        if (derivations.Count > 0)
        {
            text.AppendLine("Derived (the quotes do not show these values; why they are right):");
            foreach (var d in derivations)
            {
                text.AppendLine($"  {d.Field}: {d.Reason}");
            }
        }

        var references = Data.ReferencesTo(record);
        text.AppendLine(references.IsEmpty ? "Referred to by: nothing." : $"Referred to by ({references.Length}):");
        foreach (var r in references)
        {
            text.AppendLine($"  {r.Record.CitationKey} ({r.Field}){Titled(r.Record)}");
        }

        return Terminal.Clean(text.ToString(), keepLineBreaks: true);
    }

    // ": title" after a record's key: its name, an event's title, or a line such as "acquisition of Su-30SM from Russia".
    private static string Titled(IRecord record) => ": " + record.Title;

    // A field as readable lines: strings as they are, lists of strings joined, objects and lists of objects indented,
    // and nested evidence with its source, date and line.
    private static void WriteValue(StringBuilder text, string name, JsonElement value, string indent)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                text.AppendLine($"{indent}{name}:");
                foreach (var p in value.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
                {
                    WriteValue(text, p.Name, p.Value, indent + "  ");
                }

                break;
            case JsonValueKind.Array when name == "evidence":
                text.AppendLine($"{indent}evidence:");
                foreach (var item in value.EnumerateArray())
                {
                    var source = Data.Sources.GetValueOrDefault(item.GetProperty("source").GetString()!);
                    var quote = item.GetProperty("quote").GetString()!;
                    var evidence = source is null ? null : FindEvidence(source, quote);
                    text.AppendLine($"{indent}  “{quote}”");
                    text.AppendLine($"{indent}    — {(source is null ? item.GetProperty("source").GetString() : Cited(source, evidence))}");
                }

                break;
            case JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array):
                text.AppendLine($"{indent}{name}: {string.Join("; ", value.EnumerateArray().Select(Scalar))}");
                break;
            case JsonValueKind.Array:
                text.AppendLine($"{indent}{name}:");
                int i = 1;
                foreach (var item in value.EnumerateArray())
                {
                    WriteValue(text, Number(i++), item, indent + "  ");
                }

                break;
            default:
                text.AppendLine($"{indent}{name}: {Scalar(value)}");
                break;
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "(none)",
        _ => value.GetRawText(),
    };

    private static Evidence? FindEvidence(Source source, string quote) =>
        Data.ReferencesTo(source).SelectMany(r => AllEvidence(r.Record)).FirstOrDefault(e => e.Quote == quote && ReferenceEquals(e.Source, source));

    // The record's own quotes and those of its nested claims (deliveries, posts, strength, statistics, observations).
    private static IEnumerable<Evidence> AllEvidence(IRecord record) => record.Evidence.Concat(record.Claims.SelectMany(c => c.Evidence)).Distinct();

    private static void WriteEvidence(TextWriter output, Evidence e, string indent)
    {
        output.WriteLine(Terminal.Clean($"{indent}“{e.Quote}”"));
        output.WriteLine(Terminal.Clean($"{indent}  — {Cited(e.Source, e)}"));
    }

    // "Headline (2018-02~), 000_….txt line 12": the seed line where the quote stands, or the article's lines when the
    // data was loaded without its seeds.
    private static string Cited(Source source, Evidence? evidence) =>
        $"{source.Headline} ({source.Published}), {source.SeedFile} {(evidence is null ? $"lines {source.FirstLine}-{source.LastLine}" : LineOf(evidence))}";

    private static string LineOf(Evidence e) => e.Line > 0 ? $"line {Number(e.Line)}" : $"lines {Number(e.Source.FirstLine)}-{Number(e.Source.LastLine)}";

    private static string SourceText(Source source)
    {
        var text = new StringBuilder();
        text.AppendLine("sources/" + source.Id);
        text.AppendLine($"  headline: {source.Headline}");
        text.AppendLine($"  published: {source.Published}");
        text.AppendLine($"  published_inference: {source.PublishedInference}");
        text.AppendLine($"  seed_file: {source.SeedFile}");
        text.AppendLine($"  lines: {source.FirstLine}-{source.LastLine}");
        var citing = Data.ReferencesTo(source);
        text.AppendLine($"Cited by ({citing.Length}):");
        foreach (var r in citing)
        {
            text.AppendLine("  " + r.Record.CitationKey);
        }

        return Terminal.Clean(text.ToString(), keepLineBreaks: true);
    }

    // ---- show, as JSON: the record as its data file writes it, and the keys of what refers to it -------------------

    private static string RecordJson(IRecord record) => Json(w =>
    {
        w.WriteString("key", record.CitationKey);
        w.WritePropertyName("record");
        w.WriteRawValue(Data.ToJson(record));
        w.WriteStartArray("referred_by");
        foreach (var r in Data.ReferencesTo(record))
        {
            w.WriteStartObject();
            w.WriteString("key", r.Record.CitationKey);
            w.WriteString("field", r.Field);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static string SourceJson(Source source) => Json(w =>
    {
        w.WriteString("key", "sources/" + source.Id);
        w.WriteString("headline", source.Headline);
        w.WriteString("published", source.Published.ToString());
        w.WriteString("published_inference", source.PublishedInference);
        w.WriteString("seed_file", source.SeedFile);
        w.WriteNumber("first_line", source.FirstLine);
        w.WriteNumber("last_line", source.LastLine);
        w.WriteStartArray("cited_by");
        foreach (var r in Data.ReferencesTo(source))
        {
            w.WriteStringValue(r.Record.CitationKey);
        }

        w.WriteEndArray();
    });

    private static string Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + Environment.NewLine;
    }
}
