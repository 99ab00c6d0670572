using System.Globalization;

namespace ScoreRules.Reporting.Charts;

/// <summary>
/// Reads chart blocks. The block's info string is <c>chart bar</c>, <c>chart radar</c> or <c>chart line</c>; each
/// body line is either an option (<c>title: …</c>, <c>target: 80</c>, <c>min: 0</c>, <c>max: 100</c>,
/// <c>unit: %</c>) or a point <c>label: value</c>, where the value is a number (<c>.</c> decimals, optional
/// trailing %) or <c>-</c> for no data. The label is everything before the last colon (ASCII or full-width); quote
/// a label that is an option word or has a colon at its end: <c>"max": 3</c>. Blank lines and lines starting with
/// <c>#</c> are skipped.
/// </summary>
public static class ChartSpecParser
{
    /// <summary>True when a fenced code block's info string names a chart (<c>chart</c> followed by a kind).</summary>
    public static bool IsChartInfo(string? info) =>
        info is not null && info.Trim().StartsWith("chart", StringComparison.OrdinalIgnoreCase)
                         && (info.Trim().Length == 5 || char.IsWhiteSpace(info.Trim()[5]));

    /// <summary>Parses a chart block from its info string (e.g. <c>chart bar</c>) and body.</summary>
    /// <exception cref="ChartSpecException">The kind is unknown, a line is malformed, or there are too few or too many points.</exception>
    public static ChartSpec Parse(string info, string body)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(body);
        var words = info.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var kindWord = words.Length > 1 ? words[1].ToLowerInvariant() : "";
        var kind = kindWord switch
        {
            "bar" => ChartKind.Bar,
            "radar" => ChartKind.Radar,
            "line" => ChartKind.Line,
            _ => throw new ChartSpecException(0, $"unknown chart kind '{kindWord}'; write ```chart bar, ```chart radar or ```chart line"),
        };

        var points = new List<ChartPoint>();
        string? title = null;
        double? target = null, max = null;
        double min = 0;
        var unit = "";
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = Math.Max(line.LastIndexOf(':'), line.LastIndexOf('：'));
            if (colon <= 0)
            {
                throw new ChartSpecException(number, $"expected 'label: value' or an option such as 'target: 80', found '{line}'");
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            var quoted = key.Length >= 2 && key[0] == '"' && key[^1] == '"';
            if (quoted)
            {
                key = key[1..^1];
            }
            else
            {
                switch (key.ToLowerInvariant())
                {
                    case "title":
                        title = value;
                        continue;
                    case "unit":
                        unit = value;
                        continue;
                    case "target":
                        target = Number(value, number, "target");
                        continue;
                    case "min":
                        min = Number(value, number, "min");
                        continue;
                    case "max":
                        max = Number(value, number, "max");
                        continue;
                }
            }

            if (key.Length == 0)
            {
                throw new ChartSpecException(number, "a point needs a label before the colon");
            }

            points.Add(new ChartPoint(key, value is "-" or "–" or "" ? null : Number(value, number, key)));
        }

        var least = kind == ChartKind.Radar ? 3 : 1;
        if (points.Count < least)
        {
            throw new ChartSpecException(0, kind == ChartKind.Radar
                ? $"a radar chart needs at least 3 axes, found {points.Count}"
                : "the chart has no points; write one 'label: value' line per bar or period");
        }

        if (points.Count > 30 || (kind == ChartKind.Line && points.Count > 12))
        {
            throw new ChartSpecException(0, $"too many points ({points.Count}); a bar or radar chart takes up to 30, a line chart up to 12");
        }

        if (max is { } top && top <= min)
        {
            throw new ChartSpecException(0, $"max ({top.ToString(CultureInfo.InvariantCulture)}) must be greater than min ({min.ToString(CultureInfo.InvariantCulture)})");
        }

        return new ChartSpec { Kind = kind, Points = points, Title = title, Target = target, Min = kind == ChartKind.Radar ? 0 : min, Max = max, Unit = unit };
    }

    private static double Number(string text, int line, string what)
    {
        var trimmed = text.EndsWith('%') ? text[..^1].Trim() : text;
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw new ChartSpecException(line, $"the value of '{what}' must be a number such as 80 or 4.5 (or - for no data), found '{text}'");
    }
}
