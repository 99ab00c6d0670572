using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One cell of an inline table; its text is typed later by the source field it falls under.</summary>
/// <param name="Text">The trimmed cell text.</param>
/// <param name="Span">Where it is.</param>
public sealed record TableCell(string Text, TextSpan Span) : SyntaxNode(Span);
