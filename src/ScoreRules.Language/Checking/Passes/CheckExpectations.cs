using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Warns (SR2028) when an expectation of a test, <c>expect PERSON.NAME …</c>, names something that is
/// neither a result every person has (total, grade, bonus, …) nor a metric, rated item, bonus or
/// dimension of the policy, so a typo shows at <c>check</c> rather than only when the test runs.
/// </summary>
internal sealed class CheckExpectations : ICheckPass
{
    // The results of a person that are not declared by name (see docs/language.md §15 and testing.md).
    private static readonly string[] PersonResults = ["total", "grade", "bonus", "scorecard", "alerts", "alert", "improvements", "improve"];

    /// <inheritdoc/>
    public string Name => "expectations";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        var dimensions = context.Scope.OfType<ScorecardDeclaration>()
            .SelectMany(s => s.Node.Items.OfType<DimensionItem>()).Select(d => d.Id.Text);
        var known = new HashSet<string>(PersonResults.Concat(context.Symbols.Measures.Keys).Concat(dimensions), StringComparer.Ordinal);
        foreach (var (test, source) in context.Scope.OfType<TestDeclaration>())
            foreach (var expect in test.Items.OfType<ExpectItem>())
            {
                Visit(context, expect.Condition, known, source);
                if (expect.Approximately is { } approximately) Visit(context, approximately, known, source);
            }
    }

    private static void Visit(CheckContext context, Expression expression, HashSet<string> known, SourceText source)
    {
        switch (expression)
        {
            case MemberExpression { Target: NameExpression person, Member: var head }:
                if (!known.Contains(head.Text))
                    context.ReportWithHint(DiagnosticDescriptors.UnknownResultName, source, head.Span,
                        Suggestions.DidYouMean(head.Text, known),
                        $"`{person.Name}.{head.Text}` names no result: `{head.Text}` is not a metric, rated item, bonus or dimension of this policy, nor total, grade, bonus, scorecard, alerts or improvements");
                break;
            case MemberExpression member:
                Visit(context, member.Target, known, source);
                break;
            case BinaryExpression binary:
                Visit(context, binary.Left, known, source);
                Visit(context, binary.Right, known, source);
                break;
            case UnaryExpression unary:
                Visit(context, unary.Operand, known, source);
                break;
            case ParenthesizedExpression parenthesized:
                Visit(context, parenthesized.Inner, known, source);
                break;
            case InExpression @in:
                Visit(context, @in.Value, known, source);
                break;
        }
    }
}
