using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Checks a policy's grades (SR2022): from best to worst, each threshold lower than the one
/// before, ending with an <c>else</c> grade so every total gets a grade, nothing after <c>else</c>;
/// grade names once each (SR2002).
/// </summary>
internal sealed class CheckGrades : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "grades";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (policy, source) in context.Scope.OfType<PolicyDeclaration>())
            foreach (var grades in policy.Items.OfType<GradesItem>())
            {
                var names = new Dictionary<string, GradeRule>(StringComparer.Ordinal);
                GradeRule? previous = null;
                GradeRule? elseGrade = null;
                foreach (var grade in grades.Grades)
                {
                    if (names.TryGetValue(grade.Grade.Text, out var first))
                        context.Report(DiagnosticDescriptors.DuplicateName, source, grade.Grade.Span, "grade", grade.Grade.Text,
                            $" at {Wording.At(source, source, first.Span)}");
                    else names.Add(grade.Grade.Text, grade);
                    if (elseGrade is not null)
                    {
                        context.ReportWithHint(DiagnosticDescriptors.InvalidGrades, source, grade.Span, "the `else` grade must be the last",
                            $"grade `{grade.Grade.Text}` comes after the `else` grade `{elseGrade.Grade.Text}`, so no total gets it");
                        continue;
                    }
                    if (grade.Minimum is null) elseGrade = grade;
                    else if (previous?.Minimum is { } above && grade.Minimum.Value >= above.Value)
                        context.ReportWithHint(DiagnosticDescriptors.InvalidGrades, source, grade.Span, "list the grades from best to worst, thresholds going down",
                            $"grade `{grade.Grade.Text} >= {Wording.Number(grade.Minimum.Value)}` must have a lower threshold than grade `{previous.Grade.Text} >= {Wording.Number(above.Value)}` before it");
                    previous = grade;
                }
                if (elseGrade is null && grades.Grades.Count > 0)
                {
                    var lowest = grades.Grades.Where(g => g.Minimum is not null).Select(g => g.Minimum!.Value).DefaultIfEmpty(0).Min();
                    context.ReportWithHint(DiagnosticDescriptors.InvalidGrades, source, grades.Span, "add a last grade such as `D else \"Needs improvement\"`",
                        $"the grades have no `else` grade, so a total below {Wording.Number(lowest)} gets no grade");
                }
                else if (grades.Grades.Count == 0)
                    context.ReportWithHint(DiagnosticDescriptors.InvalidGrades, source, grades.Span,
                        "e.g. `grades { A >= 90 \"Excellent\"; B >= 75 \"Good\"; C else \"Needs improvement\" }`", "the grades are empty");
            }
    }
}
