using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>A field's value range <c>in MIN .. MAX</c> (docs/grammar.md, <c>field</c>).</summary>
public class FieldRangeParsingTests
{
    private const string Text = """
        source surveys "surveys.csv" {
          person = agent_id
          csat: int? = "CSAT" in 1 .. 5
          ces: number? in 1 .. 7
          delta: number = delta in -10 .. 10.5
          share: number? in 0% .. 100%
          滿意度: int? = "整體滿意度" in 1 .. 5 map { "滿意" -> 4, "非常滿意" -> 5 }
          submitted: datetime = submitted_at
        }
        """;

    private static FieldItem Field(int index) =>
        Single<SourceDeclaration>(Text).Items[index].ShouldBeOfType<FieldItem>();

    private static (decimal Min, decimal Max)? Bounds(FieldItem field) =>
        field.Range is { } r ? (r.Min.Value, r.Max.Value) : null;

    [Fact]
    public void RangeAfterAQuotedColumn()
    {
        var csat = Field(1);
        (csat.Field.Text, csat.Type.Text, csat.Optional).ShouldBe(("csat", "int", true));
        (csat.Column!.Text, csat.Column.Quoted).ShouldBe(("CSAT", true));
        Bounds(csat).ShouldBe((1m, 5m));
        csat.Map.ShouldBeNull();
    }

    [Fact]
    public void RangeWithoutAColumnFollowsTheTypeDirectly()
    {
        var ces = Field(2);
        ces.Column.ShouldBeNull();
        ces.Format.ShouldBeNull();
        Bounds(ces).ShouldBe((1m, 7m));
    }

    [Fact]
    public void BoundsMayBeNegativeFractionalOrPercent()
    {
        Bounds(Field(3)).ShouldBe((-10m, 10.5m));
        var share = Field(4);
        // 0% and 100% are the ratios 0 and 1, like every percent in the language.
        Bounds(share).ShouldBe((0m, 1m));
        (share.Range!.Min.IsPercent, share.Range.Max.IsPercent).ShouldBe((true, true));
    }

    [Fact]
    public void RangeComesBeforeTheValueMap()
    {
        var satisfaction = Field(5);
        satisfaction.Column!.Text.ShouldBe("整體滿意度");
        Bounds(satisfaction).ShouldBe((1m, 5m));
        satisfaction.Map!.Select(m => (m.From.Value, ((NumberExpression)m.To).Value)).ShouldBe([("滿意", 4m), ("非常滿意", 5m)]);
    }

    [Fact]
    public void FieldWithoutInHasNoRange()
    {
        Field(6).Range.ShouldBeNull();
    }

    [Fact]
    public void RangeSpansRunFromInToTheHighestValue()
    {
        var file = Clean(Text);
        var csat = file.Declarations[0].Items[1].ShouldBeOfType<FieldItem>();
        // "  csat: int? = \"CSAT\" " is 22 characters: `in` starts at column 23 of line 3.
        file.Start(csat.Range!).ShouldBe(new(3, 23));
        file.TextOf(csat.Range!).ShouldBe("in 1 .. 5");
        file.Start(csat.Range!.Min).ShouldBe(new(3, 26));
        file.Start(csat.Range.Max).ShouldBe(new(3, 31));
        // Without a map the field ends where its range ends.
        file.End(csat).ShouldBe(file.End(csat.Range));
        file.TextOf(csat).ShouldBe("csat: int? = \"CSAT\" in 1 .. 5");

        var delta = file.Declarations[0].Items[3].ShouldBeOfType<FieldItem>();
        // A negative bound's span includes its minus sign.
        file.TextOf(delta.Range!.Min).ShouldBe("-10");
        file.TextOf(delta.Range).ShouldBe("in -10 .. 10.5");

        var satisfaction = file.Declarations[0].Items[5].ShouldBeOfType<FieldItem>();
        file.TextOf(satisfaction).ShouldEndWith("\"非常滿意\" -> 5 }");
    }

    [Theory]
    // "  csat: int in 1 5": the 5 where `..` belongs is at column 18.
    [InlineData("  csat: int in 1 5", "SR1003@2:18")]
    // "  csat: int in .. 5": `..` where the lowest value belongs, column 16.
    [InlineData("  csat: int in .. 5", "SR1003@2:16")]
    // "  csat: int in 1 .. ": the closing brace on line 3 where the highest value belongs.
    [InlineData("  csat: int in 1 ..", "SR1003@3:1")]
    public void IncompleteRangeIsASyntaxErrorWhereThePartIsMissing(string line, string expected)
    {
        Codes("source s \"s.csv\" {\n" + line + "\n}").ShouldBe([expected]);
    }
}
