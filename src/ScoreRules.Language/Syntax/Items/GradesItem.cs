using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>grades { A &gt;= 90 "卓越"; … D else "待改進" }</c>.</summary>
/// <param name="Grades">The grades, best first.</param>
/// <param name="Span">Where it is.</param>
public sealed record GradesItem(SyntaxList<GradeRule> Grades, TextSpan Span) : Item(Span);
