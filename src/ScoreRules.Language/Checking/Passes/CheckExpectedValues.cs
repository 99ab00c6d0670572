using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Reports a field's <c>expect [ … ]</c> that cannot work (SR2029): on a field that is not text (numbers have
/// ranges, <c>in 1 .. 5</c>), or an empty list, which would flag every value.
/// </summary>
internal sealed class CheckExpectedValues : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "expected-values";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (src, source) in context.Scope.OfType<SourceDeclaration>())
            foreach (var field in src.Items.OfType<FieldItem>())
            {
                if (field.Expected is not { } expected) continue;
                var name = field.Field.Text;
                if (field.Type.Text != "text")
                    context.ReportWithHint(DiagnosticDescriptors.InvalidExpectedValues, source, expected.Span,
                        field.Type.Text is "int" or "number"
                            ? $"for a number, give the allowed values as a range, e.g. `in 1 .. 5`, or declare `{name}` as text"
                            : $"declare `{name}` as text, or remove the `expect` list",
                        $"expected values only apply to text fields, but `{name}` is {field.Type.Text}");
                else if (expected.Values.Count == 0)
                    context.ReportWithHint(DiagnosticDescriptors.InvalidExpectedValues, source, expected.Span,
                        "list the values the export may hold, e.g. `expect [\"New\", \"Closed\"]`, or remove the `expect` list",
                        $"the expected values of field `{name}` are empty, so every value would be unexpected");
            }
    }
}
