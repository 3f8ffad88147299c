using System.Globalization;
using BelarusForces.Values;

namespace BelarusForces.Cli.Site;

/// <summary>Values as a person reads them: EDTF dates ("June 2017", "about 2005", "2011 to 2013", "until 2006") and claims.</summary>
internal static class Words
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Seasons = ["spring", "summer", "autumn", "winter"];

    public static string Date(EdtfDate? date) => date is { } d ? Date(d.ToString()) : "undated";

    /// <summary>An EDTF string in words; a form this does not know is given as written.</summary>
    public static string Date(string edtf)
    {
        var slash = edtf.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Single(edtf);
        }

        var (start, end) = (edtf[..slash], edtf[(slash + 1)..]);
        return (start, end) switch
        {
            (".." or "", ".." or "") => "at an unknown time",
            (".." or "", _) => "until " + Single(end),
            (_, ".." or "") => "from " + Single(start),
            _ => Single(start) + " to " + Single(end),
        };
    }

    public static string Claim(ClaimStatus claim) => claim switch
    {
        ClaimStatus.Official => "official statement",
        ClaimStatus.Media => "media report",
        ClaimStatus.Analyst => "analyst's estimate",
        _ => "disputed claim",
    };

    public static string Number(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Single(string text)
    {
        var qualifier = text.Length > 0 ? text[^1] : ' ';
        var core = qualifier is '~' or '?' or '%' ? text[..^1] : text;
        var words = Plain(core);
        return qualifier switch
        {
            '~' => "about " + words,
            '?' => "perhaps " + words,
            '%' => "perhaps about " + words,
            _ => words,
        };
    }

    private static string Plain(string core)
    {
        var parts = core.Split('-');
        if (parts[0].Length != 4)
        {
            return core;
        }

        if (parts.Length == 1)
        {
            return parts[0] switch
            {
                [_, _, 'X', 'X'] => $"the {parts[0][..2]}00s",
                [_, _, _, 'X'] => $"the {parts[0][..3]}0s",
                _ => parts[0],
            };
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return core;
        }

        var monthYear = month switch
        {
            >= 1 and <= 12 => Months[month - 1] + " " + parts[0],
            >= 21 and <= 24 => Seasons[month - 21] + " " + parts[0],
            _ => core,
        };
        return parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            ? day.ToString(CultureInfo.InvariantCulture) + " " + monthYear
            : monthYear;
    }
}
