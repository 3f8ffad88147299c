using System.CommandLine;
using System.Text;
using System.Text.Json;
using BelarusForces.Data;
using BelarusForces.Queries;
using BelarusForces.Values;

namespace BelarusForces.Cli;

// belarus-forces orbat: the order of battle as of a date, or what changed between two dates.
internal static partial class Commands
{
    private static Command OrderOfBattle()
    {
        var asOf = new Option<string?>("--as-of") { Description = "The date, in EDTF: 2017-12-31, or 2017-12 and 2017 for the end of that month or year." };
        var from = new Option<string?>("--from") { Description = "With --to: list what changed from this date (EDTF) to the later one." };
        var to = new Option<string?>("--to") { Description = "With --from: the later date (EDTF)." };
        var unit = new Option<string?>("--unit") { Description = "Only this unit and its subunits: its id or any of its names (sof)." };
        var certain = new Option<bool>("--certain") { Description = "Count only facts whose dates are certainly on or before the date; by default a fact counts when its date may be." };
        var format = new Option<string>("--format") { Description = "text (default), json or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("orbat", "The order of battle as of a date: units, commanders, strength and equipment, each line with its claim and record; or the changes between two dates.\nExample: belarus-forces orbat --as-of 2017-12-31 --unit sof\nExample: belarus-forces orbat --from 2016 --to 2018")
        {
            asOf, from, to, unit, certain, format,
        };
        command.SetAction(parse => Run(() =>
        {
            var match = parse.GetValue(certain) ? DateMatch.CertainlyWithin : DateMatch.MayInclude;
            var root = parse.GetValue(unit) is { } name ? ResolveUnit(name) : null;
            var (date, earlier, later) = (parse.GetValue(asOf), parse.GetValue(from), parse.GetValue(to));
            var output = new StringBuilder();
            if (date is not null && (earlier ?? later) is null)
            {
                var orbat = Data.OrderOfBattle(AsOfDate(date, "--as-of"), match, root);
                if (root is not null && orbat.Roots.IsEmpty)
                {
                    throw new UserError($"{root.Name} was not yet established on {Queries.OrderOfBattle.Iso(orbat.Day)} (established {root.Established}); give a later --as-of.", CommandRunner.Failed);
                }

                output.Append(parse.GetValue(format) switch
                {
                    "json" => OrderOfBattleJson.Write(orbat),
                    "markdown" => orbat.ToMarkdown(),
                    _ => orbat.ToString(),
                });
            }
            else if (date is null && earlier is not null && later is not null)
            {
                var (first, second) = (AsOfDate(earlier, "--from"), AsOfDate(later, "--to"));
                if (first.Latest > second.Latest)
                {
                    throw new UserError($"--from {earlier} is after --to {later}; give the earlier date first.");
                }

                var changes = Data.OrderOfBattleChanges(first, second, match, root);
                output.Append(parse.GetValue(format) switch
                {
                    "json" => OrderOfBattleJson.Write(changes),
                    "markdown" => changes.ToMarkdown(),
                    _ => changes.ToString(),
                });
            }
            else
            {
                throw new UserError("Give either --as-of DATE, or --from DATE and --to DATE, such as: belarus-forces orbat --as-of 2017-12-31, or belarus-forces orbat --from 2016 --to 2018.");
            }

            Console.Out.Write(Terminal.Clean(output.ToString(), keepLineBreaks: true));
            return 0;
        }));
        return command;
    }

    private static EdtfDate AsOfDate(string text, string option)
    {
        var date = ParseEdtf(text, option);
        return date.Latest is null ? throw new UserError($"{option}: '{text}' has an open end; give a date such as 2017, 2017-12 or 2017-12-31.") : date;
    }
}

/// <summary>Orders of battle and their changes as JSON, written by hand: the tool is AOT-compiled and serialises without reflection.</summary>
internal static class OrderOfBattleJson
{
    public static string Write(OrderOfBattle orbat) => Json(w =>
    {
        w.WriteStartObject();
        Header(w, orbat);
        w.WriteStartArray("units");
        foreach (var unit in orbat.Units)
        {
            w.WriteStartObject();
            w.WriteString("id", unit.Unit.Id.Value);
            w.WriteString("name", unit.Unit.Name);
            w.WriteString("kind", Kebab.Name(unit.Unit.Kind));
            w.WriteString("parent_id", unit.Unit.ParentId?.Value);
            w.WriteNumber("depth", unit.Depth);
            w.WriteBoolean("certainly_established", unit.CertainlyEstablished);
            w.WritePropertyName("unit");
            Line(w, unit.Line);
            w.WritePropertyName("strength");
            Line(w, unit.Strength);
            Lines(w, "posts", unit.Posts);
            Lines(w, "equipment", unit.Equipment);
            w.WriteStartArray("unknowns");
            foreach (var unknown in unit.Unknowns)
            {
                w.WriteStringValue(unknown);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Write(OrderOfBattleChanges changes) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("from");
        Header(w, changes.From);
        w.WriteEndObject();
        w.WriteStartObject("to");
        Header(w, changes.To);
        w.WriteEndObject();
        w.WriteStartArray("changes");
        foreach (var change in changes.Changes)
        {
            w.WriteStartObject();
            w.WriteString("change", Kebab.Name(change.Kind));
            w.WriteString("unit_id", change.Unit.Id.Value);
            w.WriteString("record", change.RecordKey);
            w.WritePropertyName("before");
            Line(w, change.Before);
            w.WritePropertyName("after");
            Line(w, change.After);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Header(Utf8JsonWriter w, OrderOfBattle orbat)
    {
        w.WriteString("as_of", orbat.AsOf.ToString());
        w.WriteString("day", Queries.OrderOfBattle.Iso(orbat.Day));
        w.WriteString("match", Kebab.Name(orbat.Match));
    }

    private static void Lines(Utf8JsonWriter w, string name, IEnumerable<OrderOfBattleLine> lines)
    {
        w.WriteStartArray(name);
        foreach (var line in lines)
        {
            Line(w, line);
        }

        w.WriteEndArray();
    }

    private static void Line(Utf8JsonWriter w, OrderOfBattleLine? line)
    {
        if (line is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("kind", Kebab.Name(line.Kind));
        w.WriteString("text", line.Text);
        w.WriteString("date", line.Date?.ToString());
        Number(w, "days_before_at_least", line.DaysBeforeAtLeast);
        Number(w, "days_before_at_most", line.DaysBeforeAtMost);
        w.WriteString("person_id", line.Person?.Id.Value);
        w.WriteString("equipment_id", line.Equipment?.Id.Value);
        w.WriteString("origin", line.Equipment?.Origin?.Code);
        w.WriteString("quantity", line.Quantity?.ToString());
        w.WriteString("status", line.Status);
        w.WriteString("claim", Kebab.Name(line.Claim));
        w.WriteString("hedge", line.Hedge);
        w.WriteString("record", line.RecordKey);
        w.WriteStartArray("evidence");
        foreach (var evidence in line.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("source", evidence.Source.Id.Value);
            w.WriteString("quote", evidence.Quote);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
