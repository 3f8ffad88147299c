using System.CommandLine;
using System.Text.Json;
using BelarusForces.Data;
using BelarusForces.Export;
using BelarusForces.Model;
using BelarusForces.Queries;
using BelarusForces.Values;
using BelarusForces.Versioning;

namespace BelarusForces.Cli;

/// <summary>The tool's commands. Each prints to standard output and returns an exit code; user errors go to standard error.</summary>
internal static partial class Commands
{
    private static BelarusForcesDataset Data => BelarusForcesDataset.Current;

    public static RootCommand Root() => new("Query, cite and export the BelarusForces dataset: the armed forces of Belarus, every fact with its source.\nExample: belarus-forces summary")
    {
        Summary(), Search(), Procurements(), Equipment(), Indicator(), Exercises(), Events(), Units(), People(), Organisations(), Agreements(), Sites(), Inventory(), Sources(),
        Find(), Show(), Contradictions(), Cite(), Export(), Validate(), Diff(), Site(), OrderOfBattle(),
    };

    private static Command Contradictions()
    {
        var command = new Command("contradictions", "Every pair of records whose sources disagree, each with its quotes.\nExample: belarus-forces contradictions");
        command.SetAction(_ => Run(() =>
        {
            var pairs = Data.Contradictions();
            var output = new StringWriter();
            output.WriteLine(pairs.Count == 1 ? "1 pair of records whose sources disagree:" : $"{pairs.Count} pairs of records whose sources disagree:");
            foreach (var pair in pairs)
            {
                output.WriteLine();
                foreach (var (record, label) in new[] { (pair.Record, "  "), (pair.Other, "  contradicts ") })
                {
                    output.WriteLine($"{label}{record.CitationKey}{Titled(record)}");
                    foreach (var e in record.Evidence)
                    {
                        output.WriteLine($"    “{e.Quote}” ({e.Source.Id}, {e.Source.Published})");
                    }
                }
            }

            Console.Out.Write(Terminal.Clean(output.ToString(), keepLineBreaks: true));
            return 0;
        }));
        return command;
    }

    private static Command Summary()
    {
        var command = new Command("summary", "Version, hash, counts by collection and the three headline answers in brief.\nExample: belarus-forces summary");
        command.SetAction(_ => Run(() =>
        {
            var output = Console.Out;
            output.WriteLine(Data.Manifest.Title);
            output.WriteLine($"{Data.VersionId}, released {Data.Manifest.Released}; data {Data.Manifest.DataLicence}, code {Data.Manifest.CodeLicence}.");
            output.WriteLine();
            output.WriteLine("Records by collection:");
            output.WriteLine($"  {"sources",-14} {Data.Sources.Count,5}");
            foreach (var group in Data.AllRecords().GroupBy(r => r.Collection))
            {
                output.WriteLine($"  {group.Key,-14} {group.Count(),5}");
            }

            output.WriteLine();
            output.WriteLine("What Belarus acquired, by supplier country (belarus-forces procurements):");
            foreach (var group in Data.Procurements.BySupplierCountry())
            {
                var items = group.Procurements.Select(p => p.Equipment.Name).Distinct().ToList();
                output.WriteLine($"  {group.Supplier?.Name ?? "(unstated)",-12} {group.Procurements.Count,3}  {Shorten(string.Join(", ", items), 60)}");
            }

            output.WriteLine();
            output.WriteLine("Special Operations Forces equipment (belarus-forces equipment --unit sof):");
            foreach (var item in Data.SpecialOperationsForcesEquipment())
            {
                output.WriteLine($"  {Shorten(item.Equipment.Name, 34),-34} origin {item.Origin?.Name ?? "unknown",-9} since {item.Since?.ToString() ?? "undated"}");
            }

            output.WriteLine();
            output.WriteLine("Pilot flight hours (belarus-forces indicator pilot-flight-hours):");
            output.WriteLine("  " + Data.Indicators.PilotFlightHours().Summary());
            return 0;
        }));
        return command;
    }

    private static Command Equipment()
    {
        var unit = new Option<string>("--unit") { Description = "The unit: its id or any of its names (sof, \"Special Operations Forces\").", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Leave out what the records date after this date, in EDTF: 2017-12-31, or 2017-12 and 2017 for the end of that month or year." };
        var format = FormatOption();
        var command = new Command("equipment", "The equipment a unit and its subunits hold or received, as of a date.\nExample: belarus-forces equipment --unit sof --as-of 2017-12-31")
        {
            unit, asOf, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var found = ResolveUnit(parse.GetValue(unit)!);
            var date = parse.GetValue(asOf) is { } text ? ParseDate(text, "--as-of") : (NodaTime.LocalDate?)null;
            var listing = new Listing("equipment_id", "equipment_name", "category", "origin", "since", "holders", "records")
                .InTable("equipment_name", "category", "origin", "since");
            foreach (var item in Data.EquipmentOf(found, date))
            {
                listing.Add(item.Equipment.Id.Value, item.Equipment.Name, Kebab.Name(item.Equipment.Category), item.Origin?.Code, item.Since?.ToString(),
                    string.Join("; ", item.Holders.Select(h => h.Id.Value)), string.Join("; ", item.Records.Select(r => r.CitationKey)));
            }

            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Command Find()
    {
        var text = new Argument<string>("text") { Description = "Any name, spelling or transliteration (Raukou, Raŭkoŭ, Palanez, West-2017)." };
        var format = FormatOption();
        var command = new Command("find", "Finds units, equipment, people (also by their posts), organisations, exercises and more by any of their names.\nExample: belarus-forces find Raukou")
        {
            text, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var query = parse.GetValue(text)!;
            var found = Data.FindByName(query).ToList();
            if (found.Count == 0)
            {
                var key = NameFolding.Normalize(query);
                found = key.Length < 3 ? [] : Data.AllRecords().OfType<INamedRecord>()
                    .Where(r => r.Aliases.Append(r.Name).Any(a => NameFolding.Normalize(a).Contains(key, StringComparison.Ordinal)))
                    .Concat(Data.Posts(title: query).Select(h => h.Person)).Concat(PostHolders(query)).Distinct().ToList();
            }

            if (found.Count == 0)
            {
                throw new UserError($"Nothing is named '{query}'.{Suggest(query, Data.AllRecords().OfType<INamedRecord>())} To look through titles, notes and quotes too: belarus-forces search \"{query}\"", 1);
            }

            var listing = new Listing("key", "name", "aliases").InTable("key", "name");
            foreach (var r in found)
            {
                listing.Add(r.CitationKey, r.Name, string.Join("; ", r.Aliases));
            }

            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    // "SOF commander", "commander of the SOF": a unit or organisation named by the first or last words, and a post by the rest.
    private static IEnumerable<INamedRecord> PostHolders(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int n = words.Length - 1; n >= 1; n--)
        {
            foreach (var (name, post) in new[] { (words[..n], words[n..]), (words[^n..], words[..^n]) })
            {
                var title = string.Join(' ', post.Where(w => w is not ("of" or "the" or "in")));
                // Posts are held in units and organisations; a name of anything else holds none.
                foreach (var holder in Data.FindByName(string.Join(' ', name)).Where(r => r is Unit or Organisation))
                {
                    foreach (var holding in Data.Posts(title: title, unit: holder as Unit, organisation: holder as Organisation))
                    {
                        yield return holding.Person;
                    }
                }
            }
        }
    }

    private static Command Cite()
    {
        var format = new Option<string>("--format") { Description = "bibtex, apa, ris or csl-json.", DefaultValueFactory = _ => "apa" };
        format.AcceptOnlyFromAmong("bibtex", "apa", "ris", "csl-json");
        var record = new Option<string?>("--record") { Description = "Cite one record by its key, COLLECTION/ID, instead of the whole dataset." };
        var command = new Command("cite", "A citation of the dataset or of one record, naming the version and content hash.\nExample: belarus-forces cite --format bibtex --record indicators/belarus-pilot-annual-flight-hours")
        {
            format, record,
        };
        command.SetAction(parse => Run(() =>
        {
            var style = parse.GetValue(format) switch
            {
                "bibtex" => CitationFormat.BibTex,
                "ris" => CitationFormat.Ris,
                "csl-json" => CitationFormat.CslJson,
                _ => CitationFormat.Apa,
            };
            var key = parse.GetValue(record);
            if (key is not null && Data.FindRecord(key) is null)
            {
                throw new UserError($"There is no record '{key}'; keys are COLLECTION/ID, such as procurements/cs-vn3-from-china.", 1);
            }

            Console.Out.WriteLine(key is null ? Data.Cite(style) : Data.Cite(key, style));
            return 0;
        }));
        return command;
    }

    private static Command Validate()
    {
        var directory = new Argument<string>("dir") { Description = "The data directory (holding dataset.json and the collection files)." };
        var seeds = new Option<string?>("--seeds") { Description = "The seeds directory that quotes are checked against; by default seeds/ beside the data directory." };
        var command = new Command("validate", "Checks a data directory with the library's rules; exit code 1 when a rule is broken.\nExample: belarus-forces validate ./data")
        {
            directory, seeds,
        };
        command.SetAction(parse => Run(() =>
        {
            var dir = parse.GetValue(directory)!;
            if (Terminal.Interactive)
            {
                Console.Error.WriteLine($"Validating {dir}: every record, reference and quote...");
            }

            var data = BelarusForcesDataset.LoadDirectory(dir, parse.GetValue(seeds));
            Console.Out.WriteLine(Terminal.Clean($"{dir} is valid: {data.AllRecords().Count()} records, {data.VersionId}."));
            WarnIfNotAsReleased(dir, data);
            return 0;
        }));
        return command;
    }

    private static Command Diff()
    {
        var first = new Argument<string?>("dir-a") { Description = "A data directory; without it, the embedded data.", Arity = ArgumentArity.ZeroOrOne };
        var second = new Argument<string?>("dir-b") { Description = "A second data directory; without it, DIR_A is compared with the embedded data.", Arity = ArgumentArity.ZeroOrOne };
        var since = SinceOption();
        var format = DiffFormatOption();
        var command = new Command("diff", "Records added, changed and withdrawn between two data directories, between one and the embedded data, or since a release.\nExample: belarus-forces diff ./my-data\nExample: belarus-forces diff --since 1.0.0 --format markdown")
        {
            first, second, since, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var (older, newer) = DiffOperands(parse.GetValue(since), parse.GetValue(first), parse.GetValue(second));
            var diff = DatasetDiff.Between(older, newer);
            if (parse.GetValue(format) == "markdown")
            {
                Console.Out.Write(diff.ToMarkdown());
                Console.Error.WriteLine(diff.ToString());
                return 0;
            }

            var listing = new Listing("change", "key", "fields");
            foreach (var key in diff.Added)
            {
                listing.Add("added", key, null);
            }

            foreach (var change in diff.Changed)
            {
                listing.Add("changed", change.Key, string.Join("; ", change.Fields.Select(f => f.Field)));
            }

            foreach (var key in diff.Withdrawn)
            {
                listing.Add("withdrawn", key, null);
            }

            listing.Write(ListingFormat(parse.GetValue(format)!), Console.Out);
            Console.Error.WriteLine(diff.ToString());
            return 0;
        }));
        return command;
    }

    // ---- shared pieces -----------------------------------------------------------------------------------

    private static Option<OutputFormat?> FormatOption()
    {
        var option = new Option<OutputFormat?>("--format")
        {
            Description = "table (default), json or csv.",
            DefaultValueFactory = _ => OutputFormat.Table,
            CustomParser = result => result.Tokens.Single().Value switch
            {
                "table" => OutputFormat.Table,
                "json" => OutputFormat.Json,
                "csv" => OutputFormat.Csv,
                var other => Fail(result, $"'{other}' is not an output format: use table, json or csv."),
            },
        };
        return option;

        static OutputFormat? Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
        {
            result.AddError(message);
            return null;
        }
    }

    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UserError e)
        {
            CommandRunner.Error(e.Message);
            return e.ExitCode;
        }
        catch (DatasetLoadException e)
        {
            return CommandRunner.Problems(e);
        }
    }

    private static Country? ParseCountry(string? text, string option) =>
        text is null ? null
        : Country.TryFind(text, out var country) ? country
        : throw new UserError($"{option}: '{text}' is not a country; give a name, an ISO 3166-1 code or a common other name, such as Russia, RU or Russian Federation (SU or USSR for the Soviet Union).");

    private static T ParseKebab<T>(string text, string option)
        where T : struct, Enum =>
        Kebab.TryParse<T>(text, out var value) ? value : throw new UserError($"{option}: '{text}' is not one of {string.Join(", ", Kebab.Names<T>())}.");

    // An "as of" date in EDTF: 2017 means the end of 2017, 2017-12 the end of December.
    private static NodaTime.LocalDate ParseDate(string text, string option) =>
        ParseEdtf(text, option).Latest ?? throw new UserError($"{option}: '{text}' has an open end; give a date such as 2017, 2017-12 or 2017-12-31.");

    private static EdtfDate ParseEdtf(string text, string option) =>
        EdtfDate.TryParse(text, out var date, out var why) ? date
        : throw new UserError($"{option}: '{text}' is not an EDTF date: {why}. Use for example 2017, 2017-12, 2017-12-31 or 2011/2013.");

    private static Unit ResolveUnit(string text) => Resolve(text, Data.Units, "unit");

    private static T Resolve<T>(string text, RecordCollection<T> collection, string what)
        where T : class, INamedRecord
    {
        var found = collection.Find(text) ?? Data.FindByName(text).OfType<T>().FirstOrDefault();
        return found ?? throw new UserError($"There is no {what} named '{text}'.{Suggest(text, collection)}", CommandRunner.Failed);
    }

    private static string Suggest(string text, IEnumerable<INamedRecord> candidates)
    {
        // Names are at most DataFiles.MaxIdLength characters: a longer argument is near none of them, and comparing it
        // would cost its length times every name's.
        if (text.Length > DataFiles.MaxIdLength)
        {
            return "";
        }

        var key = NameFolding.Normalize(text);
        var near = candidates
            .SelectMany(r => r.Aliases.Append(r.Name).Append(r.Id).Select(n => (Name: n, Record: r)))
            .OrderBy(p => Distance(NameFolding.Normalize(p.Name), key))
            .Select(p => p.Record).DistinctBy(r => r.CitationKey).Take(3)
            .Select(r => $"{r.Id} ({r.Name})");
        return " Did you mean " + string.Join(", ", near) + "?";
    }

    // Levenshtein distance, for "did you mean" suggestions.
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int previous = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }

    // A bar per observation: solid up to the lower bound, shaded across the uncertain band, light to the edge when open.
    private static string TextChart(IndicatorTrend trend)
    {
        const int width = 44;
        var series = trend.Comparisons.Prepend(trend.Indicator).Where(s => s.UnitOfMeasure == trend.Indicator.UnitOfMeasure).ToList();
        var max = series.SelectMany(s => s.Observations).Select(o => o.Value.High ?? o.Value.Low ?? 0).DefaultIfEmpty(1).Max();
        max = max <= 0 ? 1 : max;
        var lines = new List<string>();
        foreach (var s in series)
        {
            foreach (var o in s.Observations)
            {
                int low = (int)Math.Round((double)((o.Value.Low ?? 0) / max) * width);
                int high = o.Value.High is { } h ? (int)Math.Round((double)(h / max) * width) : width;
                var bar = o.Value.Kind == QuantityKind.Unknown ? "?" : new string('█', low) + new string(o.Value.High is null ? '░' : '▓', Math.Max(0, high - low));
                lines.Add($"{Shorten(s.Subject.Reference + " " + o.Period, 18),-18} {bar} {o.Value}");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string? Number(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
