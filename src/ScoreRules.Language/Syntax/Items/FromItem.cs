using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>from ratings where item == "clarity"</c>: where a rated item's ratings come from.</summary>
/// <param name="Source">The ratings source.</param>
/// <param name="Where">The row filter, or null.</param>
/// <param name="Span">Where it is.</param>
public sealed record FromItem(Name Source, Expression? Where, TextSpan Span) : Item(Span);
