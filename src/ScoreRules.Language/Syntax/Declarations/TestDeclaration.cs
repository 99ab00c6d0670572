using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>test "…" { period … tables … expect … }</c>: a built-in test of the policy.</summary>
/// <param name="Title">The test's name.</param>
/// <param name="Items">Period, data, tables and expectations.</param>
/// <param name="Span">Where it is.</param>
public sealed record TestDeclaration(StringLiteral Title, SyntaxList<Item> Items, TextSpan Span) : Declaration(Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "test";
}
