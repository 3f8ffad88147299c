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
        Summary(), Procurements(), Equipment(), Indicator(), Exercises(), Find(), Show(), Cite(), Export(), Validate(), Diff(), Site(),
    };

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

    private static Command Procurements()
    {
        var supplier = new Option<string?>("--supplier") { Description = "Only this supplier country (ISO code, such as RU or CN; BY for Belarus's own industry)." };
        var recipient = new Option<string?>("--recipient") { Description = "Only this recipient country (ISO code, such as AZ)." };
        var status = new Option<string?>("--status") { Description = "Only this status: " + string.Join(", ", Kebab.Names<ProcurementStatus>()) + "." };
        var year = new Option<int?>("--year") { Description = "Only procurements ordered, expected or delivered in a period that may include this year." };
        var format = FormatOption();
        var command = new Command("procurements", "Acquisitions, deliveries, plans, modernisations and exports, with quantities, dates and sources.\nExample: belarus-forces procurements --supplier RU --status delivered --year 2017")
        {
            supplier, recipient, status, year, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var from = ParseCountry(parse.GetValue(supplier), "--supplier");
            var to = ParseCountry(parse.GetValue(recipient), "--recipient");
            var wanted = parse.GetValue(status) is { } s ? ParseKebab<ProcurementStatus>(s, "--status") : (ProcurementStatus?)null;
            var y = parse.GetValue(year);
            var rows = Data.Procurements.Where(p =>
                (from is null || p.Supplier == from) && (to is null || p.Recipient == to) && (wanted is null || p.Status == wanted)
                && (y is null || p.Dates().Any(d => d.Overlaps(y.Value))));
            var listing = new Listing("id", "kind", "equipment", "supplier", "recipient", "quantity", "ordered", "delivered", "status", "claim", "source")
                .InTable("id", "equipment", "supplier", "recipient", "quantity", "status");
            foreach (var p in rows)
            {
                listing.Add(p.Id.Value, Kebab.Name(p.Kind), p.Equipment.Name, p.Supplier?.Code, p.Recipient?.Code, p.Quantity?.ToString(), p.Ordered?.ToString(),
                    p.Batches.IsEmpty ? null : string.Join("; ", p.Batches.Select(b => $"{b.Quantity?.ToString() ?? "?"}@{b.Delivered?.ToString() ?? "?"}")),
                    Kebab.Name(p.Status), Kebab.Name(p.Claim), p.Evidence[0].Source.Id.Value);
            }

            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Command Equipment()
    {
        var unit = new Option<string>("--unit") { Description = "The unit: its id or any of its names (sof, \"Special Operations Forces\").", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Leave out what the records date after this day (YYYY-MM-DD)." };
        var format = FormatOption();
        var command = new Command("equipment", "The equipment a unit and its subunits hold or received, as of a date.\nExample: belarus-forces equipment --unit sof --as-of 2017-12-31")
        {
            unit, asOf, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var found = ResolveUnit(parse.GetValue(unit)!);
            var date = parse.GetValue(asOf) is { } text ? ParseDate(text, "--as-of") : (NodaTime.LocalDate?)null;
            var listing = new Listing("equipment", "category", "origin", "since", "holders", "records")
                .InTable("equipment", "category", "origin", "since");
            foreach (var item in Data.EquipmentOf(found, date))
            {
                listing.Add(item.Equipment.Name, Kebab.Name(item.Equipment.Category), item.Origin?.Code, item.Since?.ToString(),
                    string.Join("; ", item.Holders.Select(h => h.Id.Value)), string.Join("; ", item.Records.Select(r => r.CitationKey)));
            }

            listing.Write(parse.GetValue(format)!.Value, Console.Out);
            return 0;
        }));
        return command;
    }

    private static Command Indicator()
    {
        var name = new Argument<string?>("name") { Description = "The indicator: its id or any of its names (pilot-flight-hours). Without it, the list of indicators.", Arity = ArgumentArity.ZeroOrOne };
        var format = FormatOption();
        var command = new Command("indicator", "Training, readiness and industry indicators as time series, with a chart.\nExamples: belarus-forces indicator\n          belarus-forces indicator pilot-flight-hours")
        {
            name, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var output = parse.GetValue(format)!.Value;
            if (parse.GetValue(name) is not { } text)
            {
                var list = new Listing("id", "name", "measure", "subject", "unit", "observations").InTable("id", "subject", "unit", "observations");
                foreach (var i in Data.Indicators)
                {
                    list.Add(i.Id.Value, i.Name, i.Measure, i.Subject.Reference, i.UnitOfMeasure, i.Observations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                list.Write(output, Console.Out);
                return 0;
            }

            var indicator = Resolve(text, Data.Indicators, "indicator");
            var trend = indicator.Id.Value == IndicatorCollection.PilotFlightHoursId ? Data.Indicators.PilotFlightHours() : Data.Indicators.Trend(indicator);
            var series = new Listing("series", "period", "value", "unit", "claim", "hedge", "source").InTable("series", "period", "value", "claim");
            foreach (var s in trend.Comparisons.Prepend(trend.Indicator).Concat(trend.Related))
            {
                foreach (var o in s.Observations)
                {
                    series.Add(s.Id.Value, o.Period.ToString(), o.Value.ToString(), s.UnitOfMeasure, Kebab.Name(o.Claim), o.Hedge, o.Evidence[0].Source.Id.Value);
                }
            }

            series.Write(output, Console.Out);
            if (output == OutputFormat.Table)
            {
                Console.Out.WriteLine();
                Console.Out.WriteLine(TextChart(trend));
                Console.Out.WriteLine(trend.Summary());
            }

            return 0;
        }));
        return command;
    }

    private static Command Exercises()
    {
        var year = new Option<int?>("--year") { Description = "Only exercises whose dates may fall in this year." };
        var participant = new Option<string?>("--participant") { Description = "Only exercises this country took part in (ISO code, such as RU)." };
        var format = FormatOption();
        var command = new Command("exercises", "Exercises with dates, participants, observers and statistics.\nExample: belarus-forces exercises --year 2017 --participant RU")
        {
            year, participant, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var country = ParseCountry(parse.GetValue(participant), "--participant");
            IEnumerable<Exercise> rows = parse.GetValue(year) is { } y ? Data.Exercises.InYear(y) : Data.Exercises;
            if (country is { } c)
            {
                rows = rows.Intersect(Data.Exercises.WithParticipant(c));
            }

            var listing = new Listing("id", "name", "dates", "participants", "observers", "level", "night share", "claim").InTable("id", "dates", "participants", "claim");
            foreach (var e in rows)
            {
                listing.Add(e.Id.Value, e.Name, e.Dates?.ToString(), string.Join("; ", e.Participants), string.Join("; ", e.ObserversInvited),
                    e.Level is { } l ? Kebab.Name(l) : null, e.NightShare?.ToString(), Kebab.Name(e.Claim));
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
        var command = new Command("find", "Finds units, equipment, people, organisations, exercises and more by any of their names.\nExample: belarus-forces find Raukou")
        {
            text, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var query = parse.GetValue(text)!;
            var found = Data.FindByName(query).ToList();
            if (found.Count == 0)
            {
                var key = NameIndex.Normalize(query);
                found = key.Length < 3 ? [] : Data.AllRecords().OfType<INamedRecord>()
                    .Where(r => r.Aliases.Append(r.Name).Any(a => NameIndex.Normalize(a).Contains(key, StringComparison.Ordinal))).ToList();
            }

            if (found.Count == 0)
            {
                throw new UserError($"Nothing is named '{query}'.{Suggest(query, Data.AllRecords().OfType<INamedRecord>())}", 1);
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

    private static Command Show()
    {
        var key = new Argument<string>("key") { Description = "The record's citation key, COLLECTION/ID (procurements/cs-vn3-from-china)." };
        var command = new Command("show", "Shows a record with its fields, evidence quotes and sources.\nExample: belarus-forces show procurements/cs-vn3-from-china") { key };
        command.SetAction(parse => Run(() =>
        {
            var text = parse.GetValue(key)!;
            var lookup = Data.Resolve(text);
            if (lookup.Record is not { } record)
            {
                var near = Data.AllRecords().Select(r => r.CitationKey).OrderBy(k => Distance(k, text)).Take(3);
                throw new UserError(lookup.IsWithdrawn ? lookup.ToString() : $"There is no record '{text}'. Keys are COLLECTION/ID; did you mean {string.Join(", ", near)}?", 1);
            }

            var output = Console.Out;
            if (lookup.IsWithdrawn)
            {
                output.WriteLine(lookup.ToString());
            }

            output.WriteLine(record.CitationKey);
            using var doc = JsonDocument.Parse(Data.ToJson(record));
            foreach (var property in doc.RootElement.EnumerateObject().Where(p => p.Name is not "id" and not "evidence"))
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Array when property.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                        string.Join("; ", property.Value.EnumerateArray().Select(v => v.GetString())),
                    _ => JsonSerializer.Serialize(property.Value, CliJson.Default.JsonElement),
                };
                output.WriteLine($"  {property.Name}: {value}");
            }

            output.WriteLine("Evidence:");
            foreach (var e in record.Evidence)
            {
                output.WriteLine($"  “{e.Quote}”");
                output.WriteLine($"    — {e.Source.Headline} ({e.Source.Published}), {e.Source.SeedFile} lines {e.Source.FirstLine}-{e.Source.LastLine}");
            }

            return 0;
        }));
        return command;
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

    private static Command Export()
    {
        var format = new Option<string>("--format") { Description = "csv (one file per collection), jsonl (JSON Lines) or datapackage (Frictionless Data Package).", Required = true };
        format.AcceptOnlyFromAmong("csv", "jsonl", "datapackage");
        var output = new Option<string>("--out") { Description = "The directory to write into; created if missing.", Required = true };
        var command = new Command("export", "Exports every collection for spreadsheets, pandas, R or DuckDB.\nExample: belarus-forces export --format datapackage --out belarus-forces-data")
        {
            format, output,
        };
        command.SetAction(parse => Run(() =>
        {
            var directory = parse.GetValue(output)!;
            Func<Action<string>?, IReadOnlyList<string>> write = parse.GetValue(format) switch
            {
                "jsonl" => p => DatasetExport.WriteJsonLines(Data, directory, p),
                "datapackage" => p => DatasetExport.WriteDataPackage(Data, directory, p),
                _ => p => DatasetExport.WriteCsv(Data, directory, p),
            };
            IReadOnlyList<string> files;
            try
            {
                files = write(Terminal.Interactive ? c => Console.Error.WriteLine($"Exporting {c}...") : null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"Cannot write to '{directory}': {e.Message}", 1);
            }

            Console.Out.WriteLine($"Wrote {files.Count} files to {Path.GetFullPath(directory)}.");
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
            Console.Out.WriteLine($"{dir} is valid: {data.AllRecords().Count()} records, {data.VersionId}.");
            return 0;
        }));
        return command;
    }

    private static Command Diff()
    {
        var first = new Argument<string>("dir-a") { Description = "A data directory." };
        var second = new Argument<string?>("dir-b") { Description = "A second data directory; without it, DIR_A is compared with the embedded data.", Arity = ArgumentArity.ZeroOrOne };
        var format = FormatOption();
        var command = new Command("diff", "Records added, changed and withdrawn between two data directories, or between one and the embedded data.\nExample: belarus-forces diff ./my-data")
        {
            first, second, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var a = BelarusForcesDataset.LoadDirectory(parse.GetValue(first)!);
            var (older, newer) = parse.GetValue(second) is { } b ? (a, BelarusForcesDataset.LoadDirectory(b)) : (Data, a);
            var diff = DatasetDiff.Between(older, newer);
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

            listing.Write(parse.GetValue(format)!.Value, Console.Out);
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
            Console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (DatasetLoadException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static Country? ParseCountry(string? code, string option)
    {
        if (code is null)
        {
            return null;
        }

        return Country.TryParse(code.ToUpperInvariant(), out var country)
            ? country
            : throw new UserError($"{option}: '{code}' is not a country code; use a two-letter ISO 3166-1 code such as RU, CN or BY (SU for the Soviet Union).");
    }

    private static T ParseKebab<T>(string text, string option)
        where T : struct, Enum =>
        Kebab.TryParse<T>(text, out var value) ? value : throw new UserError($"{option}: '{text}' is not one of {string.Join(", ", Kebab.Names<T>())}.");

    // The library's own EDTF reader, narrowed to one plain calendar day; NodaTime's text patterns would add a quarter
    // of a megabyte to the NativeAOT tool for this one parse.
    private static NodaTime.LocalDate ParseDate(string text, string option) =>
        text.Length == 10 && EdtfDate.TryParse(text, out var date, out _) && date.Precision == DatePrecision.Day && date.Earliest is { } day
            ? day
            : throw new UserError($"{option}: '{text}' is not a date; expected YYYY-MM-DD, such as 2017-12-31.");

    private static Unit ResolveUnit(string text) => Resolve(text, Data.Units, "unit");

    private static T Resolve<T>(string text, RecordCollection<T> collection, string what)
        where T : class, INamedRecord
    {
        var found = collection.Find(text) ?? Data.FindByName(text).OfType<T>().FirstOrDefault();
        return found ?? throw new UserError($"There is no {what} named '{text}'.{Suggest(text, collection)}");
    }

    private static string Suggest(string text, IEnumerable<INamedRecord> candidates)
    {
        var key = NameIndex.Normalize(text);
        var near = candidates
            .SelectMany(r => r.Aliases.Append(r.Name).Append(r.Id).Select(n => (Name: n, Record: r)))
            .OrderBy(p => Distance(NameIndex.Normalize(p.Name), key))
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

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
