using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>value csharp "…"</c>: a metric value computed by a C# formula (off unless allowed).</summary>
/// <param name="Code">The C# code.</param>
/// <param name="Span">Where it is.</param>
public sealed record CSharpValueItem(StringLiteral Code, TextSpan Span) : Item(Span);
