using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A quoted text, e.g. a display name <c>"客戶滿意度 CSAT"</c> or a file path.</summary>
/// <param name="Value">The text without quotes, escapes resolved.</param>
/// <param name="Span">Where it is, quotes included.</param>
public sealed record StringLiteral(string Value, TextSpan Span) : SyntaxNode(Span);
