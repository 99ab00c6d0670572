namespace ScoreRules.Testing.Running;

/// <summary>
/// The outcome of one <c>expect</c> line. Values are display texts: numbers in full precision (no rounding,
/// trailing zeros dropped), shares as percentages when either side is a percentage (<c>75 %</c>), text in
/// quotes, <c>no data</c> for an empty value.
/// </summary>
/// <param name="Text">The expectation as written, e.g. <c>bob.total ≈ 65.5 ± 0.01</c>.</param>
/// <param name="Location">Where it is written: <c>path:line:col</c> of the <c>expect</c> keyword.</param>
/// <param name="Passed">True when the expectation holds.</param>
/// <param name="Expected">What was expected, e.g. <c>65.5 ± 0.01</c>, <c>&lt; 30</c>, <c>"A"</c>, <c>true</c>; null when it could not be evaluated.</param>
/// <param name="Actual">What the rules computed, e.g. <c>65.5</c>; null when it could not be evaluated.</param>
/// <param name="Difference">Actual minus expected when both are numbers, e.g. <c>-0.5</c>; else null.</param>
/// <param name="Message">Why it could not be evaluated (unknown member, no data compared with a number, …), or null.</param>
public sealed record ExpectationResult(string Text, string Location, bool Passed, string? Expected, string? Actual,
    string? Difference, string? Message);
