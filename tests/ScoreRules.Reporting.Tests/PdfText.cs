using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ScoreRules.Reporting.Tests;

/// <summary>Reads the text of rendered PDFs back with PdfPig, line by line as a reader sees it.</summary>
internal static class PdfText
{
    /// <summary>The lines of every page: letters grouped by baseline, left to right, a space where there is a gap.</summary>
    public static List<List<string>> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(Lines).ToList();
    }

    /// <summary>The lines of one page, top to bottom.</summary>
    public static List<string> Lines(Page page)
    {
        var lines = new List<string>();
        foreach (var group in page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 0)).OrderByDescending(g => g.Key))
        {
            var text = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in group.OrderBy(l => l.StartBaseLine.X))
            {
                var space = string.IsNullOrWhiteSpace(letter.Value)
                            || (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 0.3 * letter.PointSize);
                if (space && text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                if (!string.IsNullOrWhiteSpace(letter.Value))
                {
                    text.Append(letter.Value);
                }

                previous = letter;
            }

            lines.Add(text.ToString().Trim());
        }

        return lines;
    }
}
