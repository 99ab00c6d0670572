using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>Base of the statements inside a declaration's braces (settings, fields, dimensions, expectations…).</summary>
/// <param name="Span">Where the item is.</param>
public abstract record Item(TextSpan Span) : SyntaxNode(Span);
