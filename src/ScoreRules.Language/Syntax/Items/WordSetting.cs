using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// A keyword followed by one word: <c>period month</c>, <c>period 2026-03</c> (in a test), <c>format csv</c>,
/// <c>on error skip</c> (keyword <c>on error</c>), <c>missing reweight</c>, <c>unit minutes</c> /
/// <c>unit "/5"</c>, <c>scale clarity</c>, <c>at resolved</c>, <c>check fcr next period</c> (keyword <c>check</c>).
/// </summary>
/// <param name="Keyword">The keyword as written (two words for <c>on error</c>).</param>
/// <param name="Value">The word.</param>
/// <param name="Span">Where it is.</param>
public sealed record WordSetting(string Keyword, Name Value, TextSpan Span) : Item(Span);
