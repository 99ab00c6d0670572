using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>keep last by sys_mod_count, sys_updated_at</c>: one row per key in an event log.</summary>
/// <param name="Which"><c>last</c> or <c>first</c>.</param>
/// <param name="OrderBy">The columns that order a key's rows; ties keep file order.</param>
/// <param name="Span">Where it is.</param>
public sealed record KeepItem(Name Which, SyntaxList<Name> OrderBy, TextSpan Span) : Item(Span);
