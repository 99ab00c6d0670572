using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// Makes formulas stoppable: puts <c>__Guard.Tick();</c> at the start of every loop body (<c>while</c>,
/// <c>do</c>, <c>for</c>, <c>foreach</c>), every lambda, anonymous method and local function, and before every
/// <c>goto</c>, inside the formulas' own text. Every way C# has to run code again and again passes one of them,
/// so once a call's deadline is past the next pass throws and the call ends: the CPU is really freed, unlike a
/// thread that is merely abandoned. <c>Tick</c> also stops recursion before the stack runs out. Expression-bodied
/// lambdas and local functions get a block body; whether it ends in <c>return</c> is read from the semantic model.
/// The generated methods tick on entry themselves.
/// </summary>
internal sealed class GuardRewriter : CSharpSyntaxRewriter
{
    private static readonly string TickText = "global::" + FormulaSourceWriter.Namespace + ".__Guard.Tick();";

    private readonly SemanticModel _model;
    private readonly Func<int, bool> _isFormulaCode;

    private GuardRewriter(SemanticModel model, Func<int, bool> isFormulaCode)
    {
        _model = model;
        _isFormulaCode = isFormulaCode;
    }

    /// <summary>Rewrites <paramref name="root"/> (of <paramref name="model"/>'s tree); only nodes starting where <paramref name="isFormulaCode"/> holds change.</summary>
    public static SyntaxNode Rewrite(SyntaxNode root, SemanticModel model, Func<int, bool> isFormulaCode) =>
        new GuardRewriter(model, isFormulaCode).Visit(root);

    private static StatementSyntax Tick() => ParseStatement(TickText);

    private static StatementSyntax Guarded(StatementSyntax body) =>
        body is BlockSyntax block ? block.WithStatements(block.Statements.Insert(0, Tick())) : Block(Tick(), body);

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return _isFormulaCode(node.SpanStart) ? visited.WithStatement(Guarded(visited.Statement)) : visited;
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return _isFormulaCode(node.SpanStart) ? visited.WithStatement(Guarded(visited.Statement)) : visited;
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return _isFormulaCode(node.SpanStart) ? visited.WithStatement(Guarded(visited.Statement)) : visited;
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return _isFormulaCode(node.SpanStart) ? visited.WithStatement(Guarded(visited.Statement)) : visited;
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return _isFormulaCode(node.SpanStart) ? visited.WithStatement(Guarded(visited.Statement)) : visited;
    }

    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
    {
        var visited = (GotoStatementSyntax)base.VisitGotoStatement(node)!;
        return _isFormulaCode(node.SpanStart) ? Block(Tick(), visited) : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (!_isFormulaCode(node.SpanStart)) return visited;
        if (visited.Body is { } body) return visited.WithBody((BlockSyntax)Guarded(body));
        var returnsVoid = _model.GetDeclaredSymbol(node) is IMethodSymbol { ReturnsVoid: true };
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(BodyOf(visited.ExpressionBody!.Expression, returnsVoid));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        Lambda(node, (AnonymousFunctionExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        Lambda(node, (AnonymousFunctionExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) =>
        Lambda(node, (AnonymousFunctionExpressionSyntax)base.VisitAnonymousMethodExpression(node)!);

    private SyntaxNode Lambda(AnonymousFunctionExpressionSyntax original, AnonymousFunctionExpressionSyntax visited)
    {
        if (!_isFormulaCode(original.SpanStart)) return visited;
        if (visited.Block is { } block) return visited.WithBlock((BlockSyntax)Guarded(block));
        var returnsVoid = _model.GetSymbolInfo(original).Symbol is IMethodSymbol { ReturnsVoid: true };
        return visited.WithExpressionBody(null).WithBlock(BodyOf(visited.ExpressionBody!, returnsVoid));
    }

    private static BlockSyntax BodyOf(ExpressionSyntax expression, bool returnsVoid)
    {
        StatementSyntax last = expression switch
        {
            ThrowExpressionSyntax t => ThrowStatement(t.Expression),
            _ when returnsVoid => ExpressionStatement(expression),
            _ => ReturnStatement(expression),
        };
        return Block(Tick(), last);
    }
}
