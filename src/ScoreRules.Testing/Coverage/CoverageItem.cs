namespace ScoreRules.Testing.Coverage;

/// <summary>One rule that tests should exercise, and whether they did.</summary>
/// <param name="Kind">What kind of rule.</param>
/// <param name="Name">What it is, e.g. <c>frt</c>, <c>frt band 2: &lt; 45 -> 80</c>, <c>創新貢獻 max 5</c>.</param>
/// <param name="Path">The rule file that declares it, as the user named it.</param>
/// <param name="Line">1-based line of its declaration.</param>
/// <param name="Column">1-based column of its declaration.</param>
/// <param name="Exercised">True when at least one test exercised it.</param>
public sealed record CoverageItem(CoverageKind Kind, string Name, string Path, int Line, int Column, bool Exercised)
{
    /// <summary>Where it is declared: <c>path:line:col</c>.</summary>
    public string Location => $"{Path}:{Line}:{Column}";
}
