using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Language.Tests.Checking;

/// <summary>
/// Golden files: each TestFiles/diagnostics/SRnnnn-*.score (or SRnnnn-* folder, checked as one
/// policy set) is checked and its rendered diagnostics compared with SRnnnn-*.out.txt, which was
/// written and reviewed by hand against the .score file (line, column, caret and wording).
/// </summary>
public class GoldenDiagnosticsTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestFiles", "diagnostics");

    private static List<string> CaseNames() =>
        [.. Directory.EnumerateFiles(Folder, "*.out.txt").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f)[..^".out.txt".Length])];

    public static TheoryData<string> Cases() => new(CaseNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void RendersTheExpectedDiagnostics(string name)
    {
        var file = Path.Combine(Folder, name + ".score");
        var input = File.Exists(file) ? file : Path.Combine(Folder, name);
        var result = PolicyChecker.Check([input]);

        var rendered = DiagnosticFormatter.RenderAll(result.Diagnostics)
            .Replace(Folder + Path.DirectorySeparatorChar, "")
            .Replace('\\', '/');
        var expected = File.ReadAllText(Path.Combine(Folder, name + ".out.txt")).ReplaceLineEndings("\n");
        rendered.ShouldBe(expected);
    }

    [Fact]
    public void EveryCodeHasAGoldenCaseThatReportsIt()
    {
        var cases = CaseNames();
        // The C# formula codes come from the engine's checker; the engine's tests hold their golden cases.
        foreach (var descriptor in DiagnosticDescriptors.All.Except(DiagnosticDescriptors.CSharpFormulaCodes))
        {
            var name = cases.FirstOrDefault(c => c.StartsWith(descriptor.Code + "-", StringComparison.Ordinal));
            name.ShouldNotBeNull($"no golden case for {descriptor.Code}");
            var expected = File.ReadAllText(Path.Combine(Folder, name + ".out.txt"));
            expected.ShouldContain($" {descriptor.Code}: ", customMessage: $"the golden case for {descriptor.Code} does not report it");
        }
    }
}
