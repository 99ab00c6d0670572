using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary><c>import</c>, <c>policy</c> and <c>calendar</c> (docs/grammar.md, "Declarations").</summary>
public class HeaderParsingTests
{
    [Fact]
    public void Import()
    {
        var file = Clean("import \"../std/metrics.score\"");
        var import = file.Declarations.ShouldHaveSingleItem().ShouldBeOfType<ImportDeclaration>();
        import.Keyword.ShouldBe("import");
        import.Path.Value.ShouldBe("../std/metrics.score");
        import.Span.ShouldBe(new(0, 29));
        import.Path.Span.ShouldBe(new(7, 22));
    }

    private const string PolicyText = """
        policy "某金融企業 IT 服務台考核" {
          version "2026-Q1"
          effective 2026-01-01 .. 2026-03-31
          period month
          timezone "Asia/Shanghai"
          description "季度考核"
          grades { A >= 90 "卓越"; B >= 75 "良好"; C >= 60; D else "待改進" }
        }
        """;

    [Fact]
    public void PolicyAndItsSettings()
    {
        var policy = Single<PolicyDeclaration>(PolicyText);
        policy.Title.Value.ShouldBe("某金融企業 IT 服務台考核");
        policy.Items.Count.ShouldBe(6);

        var version = policy.Items[0].ShouldBeOfType<TextSetting>();
        (version.Keyword, version.Value.Value).ShouldBe(("version", "2026-Q1"));

        var effective = policy.Items[1].ShouldBeOfType<EffectiveItem>();
        effective.From.Value.ShouldBe(new DateOnly(2026, 1, 1));
        effective.To.Value.ShouldBe(new DateOnly(2026, 3, 31));

        var period = policy.Items[2].ShouldBeOfType<WordSetting>();
        (period.Keyword, period.Value.Text).ShouldBe(("period", "month"));

        var zone = policy.Items[3].ShouldBeOfType<TextSetting>();
        (zone.Keyword, zone.Value.Value).ShouldBe(("timezone", "Asia/Shanghai"));

        policy.Items[4].ShouldBeOfType<TextSetting>().Value.Value.ShouldBe("季度考核");
    }

    [Fact]
    public void GradesWithMinimumsOptionalLabelsAndElse()
    {
        var grades = Single<PolicyDeclaration>(PolicyText).Items[5].ShouldBeOfType<GradesItem>().Grades;
        grades.Select(g => (g.Grade.Text, g.Minimum?.Value, g.Label?.Value)).ShouldBe(
        [
            ("A", 90m, "卓越"),
            ("B", 75m, "良好"),
            ("C", 60m, null),
            ("D", (decimal?)null, "待改進"),
        ]);
    }

    [Fact]
    public void PolicySpans()
    {
        var file = Clean(PolicyText);
        var policy = (PolicyDeclaration)file.Declarations[0];
        file.Start(policy).ShouldBe(new(1, 1));
        file.End(policy).ShouldBe(new(8, 2));
        var effective = policy.Items[1];
        file.Start(effective).ShouldBe(new(3, 3));
        file.End(effective).ShouldBe(new(3, 37));   // "  effective 2026-01-01 .. 2026-03-31" is 36 characters
        var grade = policy.Items[5].ShouldBeOfType<GradesItem>().Grades[3];
        file.TextOf(grade).ShouldBe("D else \"待改進\"");
        // Counting "  grades { A >= 90 \"卓越\"; B >= 75 \"良好\"; C >= 60; " gives 48 characters (each CJK character is one).
        file.Start(grade).ShouldBe(new(7, 49));
    }

    [Theory]
    [InlineData("week")]
    [InlineData("month")]
    [InlineData("quarter")]
    [InlineData("year")]
    public void PolicyPeriodWords(string word) =>
        Single<PolicyDeclaration>($"policy \"p\" {{ period {word} }}").Items[0].ShouldBeOfType<WordSetting>().Value.Text.ShouldBe(word);

    [Fact]
    public void CalendarWithHoursHolidaysAndTimezone()
    {
        var calendar = Single<CalendarDeclaration>("""
            calendar office "辦公時間" {
              timezone "Asia/Taipei"
              hours mon..fri 09:00-12:00, 13:00-18:00, sat 10:00-12:00
              holidays 2026-01-01, 2026-02-16 .. 2026-02-22
            }
            """);
        calendar.Id.Text.ShouldBe("office");
        calendar.Title!.Value.ShouldBe("辦公時間");
        calendar.Items[0].ShouldBeOfType<TextSetting>().Value.Value.ShouldBe("Asia/Taipei");

        var hours = calendar.Items[1].ShouldBeOfType<HoursItem>().Groups;
        hours.Count.ShouldBe(2);
        (hours[0].FirstDay.Text, hours[0].LastDay?.Text).ShouldBe(("mon", "fri"));
        hours[0].Times.Select(t => (t.Start, t.End)).ShouldBe(
            [(new TimeOnly(9, 0), new TimeOnly(12, 0)), (new TimeOnly(13, 0), new TimeOnly(18, 0))]);
        (hours[1].FirstDay.Text, hours[1].LastDay).ShouldBe(("sat", (Name?)null));
        hours[1].Times.ShouldHaveSingleItem().Start.ShouldBe(new TimeOnly(10, 0));

        var holidays = calendar.Items[2].ShouldBeOfType<HolidaysItem>().Days;
        holidays.Select(d => (d.From, d.To)).ShouldBe(
        [
            (new DateOnly(2026, 1, 1), (DateOnly?)null),
            (new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 22)),
        ]);
    }

    [Fact]
    public void CalendarSpans()
    {
        var file = Clean("calendar c {\n  hours mon..fri 09:00-12:00, 13:00-18:00\n}");
        var hours = file.Declarations[0].Items[0].ShouldBeOfType<HoursItem>();
        file.TextOf(hours).ShouldBe("hours mon..fri 09:00-12:00, 13:00-18:00");
        var second = hours.Groups[0].Times[1];
        // "  hours mon..fri 09:00-12:00, " is 30 characters, so the second range starts at column 31.
        file.Start(second).ShouldBe(new(2, 31));
        file.End(second).ShouldBe(new(2, 42));
    }
}
