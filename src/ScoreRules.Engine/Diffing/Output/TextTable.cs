using System.Text;
using Wcwidth;

namespace ScoreRules.Engine.Diffing.Output;

/// <summary>
/// A plain-text table with aligned columns for terminals and CI logs: each column as wide as its widest
/// cell, two spaces between columns, Chinese (wide) characters counted as two columns, no trailing spaces.
/// </summary>
internal sealed class TextTable
{
    private readonly List<string[]> _rows = [];
    private readonly bool[] _rightAligned;

    /// <summary>A table with <paramref name="header"/> as its first row; columns named in <paramref name="rightAligned"/> are aligned right (numbers).</summary>
    public TextTable(string[] header, params int[] rightAligned)
    {
        _rows.Add(header);
        _rightAligned = new bool[header.Length];
        foreach (var i in rightAligned) _rightAligned[i] = true;
    }

    /// <summary>Adds a row with one cell per column.</summary>
    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>Writes the table, each line starting with <paramref name="indent"/> and ending with LF.</summary>
    public void WriteTo(StringBuilder output, string indent)
    {
        var widths = new int[_rightAligned.Length];
        foreach (var row in _rows)
            for (var i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], Width(row[i]));
        foreach (var row in _rows)
        {
            var line = new StringBuilder(indent);
            for (var i = 0; i < row.Length; i++)
            {
                var pad = new string(' ', widths[i] - Width(row[i]));
                line.Append(_rightAligned[i] ? pad + row[i] : row[i] + pad);
                if (i < row.Length - 1) line.Append("  ");
            }
            output.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    /// <summary>Columns <paramref name="text"/> takes in a fixed-width font.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = UnicodeCalculator.GetWidth(rune);
            width += w < 0 ? 1 : w;
        }
        return width;
    }
}
