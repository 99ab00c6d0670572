using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// A name written in a rule: an identifier (<c>csat</c>, <c>客戶體驗</c>) or, where a column header
/// has spaces, a quoted text (<c>"Time to first response"</c>).
/// </summary>
/// <param name="Text">The name without quotes.</param>
/// <param name="Quoted">True when written as a quoted text.</param>
/// <param name="Span">Where it is.</param>
public sealed record Name(string Text, bool Quoted, TextSpan Span) : SyntaxNode(Span)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
