using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Model;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// Compiles all C# formulas of a policy together, once: the formulas are written into one generated C# file
/// (<see cref="FormulaSourceWriter"/>), compiled in one <see cref="CSharpCompilation"/> against the minimal
/// references (<see cref="FormulaReferences"/>, no unsafe code, overflow checks on), checked on its semantic model
/// (<see cref="ForbiddenApiWalker"/>, <see cref="ResultTypeCheck"/>), given time-limit checks
/// (<see cref="GuardRewriter"/>) and emitted as one in-memory assembly. Programs are cached by the SHA-256 of the
/// generated file, so checking a policy and then evaluating it, or evaluating many people and periods, compiles
/// once per process. (A Roslyn compilation costs about 1.2 s the first time and 190 ms / 17 MB after that.)
/// </summary>
public static class CSharpFormulaCompiler
{
    private static readonly ConcurrentDictionary<string, Lazy<CSharpFormulaProgram>> Cache = new(StringComparer.Ordinal);
    private static long _compilations;

    /// <summary>Raised after each compilation (not for programs served from the cache), on the compiling thread.</summary>
    public static event Action<CSharpCompilationInfo>? Compiled;

    /// <summary>How many compilations this process has run.</summary>
    public static long CompilationCount => Interlocked.Read(ref _compilations);

    /// <summary>True when <paramref name="policy"/> has a C# formula (cheap; compiles nothing).</summary>
    public static bool HasFormulas(PolicyModel policy) => CSharpFormula.Any(policy);

    /// <summary>
    /// The compiled formulas of <paramref name="policy"/>, from the cache when the same formulas (with the same
    /// sources and locations) were compiled before. Never throws for bad formulas: they are in
    /// <see cref="CSharpFormulaProgram.Problems"/>.
    /// </summary>
    public static CSharpFormulaProgram Compile(PolicyModel policy)
    {
        var formulas = CSharpFormula.Of(policy);
        var output = FormulaSourceWriter.Write(policy, formulas);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(output.Text)));
        return Cache.GetOrAdd(key, k => new Lazy<CSharpFormulaProgram>(() => BuildOrFail(policy, formulas, output, k))).Value;
    }

    // Compiling must not throw into an evaluation: if the compiler itself fails (e.g. the .NET assemblies to compile
    // against cannot be found), every formula gets that as its problem.
    private static CSharpFormulaProgram BuildOrFail(PolicyModel policy, IReadOnlyList<CSharpFormula> formulas, FormulaSourceWriter.Output output, string key)
    {
        try
        {
            return Build(policy, formulas, output, key);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var problems = formulas.ToDictionary(f => f.MethodName, f => (IReadOnlyList<CSharpFormulaProblem>)[new CSharpFormulaProblem(
                DiagnosticDescriptors.CSharpDoesNotCompile, f.OwnerId, f.Kind, f.CodeLocation, f.Code, 0, f.Code.Length,
                "C# formulas cannot be compiled here: " + e.Message)], StringComparer.Ordinal);
            var entries = formulas.ToDictionary(f => f.MethodName,
                f => new CSharpFormulaProgram.Entry(f, problems[f.MethodName], null, null, []), StringComparer.Ordinal);
            return new CSharpFormulaProgram(key, output.Text, [.. formulas.SelectMany(f => problems[f.MethodName])], entries, null, null);
        }
    }

    /// <summary>
    /// The sources of <paramref name="policy"/> that its value formulas name (sorted), which must be loaded for them
    /// to run. Reads the formulas' text; compiles nothing.
    /// </summary>
    public static IReadOnlyList<string> SourcesUsed(PolicyModel policy) =>
        [.. CSharpFormula.Of(policy).SelectMany(f => f.Sources).Distinct().Order(StringComparer.Ordinal)];

    private static CSharpFormulaProgram Build(PolicyModel policy, IReadOnlyList<CSharpFormula> formulas, FormulaSourceWriter.Output output, string key)
    {
        Interlocked.Increment(ref _compilations);
        var tree = CSharpSyntaxTree.ParseText(output.Text, FormulaSyntax.ParseOptions, path: "formulas.cs", encoding: Encoding.UTF8);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release, checkOverflow: true, allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Enable, deterministic: true, concurrentBuild: false);
        var compilation = CSharpCompilation.Create("ScoreRules.Formulas." + key[..16], [tree], FormulaReferences.All, options);
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        var methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(m => m.Parent is ClassDeclarationSyntax { Identifier.ValueText: "Formulas" })
            .ToDictionary(m => m.Identifier.ValueText, StringComparer.Ordinal);

        var findings = output.Slots.ToDictionary(s => s.Formula.MethodName, s => s.SyntaxErrors
            .Select(e => new Finding(DiagnosticDescriptors.CSharpDoesNotCompile, e.Offset, e.Length, "the C# formula does not compile: " + e.Message)).ToList(), StringComparer.Ordinal);
        foreach (var slot in output.Slots.Where(s => s.IsIncluded))
        {
            var userRoot = FormulaRoot(methods[slot.Formula.MethodName], slot.IsExpression);
            var found = findings[slot.Formula.MethodName];
            found.AddRange(ForbiddenApiWalker.Walk(model, userRoot, slot.CodeStart, slot.Formula.Code.Length));
            found.AddRange(ResultTypeCheck.Check(model, userRoot, slot.CodeStart, slot.Formula.Code.Length).Where(r => !found.Any(f => f.Covers(r.Offset))).ToList());
        }
        AddCompileErrors(compilation.GetDiagnostics(), model, policy, output.Slots, methods, findings);

        var failed = findings.Where(f => f.Value.Count > 0).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var assembly = Emit(compilation, tree, model, output, methods, findings, failed);
        var problems = output.Slots.ToDictionary(s => s.Formula.MethodName, s => (IReadOnlyList<CSharpFormulaProblem>)[.. findings[s.Formula.MethodName]
            .OrderBy(f => f.Offset).ThenBy(f => f.Descriptor.Code, StringComparer.Ordinal)
            .Select(f => new CSharpFormulaProblem(f.Descriptor, s.Formula.OwnerId, s.Formula.Kind, s.Formula.CodeLocation, s.Formula.Code, f.Offset, f.Length, f.Message))],
            StringComparer.Ordinal);

        var entries = new Dictionary<string, CSharpFormulaProgram.Entry>(StringComparer.Ordinal);
        var entryType = assembly?.GetType(FormulaSourceWriter.Namespace + ".__Entry");
        foreach (var f in formulas)
        {
            var method = failed.Contains(f.MethodName) ? null : entryType?.GetMethod(f.MethodName, BindingFlags.Public | BindingFlags.Static);
            var fields = f.Sources.Select(id => policy.Sources[id].Fields).ToList();
            entries[f.MethodName] = new CSharpFormulaProgram.Entry(f, problems[f.MethodName],
                f.Kind == FormulaKind.Score ? method?.CreateDelegate<Func<decimal, decimal?>>() : null,
                f.Kind == FormulaKind.Value ? method?.CreateDelegate<Func<object?[][][], decimal?>>() : null,
                fields);
        }
        var guard = assembly?.GetType(FormulaSourceWriter.Namespace + ".__Guard");
        var program = new CSharpFormulaProgram(key, output.Text, [.. output.Slots.SelectMany(s => problems[s.Formula.MethodName])], entries,
            guard?.GetMethod("Begin")!.CreateDelegate<Action<long>>(), guard?.GetMethod("End")!.CreateDelegate<Func<bool>>());
        Compiled?.Invoke(new CSharpCompilationInfo(key, formulas.Count, program.Problems.Count));
        return program;
    }

    // The formula's own node: the expression inside `__Result.Of((object?)( … ))`, or the block of `__Body`.
    private static SyntaxNode FormulaRoot(MethodDeclarationSyntax method, bool isExpression) => isExpression
        ? method.DescendantNodes().OfType<CastExpressionSyntax>().Select(c => ((ParenthesizedExpressionSyntax)c.Expression).Expression).First()
        : method.DescendantNodes().OfType<LocalFunctionStatementSyntax>().First(f => f.Identifier.ValueText == "__Body").Body!;

    private static void AddCompileErrors(IEnumerable<Diagnostic> diagnostics, SemanticModel model, PolicyModel policy, IReadOnlyList<FormulaSlot> slots,
        IReadOnlyDictionary<string, MethodDeclarationSyntax> methods, Dictionary<string, List<Finding>> findings)
    {
        foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var span = d.Location.SourceSpan;
            var slot = slots.FirstOrDefault(s => s.Contains(span.Start))
                ?? slots.FirstOrDefault(s => methods.TryGetValue(s.Formula.MethodName, out var m) && m.Span.Contains(span.Start));
            if (slot is null) continue; // outside every formula: the emit step reports it for the formulas it hurts
            var found = findings[slot.Formula.MethodName];
            var inside = slot.Contains(span.Start);
            var offset = inside ? span.Start - slot.CodeStart : 0;
            if (found.Any(f => f.Covers(offset))) continue; // already said, more clearly
            var length = inside ? Math.Min(span.Length, slot.Formula.Code.Length - offset) : slot.Formula.Code.Length;
            if (d.Id is "CS0103" or "CS0246" && inside && KnownForbidden(d, model) is { } use && slot.Contains(use.Span.Start))
            {
                var start = use.Span.Start - slot.CodeStart;
                found.Add(new Finding(DiagnosticDescriptors.CSharpForbiddenApi, start, Math.Min(use.Span.Length, slot.Formula.Code.Length - start),
                    ForbiddenApiWalker.Forbidden(use.Text)));
                continue;
            }
            found.Add(CompileFinding(d, offset, length, inside, model, policy));
        }
    }

    private static Finding CompileFinding(Diagnostic d, int offset, int length, bool inside, SemanticModel model, PolicyModel policy)
    {
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var hintAt = message.IndexOf(" (are you missing", StringComparison.Ordinal);
        if (hintAt > 0) message = message[..hintAt];
        if (d.Id == "CS1061" && UnknownField(d, model, policy) is { } unknownField)
            return new Finding(DiagnosticDescriptors.CSharpDoesNotCompile, offset, length, unknownField);
        return d.Id switch
        {
            // `System.Net.Http` or `System.Diagnostics.Process` are not even referenced: say so as a forbidden API.
            "CS0234" => new Finding(DiagnosticDescriptors.CSharpForbiddenApi, offset, length, ForbiddenApiWalker.Forbidden(MissingName(message))),
            "CS0161" or "CS0126" when !inside => new Finding(DiagnosticDescriptors.CSharpDoesNotCompile, offset, length,
                "not every path of the formula ends in `return` with a number (or null for no data)"),
            _ => new Finding(DiagnosticDescriptors.CSharpDoesNotCompile, offset, length, "the C# formula does not compile: " + message),
        };
    }

    // `Process.Start(…)` without its namespace: the name is unknown, but it is clear what was meant.
    private static (string Text, Microsoft.CodeAnalysis.Text.TextSpan Span)? KnownForbidden(Diagnostic d, SemanticModel model)
    {
        if (model.SyntaxTree.GetRoot().FindNode(d.Location.SourceSpan) is not SimpleNameSyntax name
            || !ApiAllowList.KnownForbiddenNames.Contains(name.Identifier.ValueText)) return null;
        SyntaxNode use = name;
        while (use.Parent is MemberAccessExpressionSyntax m && m.Expression == use || use.Parent is QualifiedNameSyntax q && q.Left == use) use = use.Parent;
        if (use.Parent is ObjectCreationExpressionSyntax creation && creation.Type == use)
            return ("new " + use, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(creation.SpanStart, use.Span.End));
        return (use.ToString(), use.Span);
    }

    // `t.csatt` on a row: name the source and its fields rather than the generated row class.
    private static string? UnknownField(Diagnostic d, SemanticModel model, PolicyModel policy)
    {
        var node = model.SyntaxTree.GetRoot().FindNode(d.Location.SourceSpan);
        if (node.Parent is not MemberAccessExpressionSyntax access || model.GetTypeInfo(access.Expression).Type is not { } type) return null;
        var source = policy.Sources.Values.FirstOrDefault(s => CSharpNames.RowType(s.Id) == type.Name
            && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, model.Compilation.Assembly));
        return source is null ? null
            : $"source `{source.Id}` has no field `{access.Name.Identifier.ValueText}`; its fields are {string.Join(", ", source.Fields.Select(f => f.Name))}";
    }

    // "The type or namespace name 'Process' does not exist in the namespace 'System.Diagnostics' (...)" → System.Diagnostics.Process
    private static string MissingName(string message)
    {
        var parts = message.Split('\'');
        return parts.Length >= 4 ? parts[3] + "." + parts[1] : message;
    }

    private static Assembly? Emit(CSharpCompilation compilation, SyntaxTree tree, SemanticModel model, FormulaSourceWriter.Output output,
        IReadOnlyDictionary<string, MethodDeclarationSyntax> methods, Dictionary<string, List<Finding>> findings, HashSet<string> failed)
    {
        var root = tree.GetRoot();
        // Formulas with problems keep their signature but lose their body, so the others still compile and run.
        for (var attempt = 0; attempt <= output.Slots.Count; attempt++)
        {
            bool Runs(int position) => output.Slots.Any(s => s.Contains(position) && !failed.Contains(s.Formula.MethodName));
            var guarded = GuardRewriter.Rewrite(root, model, Runs);
            var stubbed = guarded.ReplaceNodes(
                guarded.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Parent is ClassDeclarationSyntax { Identifier.ValueText: "Formulas" } && failed.Contains(m.Identifier.ValueText)),
                (_, m) => m.WithBody(SyntaxFactory.Block(SyntaxFactory.ParseStatement("return null;"))).WithExpressionBody(null));
            var emitting = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(stubbed, tree.Options));
            using var stream = new MemoryStream();
            var result = emitting.Emit(stream);
            if (result.Success)
            {
                var context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
                stream.Position = 0;
                return context.LoadFromStream(stream);
            }
            // The checks above passed but the guarded code does not compile: leave out the formulas it names.
            var named = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.Location.SourceTree?.GetRoot().FindToken(d.Location.SourceSpan.Start).Parent?.AncestorsAndSelf()
                    .OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Parent is ClassDeclarationSyntax { Identifier.ValueText: "Formulas" }))
                .ToList();
            var hurt = named.Where(m => m is not null).Select(m => m!.Identifier.ValueText).Where(n => !failed.Contains(n)).Distinct().ToList();
            if (named.Any(m => m is null) || hurt.Count == 0) hurt = [.. methods.Keys.Where(n => !failed.Contains(n))];
            var first = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in hurt)
            {
                findings[name].Add(new Finding(DiagnosticDescriptors.CSharpDoesNotCompile, 0, output.Slots.First(s => s.Formula.MethodName == name).Formula.Code.Length,
                    "the C# formula cannot be compiled with its time-limit checks: " + first));
                failed.Add(name);
            }
            if (hurt.Count == 0) break;
        }
        return null;
    }
}
