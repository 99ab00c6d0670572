using CsCheck;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Tests;

public class LineBreakerPropertyTests
{
    private static readonly TextStyle Body = new(10);

    [Fact]
    public void Any_text_keeps_every_character_and_no_line_is_wider_than_allowed_unless_it_is_one_character()
    {
        var text = Gen.Char["ab -一二，。「」\n"].Array[0, 40].Select(chars => new string(chars));
        Gen.Select(text, Gen.Int[10, 100]).Sample((input, width) =>
        {
            var lines = LineBreaker.Break([new StyledRun(input, Body)], width, new FixedWidthMeasurer());

            // Only spaces (at line ends and starts) and hard breaks may disappear.
            string.Concat(lines.Select(l => l.Text)).Replace(" ", "", StringComparison.Ordinal)
                .ShouldBe(input.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
            foreach (var line in lines)
            {
                (line.Width <= width + 0.001 || line.Text.Length == 1).ShouldBeTrue($"'{line.Text}' is {line.Width} pt in {width} pt");
            }
        });
    }
}
