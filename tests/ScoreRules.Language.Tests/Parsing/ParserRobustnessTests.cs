using System.Diagnostics;
using CsCheck;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>
/// Property: whatever an author's slip does to a rule file, the parser returns (no exception, in
/// reasonable time), and every diagnostic and every node points inside the text.
/// The seeds are the shipped rules under rules/ and every .score file of the tests.
/// </summary>
public class ParserRobustnessTests
{
    private const int Iterations = 3000;
    private static readonly TimeSpan MaxParseTime = TimeSpan.FromSeconds(2);

    private static readonly Lazy<(string Path, string Text)[]> Corpus = new(LoadCorpus);

    private static (string Path, string Text)[] LoadCorpus()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ScoreRules.sln"))) root = root.Parent;
        root.ShouldNotBeNull("the repository root (with ScoreRules.sln) is above the test binaries");
        var sep = Path.DirectorySeparatorChar;
        return new[] { "rules", "tests" }
            .Select(folder => Path.Combine(root.FullName, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.score", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{sep}bin{sep}") && !p.Contains($"{sep}obj{sep}"))
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(root.FullName, p), File.ReadAllText(p)))
            .ToArray();
    }

    // Characters that matter to the lexer and parser, plus Chinese text and a lone surrogate.
    private const string Alphabet = "{}\"|%中文 \n\r\t/\\-.:;,=<>()[]0123456789aQW_$≈±→#\uD83D";

    private static readonly Gen<TextMutation> Mutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue],
            Gen.Char[Alphabet].Array[1, 8].Select(cs => new string(cs)),
            (kind, a, b, c, insert) => new TextMutation(kind, a, b, c, insert));

    private static Gen<(int File, TextMutation[] Mutations)> Case() =>
        Gen.Select(Gen.Int[0, Corpus.Value.Length - 1], Mutation.Array[1, 4]);

    [Fact]
    public void CorpusHasTheShippedRulesAndTheDesignExample()
    {
        var paths = Corpus.Value.Select(f => f.Path.Replace('\\', '/')).ToList();
        paths.ShouldContain("tests/ScoreRules.Language.Tests/Parsing/design-example.score");
        paths.ShouldContain("rules/std/metrics.score");
    }

    [Fact]
    public void MutatedRuleFilesNeverCrashTheParserAndAllSpansLieInTheText()
    {
        Case().Sample(c =>
        {
            var (path, original) = Corpus.Value[c.File];
            var text = c.Mutations.Aggregate(original, (t, m) => m.Apply(t));
            AssertParsesSafely(path, text);
        },
        iter: Iterations,
        print: c => $"{Corpus.Value[c.File].Path} after {string.Join(", ", c.Mutations.Select(m => m.ToString()))}");
    }

    [Fact]
    public void UnmutatedCorpusParsesSafely()
    {
        foreach (var (path, text) in Corpus.Value) AssertParsesSafely(path, text);
    }

    [Fact]
    public void WalkerVisitsEveryNode()
    {
        // metric m { value a + 1 }: MetricDeclaration, Name m, ValueItem, BinaryExpression, NameExpression a, NumberExpression 1.
        var tree = ScoreParser.Parse("t.score", "metric m { value a + 1 } // note").Tree;
        SpanWalker.Spans(tree).Select(s => s.Path).ShouldBe(
        [
            "MetricDeclaration",
            "MetricDeclaration/Name",
            "MetricDeclaration/ValueItem",
            "MetricDeclaration/ValueItem/BinaryExpression",
            "MetricDeclaration/ValueItem/BinaryExpression/NameExpression",
            "MetricDeclaration/ValueItem/BinaryExpression/NumberExpression",
            "Comment",
        ], ignoreOrder: true);
    }

    private static void AssertParsesSafely(string path, string text)
    {
        var clock = Stopwatch.StartNew();
        var result = ScoreParser.Parse(path, text);
        clock.Elapsed.ShouldBeLessThan(MaxParseTime);

        var length = result.Tree.Source.Text.Length;
        foreach (var d in result.Diagnostics)
        {
            d.Span.Start.ShouldBeGreaterThanOrEqualTo(0, d.ToString());
            d.Span.End.ShouldBeLessThanOrEqualTo(length, d.ToString());
        }
        foreach (var (nodePath, span, parent) in SpanWalker.Spans(result.Tree))
        {
            span.Start.ShouldBeGreaterThanOrEqualTo(0, nodePath);
            span.End.ShouldBeLessThanOrEqualTo(length, nodePath);
            if (parent is { } p)
            {
                span.Start.ShouldBeGreaterThanOrEqualTo(p.Start, $"{nodePath} starts before its parent");
                span.End.ShouldBeLessThanOrEqualTo(p.End, $"{nodePath} ends after its parent");
            }
        }
        // Rendering must not throw either: it slices the source at every diagnostic's span.
        Diagnostics.DiagnosticFormatter.RenderAll(result.Diagnostics).ShouldNotBeNull();
    }
}
