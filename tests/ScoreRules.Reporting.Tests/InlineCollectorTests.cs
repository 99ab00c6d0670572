using Markdig.Syntax;
using ScoreRules.Reporting.Layout;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Tests;

public class InlineCollectorTests
{
    private static IReadOnlyList<StyledRun> Runs(string markdown) =>
        InlineCollector.Collect(MarkdownParsing.Parse(markdown).OfType<ParagraphBlock>().Single().Inline, new TextStyle(10));

    [Fact]
    public void Soft_breaks_vanish_between_CJK_characters_and_become_spaces_elsewhere()
    {
        string.Concat(Runs("第一行\n第二行").Select(r => r.Text)).ShouldBe("第一行第二行");
        string.Concat(Runs("one\ntwo").Select(r => r.Text)).ShouldBe("one two");
        string.Concat(Runs("分數\nscore").Select(r => r.Text)).ShouldBe("分數 score");
    }

    [Fact]
    public void Emphasis_and_code_set_the_style()
    {
        var runs = Runs("a **b** *c* ***d*** `e`");
        runs.Select(r => (r.Text, r.Style.Bold, r.Style.Italic, r.Style.Monospace)).ShouldBe(
        [
            ("a ", false, false, false), ("b", true, false, false), (" ", false, false, false), ("c", false, true, false),
            (" ", false, false, false), ("d", true, true, false), (" ", false, false, false), ("e", false, false, true),
        ]);
    }

    [Fact]
    public void Hard_breaks_are_kept_and_invisible_characters_dropped()
    {
        string.Concat(Runs("a  \nb\u200Bc").Select(r => r.Text)).ShouldBe("a\nbc");
    }
}
