using ScoreRules.Language.Formatting;

namespace ScoreRules.Language.Tests.Formatting;

public class DisplayWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("王小美", 6)]            // three wide characters
    [InlineData("T1 王", 5)]             // 3 narrow + 1 wide
    [InlineData("ａｂ", 4)]              // full-width Latin letters
    [InlineData("e\u0301", 1)]           // e + combining acute accent
    [InlineData("使用者,再來電", 13)]   // 6 wide + ASCII comma
    public void CountsColumns(string text, int expected)
    {
        DisplayWidth.Of(text).ShouldBe(expected);
    }

    [Fact]
    public void PadsToTheWidthInColumns()
    {
        DisplayWidth.PadRight("滿意", 8).ShouldBe("滿意    ");
        DisplayWidth.PadRight("toolong", 3).ShouldBe("toolong");
    }
}
