using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Reports field ranges that cannot work (SR2025): <c>in MIN .. MAX</c> on a field that is not an
/// int or number, a range whose lowest value is above its highest, and a map answer whose value lies
/// outside the range (every row with that answer would be a data error).
/// </summary>
internal sealed class CheckFieldRanges : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "field-ranges";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (src, source) in context.Scope.OfType<SourceDeclaration>())
            foreach (var field in src.Items.OfType<FieldItem>())
                if (field.Range is { } range)
                    Check(context, field, range, source);
    }

    private static void Check(CheckContext context, FieldItem field, ValueRange range, SourceText source)
    {
        var name = field.Field.Text;
        var written = $"in {Wording.Snippet(source, range.Min.Span)} .. {Wording.Snippet(source, range.Max.Span)}";
        if (field.Type.Text is not ("int" or "number"))
        {
            context.ReportWithHint(DiagnosticDescriptors.InvalidFieldRange, source, range.Span,
                $"declare `{name}` as int or number, or remove `{written}`",
                $"a range only applies to int and number fields, but `{name}` is {field.Type.Text}");
            return;
        }
        if (range.Min.Value > range.Max.Value)
        {
            context.ReportWithHint(DiagnosticDescriptors.InvalidFieldRange, source, range.Span,
                $"write `in {Wording.Snippet(source, range.Max.Span)} .. {Wording.Snippet(source, range.Min.Span)}`",
                $"the range of field `{name}` runs backwards: its lowest value {Wording.Snippet(source, range.Min.Span)} is above its highest {Wording.Snippet(source, range.Max.Span)}");
            return;
        }
        foreach (var mapping in field.Map ?? Enumerable.Empty<ValueMapping>())
        {
            if (NumberOf(mapping.To) is not { } value || (value >= range.Min.Value && value <= range.Max.Value)) continue;
            context.ReportWithHint(DiagnosticDescriptors.InvalidFieldRange, source, mapping.To.Span,
                "change the mapped value or the range",
                $"the answer \"{mapping.From.Value}\" is mapped to {Wording.Snippet(source, mapping.To.Span)}, outside the range {Wording.Snippet(source, range.Min.Span)} .. {Wording.Snippet(source, range.Max.Span)} of field `{name}`, so every row with that answer would be a data error");
        }
    }

    private static decimal? NumberOf(Expression e) => e switch
    {
        NumberExpression n => n.Value,
        UnaryExpression { Operator: UnaryOperator.Negate, Operand: NumberExpression n } => -n.Value,
        ParenthesizedExpression p => NumberOf(p.Inner),
        _ => null,
    };
}
