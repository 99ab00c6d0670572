using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>A text field's expected values <c>expect [ … ]</c> (docs/grammar.md, <c>field</c>).</summary>
public class ExpectedValuesParsingTests
{
    private const string Text = """
        source incidents "incident_event_log.csv" {
          person = assigned_to
          state: text = incident_state expect ["New", "Active", "Closed"]
          channel: text? expect ["Phone" "Email"]
          kind: text = "Kind" map { "I" -> "Incident" } expect ["Incident"]
          note: text? = note
          expect: text = expect
        }
        """;

    private static FieldItem Field(int index) =>
        Single<SourceDeclaration>(Text).Items[index].ShouldBeOfType<FieldItem>();

    private static string[]? Values(FieldItem field) => field.Expected?.Values.Select(v => v.Value).ToArray();

    [Fact]
    public void ExpectedValuesFollowTheColumn()
    {
        var state = Field(1);
        state.Column!.Text.ShouldBe("incident_state");
        Values(state).ShouldBe(["New", "Active", "Closed"]);
    }

    [Fact]
    public void CommasBetweenValuesAreOptionalAndTheColumnMayBeLeftOut()
    {
        var channel = Field(2);
        channel.Column.ShouldBeNull();
        Values(channel).ShouldBe(["Phone", "Email"]);
    }

    [Fact]
    public void ExpectedValuesComeAfterTheMap()
    {
        var kind = Field(3);
        kind.Map!.Single().From.Value.ShouldBe("I");
        Values(kind).ShouldBe(["Incident"]);
    }

    [Fact]
    public void AFieldMayStillBeCalledExpect()
    {
        Field(4).Expected.ShouldBeNull();
        var expect = Field(5);
        (expect.Field.Text, expect.Column!.Text).ShouldBe(("expect", "expect"));
    }

    [Fact]
    public void TheSpanRunsFromExpectToTheClosingBracketAndTheFieldEndsThere()
    {
        var file = Clean(Text);
        var state = file.Declarations[0].Items[1].ShouldBeOfType<FieldItem>();
        // "  state: text = incident_state " is 31 characters: `expect` starts at column 32 of line 3.
        file.Start(state.Expected!).ShouldBe(new(3, 32));
        file.TextOf(state.Expected!).ShouldBe("expect [\"New\", \"Active\", \"Closed\"]");
        file.End(state).ShouldBe(file.End(state.Expected!));
    }

    [Theory]
    // "  s: text = s expect [\"a\"": the closing brace on line 3 where `]` belongs.
    [InlineData("  s: text = s expect [\"a\"", "SR1003@3:1")]
    // "  s: text = s expect [a]": a name where a quoted value belongs, column 23.
    [InlineData("  s: text = s expect [a]", "SR1003@2:23")]
    public void AnUnfinishedListIsASyntaxError(string line, string expected)
    {
        Codes("source s \"s.csv\" {\n" + line + "\n}").ShouldBe([expected]);
    }

    [Fact]
    public void TheModelCarriesTheValuesOfTextFieldsOnly()
    {
        const string rules = """
            source incidents "log.csv" {
              person = agent
              state: text = state expect ["New", "Closed", "New"]
              priority: int = priority expect ["1"]
              note: text? = note
            }
            """;
        var fields = PolicyBinder.Bind([ScoreParser.Parse("s.score", rules).Tree]).Sources["incidents"].Fields;

        // Written twice, "New" is listed once.
        fields.Single(f => f.Name == "state").Expected.ShouldBe(["New", "Closed"]);
        // On an int field the list is an error (SR2029); the model does not carry it.
        fields.Single(f => f.Name == "priority").Expected.ShouldBeNull();
        fields.Single(f => f.Name == "note").Expected.ShouldBeNull();
    }
}
