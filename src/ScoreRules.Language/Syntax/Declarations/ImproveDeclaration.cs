using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>improve fcr when missed { plan … do … check … act … }</c>: a PDCA improvement item.</summary>
/// <param name="Metric">The metric it improves.</param>
/// <param name="When">The condition that fires it, or null for <c>missed</c> (the target is not met).</param>
/// <param name="Items">The plan, do, check and act steps.</param>
/// <param name="Span">Where it is.</param>
public sealed record ImproveDeclaration(Name Metric, Expression? When, SyntaxList<Item> Items, TextSpan Span) : Declaration(Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "improve";
}
