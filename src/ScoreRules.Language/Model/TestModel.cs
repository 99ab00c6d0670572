namespace ScoreRules.Language.Model;

/// <summary>A built-in test: data (inline tables or a fixture folder), a period and expectations.</summary>
/// <param name="Title">The test's name.</param>
/// <param name="Period">The period text, e.g. 2026-03, or null.</param>
/// <param name="DataFolder">A fixture folder relative to the rule file, or null.</param>
/// <param name="Tables">Inline tables per source: header cells and rows of cell texts.</param>
/// <param name="Expectations">The expectations in order.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record TestModel(string Title, string? Period, string? DataFolder,
    IReadOnlyList<(string Source, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)> Tables,
    IReadOnlyList<ExpectationModel> Expectations, RuleLocation Location);

/// <summary>One <c>expect</c>: a condition, or an approximate comparison <c>actual ≈ expected ± tolerance</c>.</summary>
/// <param name="Condition">The condition, or for an approximate expectation the actual value.</param>
/// <param name="Approximately">The expected value, or null.</param>
/// <param name="Tolerance">The tolerance, or null.</param>
/// <param name="RelativeTolerance">True when the tolerance was written as a percent (relative to the expected value).</param>
/// <param name="Location">Where it is written.</param>
public sealed record ExpectationModel(Expr Condition, Expr? Approximately, decimal? Tolerance, bool RelativeTolerance, RuleLocation Location);
