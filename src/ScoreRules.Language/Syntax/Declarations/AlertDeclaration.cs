using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>alert id "message" when change(mttr) &lt; 0 and change(ces) &gt; 0</c>.</summary>
/// <param name="Id">An optional name for tests and reports.</param>
/// <param name="Message">The message shown when it fires.</param>
/// <param name="When">The condition.</param>
/// <param name="Span">Where it is.</param>
public sealed record AlertDeclaration(Name? Id, StringLiteral Message, Expression When, TextSpan Span) : Declaration(SyntaxList<Item>.Empty, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "alert";
}
