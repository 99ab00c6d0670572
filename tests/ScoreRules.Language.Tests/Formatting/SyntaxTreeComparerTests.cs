namespace ScoreRules.Language.Tests.Formatting;

/// <summary>The comparer behind the meaning-preservation checks must itself tell trees apart.</summary>
public class SyntaxTreeComparerTests
{
    private static string? Compare(string left, string right) =>
        SyntaxTreeComparer.FirstDifference(FormatAssert.Parse(left).Declarations, FormatAssert.Parse(right).Declarations);

    [Fact]
    public void IgnoresPositions()
    {
        Compare("metric m { target >= 4.5 }", "\n\n  metric   m {\n    target   >=   4.5\n}\n").ShouldBeNull();
    }

    [Fact]
    public void ComparesNumbersByValue()
    {
        Compare("metric m { target >= 4.5 }", "metric m { target >= 4.50 }").ShouldBeNull();
        Compare("metric m { target >= 4.5 }", "metric m { target >= 4.6 }").ShouldNotBeNull().ShouldContain("Value");
    }

    [Fact]
    public void SeesParenthesesTypesAndCounts()
    {
        Compare("metric m { value a + b }", "metric m { value (a + b) }").ShouldNotBeNull();
        Compare("metric m { value a }", "metric m { value \"a\" }").ShouldNotBeNull();
        Compare("metric m { value a }", "metric m { value a unit minutes }").ShouldNotBeNull().ShouldContain("elements");
        Compare("source s \"s.csv\" { key id = \"a\" }", "source s \"s.csv\" { key id = a }").ShouldNotBeNull().ShouldContain("Quoted");
    }
}
