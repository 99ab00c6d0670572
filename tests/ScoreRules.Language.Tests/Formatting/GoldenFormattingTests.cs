using ScoreRules.Language.Formatting;

namespace ScoreRules.Language.Tests.Formatting;

/// <summary>
/// Each TestFiles/fmt/NNN-name.score formats to NNN-name.score.formatted, written by hand in the
/// canonical layout; the expected file is itself already canonical.
/// </summary>
public class GoldenFormattingTests
{
    private const string Folder = "TestFiles/fmt";

    public static TheoryData<string> Cases() => [.. RepositoryFiles.TestFiles(Folder).Select(Path.GetFileName).OfType<string>()];

    private static string Input(string name) => RepositoryFiles.ReadExact(Path.Combine(AppContext.BaseDirectory, Folder, name));

    private static string Expected(string name) => RepositoryFiles.ReadExact(Path.Combine(AppContext.BaseDirectory, Folder, name + ".formatted"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void FormatsToTheGoldenFile(string name)
    {
        FormatAssert.RoundTrips(Input(name), name).ShouldBe(Expected(name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GoldenFileIsAlreadyCanonical(string name)
    {
        var expected = Expected(name);
        ScoreFormatter.Format(FormatAssert.Parse(expected, name + ".formatted")).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void LineEndsAndByteOrderMarkDoNotChangeTheOutput(string name)
    {
        var lf = Input(name).TrimStart('\uFEFF').Replace("\r\n", "\n");
        var crlf = lf.Replace("\n", "\r\n");
        var expected = Expected(name);
        ScoreFormatter.Format(FormatAssert.Parse(lf, name)).ShouldBe(expected);
        ScoreFormatter.Format(FormatAssert.Parse(crlf, name)).ShouldBe(expected);
        ScoreFormatter.Format(FormatAssert.Parse("\uFEFF" + crlf, name)).ShouldBe(expected);
    }

    [Fact]
    public void EveryGoldenInputHasItsExpectedOutput()
    {
        var inputs = RepositoryFiles.TestFiles(Folder).ToList();
        inputs.Count.ShouldBeGreaterThanOrEqualTo(8);
        foreach (var input in inputs)
            File.Exists(Path.Combine(AppContext.BaseDirectory, input + ".formatted")).ShouldBeTrue(input);
    }

    [Fact]
    public void CrlfGoldenInputReallyHasCarriageReturnsAndAByteOrderMark()
    {
        // Guards the CRLF/BOM case against a checkout that normalised its bytes.
        var text = Input("010-crlf-bom.score");
        text.ShouldStartWith("\uFEFF");
        text.ShouldContain("\r\n");
    }
}
