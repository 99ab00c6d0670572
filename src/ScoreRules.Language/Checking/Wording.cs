using System.Globalization;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking;

/// <summary>How numbers, percentages, lists and places are written in check messages.</summary>
internal static class Wording
{
    /// <summary>A decimal without trailing zeros, invariant culture: 0.70 → "0.7", 30.00 → "30".</summary>
    public static string Number(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A ratio shown as a percentage with a space before the sign: 0.125 → "12.5 %".</summary>
    public static string Percent(decimal ratio) => Number(ratio * 100m) + " %";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items, string last = "and")
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + $" {last} " + list[^1],
        };
    }

    /// <summary>
    /// Where <paramref name="span"/> of <paramref name="there"/> is, as seen from a message about
    /// <paramref name="here"/>: "line 12" in the same file, else "path:12:8".
    /// </summary>
    public static string At(SourceText here, SourceText there, TextSpan span)
    {
        var pos = there.GetPosition(span.Start);
        return ReferenceEquals(here, there) || here.Path == there.Path
            ? $"line {pos.Line}"
            : $"{there.Path}:{pos.Line}:{pos.Column}";
    }

    /// <summary>The text of a node as written, e.g. a band <c>&lt; 45 -&gt; 80</c>, on one line.</summary>
    public static string Snippet(SourceText source, TextSpan span)
    {
        var text = source.Slice(span).ReplaceLineEndings(" ");
        return text.Length > 60 ? text[..57] + "…" : text;
    }

    /// <summary>"1 day", "2 days".</summary>
    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";
}
