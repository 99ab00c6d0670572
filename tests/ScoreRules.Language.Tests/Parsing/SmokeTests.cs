using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Language.Tests.Parsing;

public class SmokeTests
{
    [Fact]
    public void DesignExampleParses()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "design-example.score"));
        var result = ScoreParser.Parse("design.score", text);
        var rendered = DiagnosticFormatter.RenderAll(result.Diagnostics);
        rendered.ShouldBeEmpty();
        result.Tree.Declarations.Count.ShouldBe(16);
    }
}
