using CsCheck;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Checking;

/// <summary>Checking damaged rule files never throws: every problem is a diagnostic.</summary>
public class CheckerRobustnessTests
{
    private static readonly string[] Corpus = LoadCorpus();

    private static string[] LoadCorpus()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ScoreRules.sln"))) root = Path.GetDirectoryName(root)!;
        return [.. Directory.EnumerateFiles(Path.Combine(root, "rules"), "*.score", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "ScoreRules.Language.Tests"), "*.score", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)];
    }

    private static readonly string[] Inserts = ["{", "}", "(", ")", "\"", "%", "..", "->", "else", "over", "where", "-", "0", "2026-13-45", "\n", "metric", "extends", "|", "24:00", "≈", "滿意"];

    [Fact]
    public void DamagedFilesGiveDiagnosticsNotExceptions()
    {
        Gen.Select(Gen.Int[0, Corpus.Length - 1], Gen.Int[0, 100_000], Gen.Int[0, 40], Gen.Int[0, Inserts.Length - 1])
            .Sample((file, at, cut, insert) =>
            {
                var text = Corpus[file];
                var start = at % (text.Length + 1);
                var length = Math.Min(cut, text.Length - start);
                var damaged = text[..start] + Inserts[insert] + text[(start + length)..];
                var result = PolicyChecker.Check([new SourceText("damaged/file.score", damaged)]);
                _ = DiagnosticFormatter.RenderAll(result.Diagnostics);
            }, iter: 400, threads: 1);
    }
}
