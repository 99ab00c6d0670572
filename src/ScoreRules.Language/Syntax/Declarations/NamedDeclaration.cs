using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A declaration of the shape <c>keyword id "title" { … }</c>.</summary>
/// <param name="Id">Its name, used to refer to it.</param>
/// <param name="Title">Its display name, or null.</param>
/// <param name="Items">The statements inside its braces.</param>
/// <param name="Span">Where it is.</param>
public abstract record NamedDeclaration(Name Id, StringLiteral? Title, SyntaxList<Item> Items, TextSpan Span) : Declaration(Items, Span);
