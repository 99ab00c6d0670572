using NodaTime;
using ScoreRules.Engine.Data;

namespace ScoreRules.Engine.Tests.Data;

public class IsoDateTimeTests
{
    [Theory]
    [InlineData("2026-03-02 09:05", 2026, 3, 2, 9, 5, 0)]
    [InlineData("2026-03-02T09:05", 2026, 3, 2, 9, 5, 0)]
    [InlineData("2026-03-02 23:59:59", 2026, 3, 2, 23, 59, 59)]
    [InlineData("2024-02-29T00:00:00", 2024, 2, 29, 0, 0, 0)]
    [InlineData("0001-01-01 00:00", 1, 1, 1, 0, 0, 0)]
    public void Common_shapes_read_by_hand(string text, int year, int month, int day, int hour, int minute, int second)
    {
        DateTimeFormats.TryParseIsoMinutesOrSeconds(text, out var value).ShouldBeTrue();
        value.ShouldBe(new LocalDateTime(year, month, day, hour, minute, second));
    }

    [Theory]
    [InlineData("2026-02-29 09:05")] // not a leap year
    [InlineData("2026-03-02 24:00")]
    [InlineData("2026-03-02 9:05")]
    [InlineData("2026-03-02 09:05:30.5")] // a fraction: left to the patterns
    [InlineData("2026-03-02T09:05+08")] // an offset: left to the patterns
    [InlineData("0000-01-01 00:00")] // year 0: left to the patterns
    [InlineData("２０２６-03-02 09:05")] // full-width digits
    [InlineData("2026/03/02 09:05")]
    public void Other_texts_are_left_to_the_patterns(string text) =>
        DateTimeFormats.TryParseIsoMinutesOrSeconds(text, out _).ShouldBeFalse();

    [Fact]
    public void Reading_by_hand_agrees_with_the_iso_patterns_on_every_edge_of_each_part()
    {
        // Every combination of edge values: a text read by hand is read by the ISO patterns to the same
        // value, and every text they read is read by hand too, but for 24:00 (NodaTime's end of day),
        // which is left to them.
        var checkedTexts = 0;
        foreach (var year in new[] { "0001", "1999", "2024", "2026", "9999" })
        foreach (var month in new[] { "00", "01", "02", "09", "12", "13" })
        foreach (var day in new[] { "00", "01", "28", "29", "30", "31", "32" })
        foreach (var hour in new[] { "00", "23", "24" })
        foreach (var minute in new[] { "00", "59", "60" })
        foreach (var second in new[] { "", ":00", ":59", ":60" })
        foreach (var separator in new[] { " ", "T" })
        {
            var text = $"{year}-{month}-{day}{separator}{hour}:{minute}{second}";
            var byHand = DateTimeFormats.TryParseIsoMinutesOrSeconds(text, out var value);
            var byPattern = DateTimeFormats.LocalIso.Select(p => p.Parse(text)).FirstOrDefault(r => r.Success);
            byHand.ShouldBe(byPattern is not null && hour != "24", text);
            if (byHand) value.ShouldBe(byPattern!.Value, text);
            checkedTexts++;
        }
        checkedTexts.ShouldBe(5 * 6 * 7 * 3 * 3 * 4 * 2);
    }
}
