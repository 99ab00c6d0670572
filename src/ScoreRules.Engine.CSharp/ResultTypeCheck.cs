using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// A formula gives a number (any of C#'s number types, nullable or not) or <c>null</c> for no data. The generated
/// method takes the result as <c>object?</c> so that <c>int</c>, <c>double</c> and <c>decimal</c> all work; this
/// check puts back at check time what that loses: an expression formula's type, or the type of each
/// <c>return</c> of a statement formula, must be a number (SR2026).
/// </summary>
internal static class ResultTypeCheck
{
    /// <summary>The results of <paramref name="root"/> (an expression or the formula's block) that are not numbers.</summary>
    public static IReadOnlyList<Finding> Check(SemanticModel model, SyntaxNode root, int codeStart, int codeLength)
    {
        var results = root is ExpressionSyntax e
            ? [e]
            : root.DescendantNodes(n => n == root || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<ReturnStatementSyntax>().Select(r => r.Expression).OfType<ExpressionSyntax>().ToList();
        var findings = new List<Finding>();
        foreach (var result in results.SelectMany(r => Branches(model, r)))
        {
            if (result.IsKind(SyntaxKind.NullLiteralExpression) || result.IsKind(SyntaxKind.DefaultLiteralExpression)) continue;
            var type = model.GetTypeInfo(result).Type;
            if (type is IErrorTypeSymbol || IsNumber(type)) continue;
            var start = Math.Clamp(result.SpanStart - codeStart, 0, codeLength);
            var end = Math.Clamp(result.Span.End - codeStart, start, codeLength);
            var what = type is null ? "something that is not a value" : $"`{type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}`";
            findings.Add(new Finding(DiagnosticDescriptors.CSharpDoesNotCompile, start, end - start,
                $"a C# formula gives a number, or null for no data; this gives {what}"));
        }
        return findings;
    }

    // `c ? x : null` and switch expressions have no type of their own when a branch is null: check each branch.
    private static IEnumerable<ExpressionSyntax> Branches(SemanticModel model, ExpressionSyntax expression)
    {
        if (model.GetTypeInfo(expression).Type is not null) return [expression];
        return expression switch
        {
            ParenthesizedExpressionSyntax p => Branches(model, p.Expression),
            ConditionalExpressionSyntax c => [.. Branches(model, c.WhenTrue), .. Branches(model, c.WhenFalse)],
            SwitchExpressionSyntax s => s.Arms.SelectMany(a => Branches(model, a.Expression)),
            _ => [expression],
        };
    }

    private static bool IsNumber(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        return type?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
    }
}
