using System.Text.RegularExpressions;

namespace ScoreRules.Testing.Running;

/// <summary>What <see cref="PolicyTestRunner"/> runs.</summary>
public sealed record TestRunOptions
{
    /// <summary>
    /// Only tests whose title matches are run (and only they count for coverage), e.g. <c>tier 2</c> or
    /// <c>^bob</c>; null runs every test. Matched against the title as written, case-sensitively.
    /// </summary>
    public Regex? Filter { get; init; }
}
