using ScoreRules.Language.Formatting;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Tests.Formatting;

public class LiteralPrinterTests
{
    [Theory]
    [InlineData("4.50", false, "4.5")]
    [InlineData("100", false, "100")]
    [InlineData("1.00", false, "1")]
    [InlineData("-0.3", false, "-0.3")]
    [InlineData("0.0000001", false, "0.0000001")] // no exponent
    [InlineData("0.85", true, "85%")]
    [InlineData("0.125", true, "12.5%")]
    [InlineData("1.000", true, "100%")]
    [InlineData("0.0005", true, "0.05%")]
    public void NumbersPrintTheirValueWithoutTrailingZeros(string value, bool percent, string expected)
    {
        var number = new NumberExpression(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), percent, default);
        LiteralPrinter.Number(number).ShouldBe(expected);
    }

    [Fact]
    public void TextsAreReEscaped()
    {
        // value: a"b\c<newline>d<tab>e
        LiteralPrinter.Quote("a\"b\\c\nd\te").ShouldBe("\"a\\\"b\\\\c\\nd\\te\"");
        LiteralPrinter.Quote("客戶體驗").ShouldBe("\"客戶體驗\"");
        LiteralPrinter.Quote("").ShouldBe("\"\"");
    }

    [Theory]
    [InlineData("1", "days", "1 day")]
    [InlineData("1.0", "weeks", "1 week")]
    [InlineData("30", "days", "30 days")]
    [InlineData("1.5", "hours", "1.5 hours")]
    [InlineData("0", "minutes", "0 minutes")]
    public void DurationsUseTheSingularOnlyForOne(string amount, string unit, string expected)
    {
        LiteralPrinter.Duration(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit).ShouldBe(expected);
    }

    [Fact]
    public void NamesKeepTheirQuotes()
    {
        LiteralPrinter.Name(new Name("Time to first response", true, default)).ShouldBe("\"Time to first response\"");
        LiteralPrinter.Name(new Name("承辦人員", false, default)).ShouldBe("承辦人員");
    }

    [Fact]
    public void MidnightWrittenAs2400StaysSo()
    {
        LiteralPrinter.Time(TimeOnly.MinValue, "24:00").ShouldBe("24:00");
        LiteralPrinter.Time(TimeOnly.MinValue, "00:00").ShouldBe("00:00");
        LiteralPrinter.Time(new TimeOnly(9, 0), "9:00").ShouldBe("09:00");
    }
}
