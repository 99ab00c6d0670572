using Microsoft.CodeAnalysis;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// The assemblies formulas are compiled against, and nothing more: the core library (which holds
/// <c>System.Math</c>, the basic types and <c>List&lt;T&gt;</c>), <c>System.Runtime</c>, <c>System.Linq</c>
/// and <c>System.Collections</c>, taken from the running .NET. The row classes and the guard are generated
/// into the formulas' own assembly, so no ScoreRules assembly is referenced. What these assemblies hold
/// beyond the allow-list (files, threads, reflection live in the core library too) is rejected by
/// <see cref="ForbiddenApiWalker"/>; what they do not hold (processes, network, console) does not even resolve.
/// </summary>
internal static class FormulaReferences
{
    private static readonly string[] Names = ["System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> Lazy = new(Load);

    /// <summary>The references, loaded once per process.</summary>
    public static IReadOnlyList<MetadataReference> All => Lazy.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        var platform = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .DistinctBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase);
        return [.. Names.Select(name => MetadataReference.CreateFromFile(
            platform.TryGetValue(name, out var path) ? path : Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, name + ".dll")))];
    }
}
