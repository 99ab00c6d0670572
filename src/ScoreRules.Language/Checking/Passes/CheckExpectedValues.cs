using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Reports a field's <c>expect [ … ]</c> that cannot work (SR2029): on a field that is not text (numbers have
/// ranges, <c>in 1 .. 5</c>), an empty list, which would flag every value, or a blank value or one with leading or
/// trailing spaces, which no (trimmed) cell can match; and a value listed twice (SR2030, a warning).
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
                else
                    CheckValues(context, source, name, expected);
            }
    }

    // Cells are read trimmed and empty cells are not checked, so a blank or padded value can never match;
    // a value listed twice is harmless but usually a slip (a typo in the other one).
    private static void CheckValues(CheckContext context, Text.SourceText source, string name, ExpectedValues expected)
    {
        var seen = new Dictionary<string, StringLiteral>(StringComparer.Ordinal);
        foreach (var value in expected.Values)
        {
            if (value.Value.Trim().Length == 0)
                context.ReportWithHint(DiagnosticDescriptors.InvalidExpectedValues, source, value.Span,
                    "remove it: an empty cell is never checked against the list (and `missing` says which cells count as no value)",
                    $"the expected values of field `{name}` hold an empty value, which no cell can match");
            else if (value.Value.Trim() != value.Value)
                context.ReportWithHint(DiagnosticDescriptors.InvalidExpectedValues, source, value.Span,
                    $"write \"{value.Value.Trim()}\": cells are read without their leading and trailing spaces",
                    $"the expected value \"{value.Value}\" of field `{name}` starts or ends with a space, so no cell can match it");
            else if (seen.TryGetValue(value.Value, out var first))
                context.ReportWithHint(DiagnosticDescriptors.ExpectedValueTwice, source, value.Span,
                    "remove one of them, or correct it if it was meant to be another value",
                    value.Value, name, Wording.At(source, source, first.Span));
            else
                seen[value.Value] = value;
        }
    }
}
