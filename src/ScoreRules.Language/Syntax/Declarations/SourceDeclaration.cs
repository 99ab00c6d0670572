using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>source tickets "tickets.csv" { … }</c>: a data file and how its columns map onto typed fields.</summary>
/// <param name="Id">The source's name.</param>
/// <param name="Path">The file, relative to the data folder.</param>
/// <param name="Items">Its settings and fields.</param>
/// <param name="Span">Where it is.</param>
public sealed record SourceDeclaration(Name Id, StringLiteral Path, SyntaxList<Item> Items, TextSpan Span) : Declaration(Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "source";
}
