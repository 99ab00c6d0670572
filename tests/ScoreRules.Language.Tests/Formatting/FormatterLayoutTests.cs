namespace ScoreRules.Language.Tests.Formatting;

/// <summary>Single layout decisions, each with the expected text worked out by hand.</summary>
public class FormatterLayoutTests
{
    [Fact]
    public void EmptyBlockKeepsItsBracesOnTwoLines()
    {
        FormatAssert.RoundTrips("bonus b {}").ShouldBe("bonus b {\n}\n");
    }

    [Fact]
    public void CommentInsideAnEmptyBlockStaysInside()
    {
        FormatAssert.RoundTrips("bonus b { // later\n}").ShouldBe("bonus b { // later\n}\n");
        FormatAssert.RoundTrips("bonus b {\n// later\n}").ShouldBe("bonus b {\n  // later\n}\n");
    }

    [Fact]
    public void TableRowWithoutCellsStaysABar()
    {
        // "|  |" would read back as one empty cell.
        FormatAssert.RoundTrips("test \"t\" { s {\n|\n| a |\n} }")
            .ShouldBe("test \"t\" {\n  s {\n    |\n    | a |\n  }\n}\n");
    }

    [Fact]
    public void ASecondCommentForTheSameLineMovesToItsOwnLine()
    {
        // "// b" follows the separator `;`, after the line already given "// a".
        FormatAssert.RoundTrips("policy \"p\" {\n  version \"1\" // a\n  ; // b\n}")
            .ShouldBe("policy \"p\" {\n  version \"1\" // a\n  // b\n}\n");
    }

    [Fact]
    public void TrailingCommentsOfConsecutiveLinesLineUp()
    {
        // "  at = x" is 8 columns, "  person = assignee" 19: both comments start at column 20.
        FormatAssert.RoundTrips("source s \"s.csv\" {\n  at = x // a\n  person = assignee // b\n}")
            .ShouldBe("source s \"s.csv\" {\n  at = x            // a\n  person = assignee // b\n}\n");
    }

    [Fact]
    public void ABlankLineOrAnUncommentedLineEndsARunOfAlignedComments()
    {
        FormatAssert.RoundTrips("source s \"s.csv\" {\n  at = x // a\n\n  person = assignee // b\n  format csv\n  key id = ticket_id // c\n}")
            .ShouldBe("source s \"s.csv\" {\n  at = x // a\n\n  person = assignee // b\n  format csv\n  key id = ticket_id // c\n}\n");
    }

    [Fact]
    public void ImportsAndAlertsMayStayTogetherButOtherDeclarationsAreSeparated()
    {
        FormatAssert.RoundTrips("import \"a\"\nimport \"b\"\nalert \"x\" when a\nalert \"y\" when b\nbonus c { max 1 }\nbonus d { max 2 }")
            .ShouldBe("import \"a\"\nimport \"b\"\n\nalert \"x\" when a\nalert \"y\" when b\n\nbonus c {\n  max 1\n}\n\nbonus d {\n  max 2\n}\n");
    }

    [Fact]
    public void BracesInsideTextsAndCommentsDoNotEndTheHeader()
    {
        // The header ends at the `{` after the comment; the comment sat inside the header, so it moves above it.
        FormatAssert.RoundTrips("metric m \"a{b\\\"{\" // {\n{ value x }")
            .ShouldBe("// {\nmetric m \"a{b\\\"{\" {\n  value x\n}\n");
    }

    [Fact]
    public void UnknownEscapeKeepsItsBackslash()
    {
        // "\d" is not an escape, so the text holds a backslash and a d; printed, the backslash is escaped.
        FormatAssert.RoundTrips("metric m { description \"a\\d\" }").ShouldBe("metric m {\n  description \"a\\\\d\"\n}\n");
    }

    [Fact]
    public void DesignExampleKeepsItsCommentsWhereTheyBelong()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "design-example.score"));
        var lines = FormatAssert.RoundTrips(text, "design.score").Split('\n');

        // "  effective 2026-01-01 .. 2026-03-31" is 36 columns and "  period month" 14, so the two
        // comments line up at column 37: one space after the first line, 23 after the second.
        lines.ShouldContain("  effective 2026-01-01 .. 2026-03-31 // time-bound; versions must not overlap");
        lines.ShouldContain("  period month" + new string(' ', 23) + "// week | month | quarter | year");
        lines.ShouldContain("calendar office { // business hours for FRT/MTTR/SLA");
        lines.ShouldContain("  target <= 2 // lower is better follows from the target");

        // The one-line scorecard becomes a block.
        var tier2 = Array.IndexOf(lines, "scorecard tier2 \"二線支持\" extends tier1 for role == \"tier2\" {");
        tier2.ShouldBeGreaterThan(0);
        lines[tier2 + 1].ShouldBe("  missing zero");
        lines[tier2 + 2].ShouldBe("}");
        lines[tier2 - 1].ShouldBe("");
    }
}
