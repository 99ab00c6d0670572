using System.Text.RegularExpressions;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Checking;

/// <summary>docs/diagnostics.md documents every code, and its examples do what they say.</summary>
public partial class DiagnosticsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md")).ReplaceLineEndings("\n");

    [GeneratedRegex(@"```(?<lang>\w+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    public static TheoryData<string> Codes() => new(DiagnosticDescriptors.All.Select(d => d.Code));

    private static string Section(string code)
    {
        var start = Doc.IndexOf($"\n## {code} ", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"docs/diagnostics.md has no section for {code}");
        var end = Doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Doc[start..] : Doc[start..end];
    }

    private static Match BlockAfter(string section, string label)
    {
        var at = section.IndexOf($"\n{label}:\n", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"no {label} example");
        return CodeBlock().Match(section, at);
    }

    private static IReadOnlyList<Diagnostic> CheckExample(string code, string kind, string body)
    {
        var files = new List<SourceText>();
        var name = "example.score";
        var lines = new List<string>();
        void Flush()
        {
            if (lines.Count > 0) files.Add(new SourceText($"docs/{code}/{kind}/{name}", string.Join("\n", lines) + "\n"));
            lines.Clear();
        }
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("// file: ", StringComparison.Ordinal))
            {
                Flush();
                name = line["// file: ".Length..].Trim();
                continue;
            }
            lines.Add(line);
        }
        Flush();
        return PolicyChecker.Check(files).Diagnostics;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeIsDocumentedWithItsTitle(string code)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Code == code);
        var severity = descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        Doc.ShouldContain($"\n## {code} — {descriptor.Title} ({severity})\n");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheWrongExampleReportsTheCodeAndTheRightOneHasNoError(string code)
    {
        var section = Section(code);
        var wrong = BlockAfter(section, "Wrong");
        var right = BlockAfter(section, "Right");
        wrong.Success.ShouldBeTrue();
        right.Success.ShouldBeTrue();
        // The wrong examples of the C# formula codes are checked by the engine's tests, which can compile C#.
        var checkedHere = !DiagnosticDescriptors.CSharpFormulaCodes.Any(d => d.Code == code);
        if (wrong.Groups["lang"].Value == "score" && checkedHere)
        {
            var found = CheckExample(code, "wrong", wrong.Groups["body"].Value);
            found.Select(d => d.Code).ShouldContain(code, DiagnosticFormatter.RenderAll(found));
        }
        right.Groups["lang"].Value.ShouldBe("score");
        var rightFound = CheckExample(code, "right", right.Groups["body"].Value);
        rightFound.Where(d => d.IsError || d.Code == code).ShouldBeEmpty(DiagnosticFormatter.RenderAll(rightFound));
    }
}
