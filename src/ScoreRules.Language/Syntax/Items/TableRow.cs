using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One row of an inline table.</summary>
/// <param name="Cells">The cells, trimmed.</param>
/// <param name="Span">Where it is.</param>
public sealed record TableRow(SyntaxList<TableCell> Cells, TextSpan Span) : SyntaxNode(Span);
