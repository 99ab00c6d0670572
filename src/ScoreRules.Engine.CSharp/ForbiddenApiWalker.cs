using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// Walks one formula on the semantic model and reports every use of something outside <see cref="ApiAllowList"/>
/// (SR2024): each name, member access, call, object creation, operator, conversion, <c>foreach</c> and query
/// clause is resolved to its symbol, and the symbol, its containing type, its type arguments and the type of
/// every expression must be allowed. Some syntax is forbidden whatever it refers to: <c>unsafe</c>, pointers,
/// <c>fixed</c>, <c>stackalloc</c>, <c>extern</c>, attributes, <c>lock</c>, <c>async</c>/<c>await</c>,
/// <c>__arglist</c>/<c>__makeref</c>, and names starting with <c>__</c> (reserved for the generated code).
/// One use is reported once, at its outermost node (<c>System.IO.File.ReadAllText(path)</c> from <c>System</c>
/// to <c>ReadAllText</c>); its arguments are still walked.
/// </summary>
internal sealed class ForbiddenApiWalker
{
    private static readonly SymbolDisplayFormat Display = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private readonly SemanticModel _model;
    private readonly IAssemblySymbol _own;
    private readonly int _codeStart;
    private readonly int _codeLength;
    private readonly List<Finding> _findings = [];
    private readonly HashSet<SyntaxNode> _visited = [];
    private readonly HashSet<SyntaxNode> _convertedForUse = [];

    private ForbiddenApiWalker(SemanticModel model, int codeStart, int codeLength)
    {
        _model = model;
        _own = model.Compilation.Assembly;
        _codeStart = codeStart;
        _codeLength = codeLength;
    }

    /// <summary>The forbidden uses in <paramref name="root"/>, the formula's expression or block.</summary>
    public static IReadOnlyList<Finding> Walk(SemanticModel model, SyntaxNode root, int codeStart, int codeLength)
    {
        var walker = new ForbiddenApiWalker(model, codeStart, codeLength);
        walker.Visit(root);
        return walker._findings;
    }

    /// <summary>The message for a forbidden API, e.g. for <c>System.IO.File.ReadAllText</c>.</summary>
    public static string Forbidden(string what) =>
        $"`{what}` is not allowed in a C# formula: formulas may use Math, LINQ over the rows they are given, and numbers, text, dates and times, nothing else";

    private void Visit(SyntaxNode node)
    {
        if (!_visited.Add(node)) return;
        if (ForbiddenSyntax(node) is { } banned)
        {
            Report(banned.Span, banned.Message);
            return;
        }
        if (ForbiddenUse(node) is { } what)
        {
            // A namespace is met only when the names after it did not resolve (System.Diagnostics.Process is not
            // even referenced): then the use is the whole chain it starts, and is named by its text.
            var isNamespace = _model.GetSymbolInfo(node).Symbol is INamespaceSymbol;
            var use = isNamespace ? Outermost(node) : node;
            // In a chain, name the first forbidden link: `AppDomain.CurrentDomain` in `AppDomain.CurrentDomain.Id`.
            while (!isNamespace && Receiver(use) is { } receiver && ForbiddenUse(receiver) is { } cause)
            {
                use = receiver;
                what = cause;
            }
            var head = use switch
            {
                InvocationExpressionSyntax i => i.Expression,
                ObjectCreationExpressionSyntax o => o.Type,
                _ => use,
            };
            var span = use is ObjectCreationExpressionSyntax ? Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(use.SpanStart, head.Span.End) : head.Span;
            Report(span, Forbidden(isNamespace && use != node ? head.ToString() : what));
            VisitArgumentsOnly(isNamespace ? use : node);
            return;
        }
        foreach (var child in node.ChildNodes()) Visit(child);
    }

    // Inside a reported use, only its arguments and initializers are separate uses; the rest is marked as seen.
    private void VisitArgumentsOnly(SyntaxNode node)
    {
        foreach (var child in node.ChildNodes())
        {
            if (child is ArgumentListSyntax or BracketedArgumentListSyntax or InitializerExpressionSyntax)
            {
                // What an argument is converted to belongs to the reported use (a lambda becoming a ThreadStart).
                foreach (var argument in child.ChildNodes()) _convertedForUse.Add(argument is ArgumentSyntax a ? a.Expression : argument);
                Visit(child);
                continue;
            }
            _visited.Add(child);
            VisitArgumentsOnly(child);
        }
    }

    private void Report(Microsoft.CodeAnalysis.Text.TextSpan span, string message)
    {
        var start = Math.Clamp(span.Start - _codeStart, 0, _codeLength);
        var end = Math.Clamp(span.End - _codeStart, start, _codeLength);
        _findings.Add(new Finding(DiagnosticDescriptors.CSharpForbiddenApi, start, end - start, message));
    }

    private static (Microsoft.CodeAnalysis.Text.TextSpan Span, string Message)? ForbiddenSyntax(SyntaxNode node)
    {
        static string Not(string what) => $"{what} is not allowed in a C# formula";
        switch (node)
        {
            case UnsafeStatementSyntax s: return (s.UnsafeKeyword.Span, Not("`unsafe` code"));
            case FixedStatementSyntax s: return (s.FixedKeyword.Span, Not("`fixed` (unsafe code)"));
            case PointerTypeSyntax or FunctionPointerTypeSyntax: return (node.Span, Not("a pointer (unsafe code)"));
            case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax: return (node.Span, Not("`stackalloc`"));
            case AttributeListSyntax: return (node.Span, Not("an attribute"));
            case LocalFunctionStatementSyntax { AttributeLists.Count: > 0 } f: return (f.AttributeLists[0].Span, Not("an attribute"));
            case LockStatementSyntax s: return (s.LockKeyword.Span, Not("`lock` (threads)"));
            case AwaitExpressionSyntax s: return (s.AwaitKeyword.Span, Not("`await` (tasks)"));
            case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax: return (node.Span, Not($"`{node.GetFirstToken().Text}`"));
            case ExpressionSyntax e when e.IsKind(SyntaxKind.ArgListExpression): return (node.Span, Not("`__arglist`"));
            case IdentifierNameSyntax or GenericNameSyntax when ((SimpleNameSyntax)node).Identifier.ValueText.StartsWith("__", StringComparison.Ordinal):
                return (node.Span, $"`{((SimpleNameSyntax)node).Identifier.ValueText}`: names that start with `__` are reserved in C# formulas");
        }
        foreach (var modifier in Modifiers(node))
            if (modifier.Kind() is SyntaxKind.UnsafeKeyword or SyntaxKind.ExternKeyword or SyntaxKind.AsyncKeyword)
                return (modifier.Span, Not($"`{modifier.Text}`"));
        return null;
    }

    private static SyntaxTokenList Modifiers(SyntaxNode node) => node switch
    {
        LocalFunctionStatementSyntax f => f.Modifiers,
        AnonymousFunctionExpressionSyntax a => a.Modifiers,
        LocalDeclarationStatementSyntax d => d.Modifiers,
        _ => default,
    };

    // What the node uses that is not allowed, as a display name, or null.
    private string? ForbiddenUse(SyntaxNode node)
    {
        switch (node)
        {
            case ExpressionSyntax expression:
                var info = _model.GetSymbolInfo(expression);
                if (info.Symbol is { } symbol && Check(symbol) is { } bad) return bad;
                var typeInfo = _model.GetTypeInfo(expression);
                if (typeInfo.Type is IDynamicTypeSymbol || typeInfo.ConvertedType is IDynamicTypeSymbol) return "dynamic";
                if (!ApiAllowList.IsAllowed(typeInfo.Type, _own)) return typeInfo.Type!.ToDisplayString(Display);
                if (!ApiAllowList.IsAllowed(typeInfo.ConvertedType, _own) && !_convertedForUse.Contains(expression))
                    return typeInfo.ConvertedType!.ToDisplayString(Display);
                var conversion = _model.GetConversion(expression);
                if (conversion.IsUserDefined && conversion.MethodSymbol is { } op && !ApiAllowList.IsAllowedMember(op, _own))
                    return op.ToDisplayString(Display);
                return null;
            case CommonForEachStatementSyntax loop:
                var each = _model.GetForEachStatementInfo(loop);
                return FirstBad(each.GetEnumeratorMethod, each.MoveNextMethod, each.CurrentProperty, each.DisposeMethod)
                    ?? (ApiAllowList.IsAllowed(each.ElementType, _own) ? null : each.ElementType!.ToDisplayString(Display));
            case QueryClauseSyntax clause:
                var query = _model.GetQueryClauseInfo(clause);
                return FirstBad(query.OperationInfo.Symbol, query.CastInfo.Symbol);
            case SelectOrGroupClauseSyntax or OrderingSyntax:
                return FirstBad(_model.GetSymbolInfo(node).Symbol);
            default:
                return null;
        }
    }

    private string? FirstBad(params ISymbol?[] symbols) => symbols.Select(s => s is null ? null : Check(s)).FirstOrDefault(x => x is not null);

    private string? Check(ISymbol symbol) => symbol switch
    {
        INamespaceSymbol ns => ApiAllowList.Namespaces.Contains(ns.IsGlobalNamespace ? "" : ns.ToDisplayString()) ? null : ns.ToDisplayString(),
        ITypeSymbol type => type is IDynamicTypeSymbol ? "dynamic" : ApiAllowList.IsAllowed(type, _own) ? null : type.ToDisplayString(Display),
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => ApiAllowList.IsAllowedMember(symbol, _own) ? null : Name(symbol),
        _ => null, // locals, parameters, range variables, labels, discards: their types are checked where they are declared
    };

    private static string Name(ISymbol member)
    {
        if (member is IMethodSymbol { ReducedFrom: { } reduced }) member = reduced;
        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor) return "new " + ctor.ContainingType.ToDisplayString(Display);
        return member.ContainingType is { } type ? type.ToDisplayString(Display) + "." + member.Name : member.Name;
    }

    // What a member is used on, when that is a value (not a type or namespace, where the member itself is the use).
    private SyntaxNode? Receiver(SyntaxNode node)
    {
        var receiver = node switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax m } => m.Expression,
            MemberAccessExpressionSyntax m => m.Expression,
            ElementAccessExpressionSyntax e => e.Expression,
            _ => null,
        };
        return receiver is null || _model.GetSymbolInfo(receiver).Symbol is ITypeSymbol or INamespaceSymbol ? null : receiver;
    }

    // The whole use a forbidden namespace starts: `System.Diagnostics.Process.Start(…)` for its `System.Diagnostics`.
    private static SyntaxNode Outermost(SyntaxNode node)
    {
        while (node.Parent is MemberAccessExpressionSyntax m && m.Expression == node || node.Parent is QualifiedNameSyntax q && q.Left == node)
            node = node.Parent;
        return node.Parent switch
        {
            InvocationExpressionSyntax i when i.Expression == node => i,
            ObjectCreationExpressionSyntax o when o.Type == node => o,
            _ => node,
        };
    }
}
