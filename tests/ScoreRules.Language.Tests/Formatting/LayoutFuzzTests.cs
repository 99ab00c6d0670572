using System.Text;
using CsCheck;
using ScoreRules.Language.Formatting;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Language.Tests.Formatting;

/// <summary>
/// Re-lays the tokens of known-good files with random spaces, line breaks, blank lines and comments,
/// and checks that every such layout formats to the same tree with all its comments, idempotently —
/// and, without comments or blank lines, to exactly the same text as the plain layout.
/// </summary>
public class LayoutFuzzTests
{
    public static TheoryData<string> Files() =>
        ["Parsing/design-example.score", "TestFiles/fmt/006-test-tables.score", "TestFiles/fmt/009-chinese.score", "TestFiles/fmt/002-source.score"];

    private sealed record Layout(IReadOnlyList<string> Tokens, bool[] NeedsLineBefore, bool[] NeedsLineAfter);

    private static Layout Load(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
        var tree = FormatAssert.Parse(text, relativePath);
        var (tokens, _, _) = Lexer.Lex(tree.Source);
        var words = tokens.Where(t => t.Kind != TokenKind.EndOfFile).ToList();
        var starts = tree.Declarations.Select(d => d.Span.Start).ToHashSet();
        return new Layout(
            [.. words.Select(t => tree.Source.Slice(t.Span))],
            // A declaration must begin a line, and so must a table row.
            [.. words.Select(t => starts.Contains(t.Span.Start) || t.Kind == TokenKind.TableRow)],
            // Nothing may follow a table row on its line.
            [.. words.Select(t => t.Kind == TokenKind.TableRow)]);
    }

    // 0: one space; 1: new line; 2: blank line; 3: trailing comment; 4: own-line comment; 5: two blank lines.
    private static string Render(Layout layout, int[] choices, bool comments)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < layout.Tokens.Count; i++)
        {
            if (i > 0)
            {
                var choice = choices[i % choices.Length];
                if (!comments && choice is 3 or 4) choice = 1;
                if (layout.NeedsLineAfter[i - 1] && choice == 3) choice = 4;
                if (layout.NeedsLineBefore[i] && choice == 0) choice = 1;
                if (layout.NeedsLineAfter[i - 1] && choice == 0) choice = 1;
                sb.Append(choice switch
                {
                    0 => " ",
                    1 => "\n  ",
                    2 => "\n\n  ",
                    3 => $" // c{i}\n  ",
                    4 => $"\n  // c{i}\n  ",
                    _ => "\n\n\n  ",
                });
            }
            sb.Append(layout.Tokens[i]);
        }
        return sb.Append('\n').ToString();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void AnyLayoutWithCommentsRoundTrips(string relativePath)
    {
        var layout = Load(relativePath);
        var original = FormatAssert.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)));
        Gen.Int[0, 5].Array[1, 64]
            .Select(choices => Render(layout, choices, comments: true))
            .Sample(text =>
            {
                var formatted = FormatAssert.RoundTrips(text);
                SyntaxTreeComparer.FirstDifference(original.Declarations, FormatAssert.Parse(formatted).Declarations).ShouldBeNull();
            }, iter: 60, threads: 1, print: text => text);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void LineBreaksAloneDoNotChangeTheOutput(string relativePath)
    {
        var layout = Load(relativePath);
        var plain = ScoreFormatter.Format(FormatAssert.Parse(Render(layout, [0], comments: false)));
        Gen.Int[0, 1].Array[1, 64]
            .Select(choices => Render(layout, choices, comments: false))
            .Sample(text => ScoreFormatter.Format(FormatAssert.Parse(text)).ShouldBe(plain), iter: 60, threads: 1, print: text => text);
    }
}
