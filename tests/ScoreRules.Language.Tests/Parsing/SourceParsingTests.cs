using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary><c>source</c> and each of its settings (docs/grammar.md, <c>sourceItem</c>).</summary>
public class SourceParsingTests
{
    private const string Text = """
        source tickets "tickets.csv" {
          format csv
          encoding "gb18030"
          delimiter ";"
          sheet "Sheet1"
          missing "", "?", "N/A"
          on error skip
          key id = ticket_id
          keep last by sys_mod_count, "Updated At"
          person = assignee
          at = created_at
          opened: datetime "d/M/yyyy HH:mm" = opened_at
          resolved: datetime? = resolved_at
          rating: number? = "Satisfaction" map { "good" -> 5, "bad" -> 1 }
          score: int
        }
        """;

    private static SourceDeclaration Parse() => Single<SourceDeclaration>(Text);

    [Fact]
    public void HeaderAndFileSettings()
    {
        var source = Parse();
        source.Id.Text.ShouldBe("tickets");
        source.Path.Value.ShouldBe("tickets.csv");
        source.Items.Count.ShouldBe(14);
        var format = source.Items[0].ShouldBeOfType<WordSetting>();
        (format.Keyword, format.Value.Text).ShouldBe(("format", "csv"));
        source.Items.Skip(1).Take(3).Cast<TextSetting>().Select(t => (t.Keyword, t.Value.Value))
            .ShouldBe([("encoding", "gb18030"), ("delimiter", ";"), ("sheet", "Sheet1")]);
    }

    [Fact]
    public void MissingMarkersAndOnError()
    {
        var source = Parse();
        source.Items[4].ShouldBeOfType<MissingMarkersItem>().Markers.Select(m => m.Value).ShouldBe(["", "?", "N/A"]);
        var onError = source.Items[5].ShouldBeOfType<WordSetting>();
        (onError.Keyword, onError.Value.Text).ShouldBe(("on error", "skip"));
    }

    [Fact]
    public void KeyKeepPersonAndAt()
    {
        var source = Parse();
        var key = source.Items[6].ShouldBeOfType<ColumnBinding>();
        (key.Keyword, key.Field?.Text, key.Column.Text).ShouldBe(("key", "id", "ticket_id"));

        var keep = source.Items[7].ShouldBeOfType<KeepItem>();
        keep.Which.Text.ShouldBe("last");
        keep.OrderBy.Select(c => (c.Text, c.Quoted)).ShouldBe([("sys_mod_count", false), ("Updated At", true)]);

        var person = source.Items[8].ShouldBeOfType<ColumnBinding>();
        (person.Keyword, person.Field, person.Column.Text).ShouldBe(("person", (Name?)null, "assignee"));
        var at = source.Items[9].ShouldBeOfType<ColumnBinding>();
        (at.Keyword, at.Column.Text).ShouldBe(("at", "created_at"));
    }

    [Fact]
    public void FieldWithFormatAndColumn()
    {
        var opened = Parse().Items[10].ShouldBeOfType<FieldItem>();
        opened.Field.Text.ShouldBe("opened");
        opened.Type.Text.ShouldBe("datetime");
        opened.Optional.ShouldBeFalse();
        opened.Format!.Value.ShouldBe("d/M/yyyy HH:mm");
        opened.Column!.Text.ShouldBe("opened_at");
        opened.Map.ShouldBeNull();
    }

    [Fact]
    public void OptionalFieldAndFieldWithAValueMap()
    {
        var source = Parse();
        var resolved = source.Items[11].ShouldBeOfType<FieldItem>();
        resolved.Optional.ShouldBeTrue();
        resolved.Format.ShouldBeNull();

        var rating = source.Items[12].ShouldBeOfType<FieldItem>();
        rating.Column!.Quoted.ShouldBeTrue();
        rating.Column.Text.ShouldBe("Satisfaction");
        rating.Map!.Select(m => (m.From.Value, ((NumberExpression)m.To).Value)).ShouldBe([("good", 5m), ("bad", 1m)]);
    }

    [Fact]
    public void KeywordsAreContextualSoAFieldMayBeCalledScore()
    {
        var score = Parse().Items[13].ShouldBeOfType<FieldItem>();
        (score.Field.Text, score.Type.Text, score.Column).ShouldBe(("score", "int", (Name?)null));
    }

    [Fact]
    public void FieldSpans()
    {
        var file = Clean(Text);
        var rating = file.Declarations[0].Items[12];
        file.Start(rating).ShouldBe(new(14, 3));
        file.TextOf(rating).ShouldBe("rating: number? = \"Satisfaction\" map { \"good\" -> 5, \"bad\" -> 1 }");
        var opened = file.Declarations[0].Items[10].ShouldBeOfType<FieldItem>();
        // "  opened: datetime " is 19 characters: the format string starts at column 20.
        file.Start(opened.Format!).ShouldBe(new(12, 20));
        // The 16-character format, " = " and "opened_at" (9) end the field after column 47.
        file.End(opened).ShouldBe(new(12, 48));
    }
}
