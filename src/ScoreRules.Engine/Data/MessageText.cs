using System.Globalization;
using System.Text;

namespace ScoreRules.Engine.Data;

/// <summary>How values and names appear in data messages.</summary>
internal static class MessageText
{
    private const int MaxShown = 60;

    /// <summary>
    /// A cell value in double quotes, shortened, with line breaks and undecodable bytes made visible, a quote or
    /// backslash in it escaped (<c>\"</c>, <c>\\</c>), and invisible characters (controls, zero-width and
    /// direction marks, spaces other than the plain one) written as <c>\u200B</c>, so the text between the
    /// quotes is unambiguous.
    /// </summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(Math.Min(value.Length, MaxShown) + 4).Append('"');
        var shown = 0;
        foreach (var c in value)
        {
            if (shown == MaxShown) { sb.Append('…'); break; }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                TextEncodings.InvalidMarker => "\uFFFD",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when IsInvisible(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
            shown++;
        }
        return sb.Append('"').ToString();
    }

    private static bool IsInvisible(char c) => c != ' ' && char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The text form of a typed workbook cell, as used in messages, maps and text fields.</summary>
    public static string TextOf(object value) => value switch
    {
        string s => s,
        double d => double.IsFinite(d) && Math.Abs(d) < 7.9e27
            ? ((decimal)d).ToString(CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString(t.Second == 0 && t.Millisecond == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A number without trailing zeros, invariant culture (<c>5.0</c> → <c>5</c>); empty for null (an open end).</summary>
    public static string Number(decimal? value) =>
        value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A list of names for a message, e.g. <c>id, agent, csat</c>; "(none)" when empty.</summary>
    public static string List(IEnumerable<string> names)
    {
        var text = string.Join(", ", names.Select(n => n.Replace(TextEncodings.InvalidMarker, '\uFFFD')));
        return text.Length == 0 ? "(none)" : text;
    }
}
