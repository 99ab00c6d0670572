namespace ScoreRules.Language.Tests.Formatting;

/// <summary>
/// Idempotence and meaning preservation over every rule file of the repository, the golden inputs,
/// the extra corpus and the DESIGN.md example.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> RuleFiles() => [.. RepositoryFiles.RuleFiles()];

    public static TheoryData<string> TestInputs() =>
        [.. RepositoryFiles.TestFiles("TestFiles/fmt"), .. RepositoryFiles.TestFiles("TestFiles/fmt-corpus"), "Parsing/design-example.score"];

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void RuleFileRoundTrips(string relativePath)
    {
        var text = RepositoryFiles.ReadExact(Path.Combine(RepositoryFiles.Root(), relativePath));
        FormatAssert.RoundTrips(text, relativePath);
    }

    [Theory]
    [MemberData(nameof(TestInputs))]
    public void TestInputRoundTrips(string relativePath)
    {
        var text = RepositoryFiles.ReadExact(Path.Combine(AppContext.BaseDirectory, relativePath));
        FormatAssert.RoundTrips(text, relativePath);
    }

    [Fact]
    public void TheRepositoryHasRuleFilesToCheck()
    {
        // Guards the theory above against silently running on nothing if rules/ moves.
        RepositoryFiles.RuleFiles().ShouldContain("rules/std/metrics.score");
    }
}
