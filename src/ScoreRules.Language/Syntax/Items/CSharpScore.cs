using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>csharp "…"</c>: a score computed by a C# formula of <c>value</c> (off unless allowed).</summary>
/// <param name="Code">The C# code.</param>
/// <param name="Span">Where it is.</param>
public sealed record CSharpScore(StringLiteral Code, TextSpan Span) : ScoreRule(Span);
