using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>missing "", "?", "N/A"</c>: cell texts that mean "no value".</summary>
/// <param name="Markers">The markers.</param>
/// <param name="Span">Where it is.</param>
public sealed record MissingMarkersItem(SyntaxList<StringLiteral> Markers, TextSpan Span) : Item(Span);
