using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Tests;

public class LineBreakerTests
{
    // Size 10 with the fixed measurer: a Latin character or space is 5 pt, a CJK character 10 pt.
    private static readonly TextStyle Body = new(10);

    private static List<string> Break(string text, double width) =>
        LineBreaker.Break([new StyledRun(text, Body)], width, new FixedWidthMeasurer()).Select(l => l.Text).ToList();

    [Fact]
    public void Latin_text_breaks_at_spaces()
    {
        // "the quick " = 10 characters; "the quick" without its trailing space is 45 pt, adding "brown" would need 75.
        Break("the quick brown fox", 50).ShouldBe(["the quick", "brown fox"]);
    }

    [Fact]
    public void Cjk_text_breaks_between_any_two_characters()
    {
        Break("一二三四五六七", 30).ShouldBe(["一二三", "四五六", "七"]);
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        // Without the rule the lines would be 一二三 / 。四; 三。 is one unit, so 三 moves down with its full stop.
        Break("一二三。四", 30).ShouldBe(["一二", "三。四"]);
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        // 「三」 is one unit (no break after 「, none before 」): 一二「 would fit in 30 pt but must not end a line.
        var lines = Break("一二「三」", 30);
        lines.ShouldBe(["一二", "「三」"]);
    }

    [Theory]
    [InlineData("，")]
    [InlineData("。")]
    [InlineData("、")]
    [InlineData("）")]
    [InlineData("」")]
    [InlineData("』")]
    [InlineData("】")]
    [InlineData("》")]
    [InlineData("！")]
    [InlineData("？")]
    [InlineData("：")]
    [InlineData("；")]
    [InlineData("…")]
    public void No_line_starts_with_closing_punctuation_at_any_width(string mark)
    {
        var text = $"客戶滿意度{mark}首次響應時間{mark}一線解決率{mark}目標";
        for (var width = 20; width <= 120; width += 10)
        {
            var lines = Break(text, width);
            lines.Skip(1).ShouldAllBe(l => !l.StartsWith(mark, StringComparison.Ordinal));
            string.Concat(lines).ShouldBe(text);
        }
    }

    [Fact]
    public void Mixed_latin_and_cjk_break_at_the_script_boundary()
    {
        // "ab " advances 15 pt (ink 10), 一 brings it to 25 = the width; 二 goes down.
        Break("ab 一二", 25).ShouldBe(["ab 一", "二"]);
        // CSAT (20 pt) may break from the CJK text after it.
        Break("CSAT達標", 30).ShouldBe(["CSAT達", "標"]);
    }

    [Fact]
    public void A_word_longer_than_the_line_breaks_between_characters()
    {
        Break("abcdefghij", 20).ShouldBe(["abcd", "efgh", "ij"]);
    }

    [Fact]
    public void A_forced_character_break_does_not_leave_a_comma_to_start_the_next_line()
    {
        // abc fits 15 pt exactly, but then "," would start the next line, so c moves down with it.
        Break("abc,", 15).ShouldBe(["ab", "c,"]);
    }

    [Fact]
    public void Hard_breaks_end_lines_and_trailing_spaces_do_not_count()
    {
        var lines = LineBreaker.Break([new StyledRun("ab  \ncd", Body)], 100, new FixedWidthMeasurer());
        lines.Select(l => l.Text).ShouldBe(["ab", "cd"]);
        lines[0].Width.ShouldBe(10);
    }

    [Fact]
    public void Styles_become_fragments_at_their_offsets()
    {
        var bold = Body.WithBold();
        var line = LineBreaker.Break([new StyledRun("ab ", Body), new StyledRun("cd", bold)], 100, new FixedWidthMeasurer()).Single();
        line.Fragments.Select(f => (f.Text, f.Style.Bold, f.X)).ShouldBe([("ab ", false, 0.0), ("cd", true, 15.0)]);
    }

    [Fact]
    public void Content_widths_are_the_widest_word_and_the_whole_line()
    {
        LineBreaker.ContentWidths([new StyledRun("ab cde", Body)], new FixedWidthMeasurer()).ShouldBe((15.0, 30.0));
        LineBreaker.ContentWidths([new StyledRun("一二三", Body)], new FixedWidthMeasurer()).ShouldBe((10.0, 30.0));
    }

    [Fact]
    public void Hyphenated_words_may_break_after_the_hyphen_and_a_leading_hyphen_stays()
    {
        // "first-" is 30 pt; "first-contact" (65 pt) does not fit 40.
        Break("first-contact", 40).ShouldBe(["first-", "contact"]);
        Break("-a -b", 100).ShouldBe(["-a -b"]);
    }
}
