using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A bare name: a field of the current source, a metric, a calendar or a person in a test.</summary>
/// <param name="Name">The name.</param>
/// <param name="Span">Where it is.</param>
public sealed record NameExpression(string Name, TextSpan Span) : Expression(Span);
