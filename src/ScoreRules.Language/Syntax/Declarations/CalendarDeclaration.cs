using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>calendar id "title" { … }</c>: a business calendar: working hours, holidays and time zone.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name, or null.</param>
/// <param name="Items">Its statements.</param>
/// <param name="Span">Where it is.</param>
public sealed record CalendarDeclaration(Name Id, StringLiteral? Title, SyntaxList<Item> Items, TextSpan Span) : NamedDeclaration(Id, Title, Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "calendar";
}
