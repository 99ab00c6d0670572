using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ScoreRules.Cli.Tests.Report;

/// <summary>Reads PDFs back with PdfPig as lines: letters grouped by baseline, a space where there is a gap.</summary>
internal static class ReportPdfText
{
    public static List<string> Lines(string file)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(file));
        return document.GetPages().SelectMany(Lines).ToList();
    }

    public static string All(string file) => string.Join("\n", Lines(file));

    private static IEnumerable<string> Lines(Page page)
    {
        foreach (var group in page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 0)).OrderByDescending(g => g.Key))
        {
            var text = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in group.OrderBy(l => l.StartBaseLine.X))
            {
                var space = string.IsNullOrWhiteSpace(letter.Value)
                            || (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 0.3 * letter.PointSize);
                if (space && text.Length > 0 && text[^1] != ' ') text.Append(' ');
                if (!string.IsNullOrWhiteSpace(letter.Value)) text.Append(letter.Value);
                previous = letter;
            }
            yield return text.ToString().Trim();
        }
    }
}
