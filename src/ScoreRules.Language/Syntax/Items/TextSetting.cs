using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// A keyword followed by a quoted text: <c>version "2026-Q1"</c>, <c>timezone "Asia/Taipei"</c>,
/// <c>description "…"</c>, <c>encoding "gb18030"</c>, <c>delimiter ";"</c>, <c>sheet "…"</c>,
/// <c>plan "…"</c>, <c>act "…"</c>, <c>data "fixtures/…"</c>.
/// </summary>
/// <param name="Keyword">The keyword as written.</param>
/// <param name="Value">The text.</param>
/// <param name="Span">Where it is.</param>
public sealed record TextSetting(string Keyword, StringLiteral Value, TextSpan Span) : Item(Span);
