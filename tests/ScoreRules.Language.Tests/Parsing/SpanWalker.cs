using System.Collections;
using System.Reflection;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>
/// Walks a syntax tree by reflection over the node records and their <see cref="SyntaxList{T}"/>s, so a
/// node type added later is checked without changing this walker.
/// </summary>
internal static class SpanWalker
{
    /// <summary>
    /// Every node of <paramref name="file"/> (and every comment) with its span, each paired with the
    /// chain of node types leading to it, e.g. <c>MetricDeclaration/ValueItem/BinaryExpression</c>.
    /// </summary>
    public static IEnumerable<(string Path, TextSpan Span, TextSpan? Parent)> Spans(ScoreFile file)
    {
        foreach (var declaration in file.Declarations)
            foreach (var entry in Walk(declaration, "", null))
                yield return entry;
        foreach (var comment in file.Comments)
            yield return (nameof(Comment), comment.Span, null);
    }

    private static IEnumerable<(string, TextSpan, TextSpan?)> Walk(object? value, string path, TextSpan? parent)
    {
        switch (value)
        {
            case null or string:
                yield break;
            case SyntaxNode node:
            {
                var here = path.Length == 0 ? node.GetType().Name : path + "/" + node.GetType().Name;
                yield return (here, node.Span, parent);
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length > 0) continue;
                    foreach (var entry in Walk(property.GetValue(node), here, node.Span))
                        yield return entry;
                }
                yield break;
            }
            case IEnumerable items:
                foreach (var item in items)
                    foreach (var entry in Walk(item, path, parent))
                        yield return entry;
                yield break;
        }
    }
}
