using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>Base of the score rules: linear, bands, met, csharp.</summary>
/// <param name="Span">Where it is.</param>
public abstract record ScoreRule(TextSpan Span) : SyntaxNode(Span);
