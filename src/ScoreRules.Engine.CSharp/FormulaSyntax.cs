using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// Reads a formula's text on its own, before it is placed in the generated class: a formula is either one
/// C# expression (<c>Math.Min(100, value * 20)</c>) or statements that end in <c>return</c>
/// (<c>var n = 0; foreach (var t in tickets) n++; return n;</c>). Reading it alone first guarantees that the
/// text cannot close the method it is placed in and add members of its own.
/// </summary>
internal static class FormulaSyntax
{
    /// <summary>The C# language version formulas are read in (pinned, so a compiler update does not change their meaning).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13, DocumentationMode.None);

    /// <summary>
    /// Text placed before a statement formula when it is read alone and in the generated class; the block's
    /// braces make the statements one node.
    /// </summary>
    public const string BlockOpen = "{\n";

    /// <summary>Text placed after a statement formula.</summary>
    public const string BlockClose = "\n}";

    /// <summary>The result of reading a formula alone.</summary>
    /// <param name="IsExpression">True for an expression, false for statements.</param>
    /// <param name="Errors">Syntax errors as (offset in the formula, length, message); empty when it reads cleanly.</param>
    public sealed record Reading(bool IsExpression, IReadOnlyList<(int Offset, int Length, string Message)> Errors);

    /// <summary>Reads <paramref name="code"/> as an expression, else as statements.</summary>
    public static Reading Read(string code)
    {
        var expression = SyntaxFactory.ParseExpression(code, 0, ParseOptions, consumeFullText: true);
        var expressionErrors = ErrorsOf(expression, 0, code.Length);
        if (expressionErrors.Count == 0 && !HasDirectives(expression)) return new(true, []);

        var block = SyntaxFactory.ParseStatement(BlockOpen + code + BlockClose, 0, ParseOptions, consumeFullText: true);
        var blockErrors = ErrorsOf(block, BlockOpen.Length, code.Length);
        if (block is not BlockSyntax && blockErrors.Count == 0)
            blockErrors = [(0, code.Length, "the formula is not one expression or a list of statements")];
        if (blockErrors.Count == 0 && !HasDirectives(block)) return new(false, []);

        if (expressionErrors.Count == 0 || blockErrors.Count == 0)
            return new(expressionErrors.Count == 0, [(0, code.Length, "`#` directives are not allowed in a C# formula")]);
        // Neither reads: show the reading the author most likely meant.
        var meantStatements = code.Contains(';') || code.Contains("return", StringComparison.Ordinal);
        return meantStatements ? new(false, blockErrors) : new(true, expressionErrors);
    }

    /// <summary>
    /// The names among <paramref name="candidates"/> that <paramref name="code"/> uses as plain identifiers
    /// (not as the member part of <c>x.name</c>), in the order of <paramref name="candidates"/>.
    /// </summary>
    public static IReadOnlyList<string> NamesUsed(string code, IReadOnlyList<string> candidates)
    {
        var root = SyntaxFactory.ParseStatement(BlockOpen + code + BlockClose, 0, ParseOptions);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in root.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Parent is MemberAccessExpressionSyntax m && m.Name == name) continue;
            used.Add(name.Identifier.ValueText);
        }
        return [.. candidates.Where(used.Contains)];
    }

    private static List<(int, int, string)> ErrorsOf(SyntaxNode node, int prefix, int codeLength) =>
        [.. node.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d =>
        {
            var start = Math.Clamp(d.Location.SourceSpan.Start - prefix, 0, codeLength);
            var end = Math.Clamp(d.Location.SourceSpan.End - prefix, start, codeLength);
            return (start, end - start, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        })];

    private static bool HasDirectives(SyntaxNode node) => node.DescendantTrivia(descendIntoTrivia: true).Any(t => t.IsDirective);
}
