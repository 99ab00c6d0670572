namespace ScoreRules.Language.Model;

/// <summary>Keeps one row per key in an event log: the last (or first) by the given columns, ties broken by file order.</summary>
/// <param name="Last">True for <c>keep last</c>, false for <c>keep first</c>.</param>
/// <param name="OrderBy">Fields or columns that order the rows of one key.</param>
public sealed record KeepRule(bool Last, IReadOnlyList<string> OrderBy);
