using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Model;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// The check-time half of C# formulas, for <c>scorerules check</c>: compiles a policy's formulas (once, cached for
/// a later evaluation in the same process) and reports each forbidden API (SR2024) and each formula that does not
/// compile (SR2026) as a diagnostic in the rule file, at the offending part of the formula. It runs whether or
/// not C# is allowed for evaluation: rule files are reviewed code, and a forbidden formula is an error either way.
/// A policy without C# formulas costs nothing (Roslyn is not even loaded).
/// </summary>
public static class CSharpFormulaChecker
{
    /// <summary>The diagnostics of <paramref name="policy"/>'s formulas, sorted by file and position.</summary>
    /// <param name="policy">A bound policy version.</param>
    /// <param name="sources">Its rule files (matched by path); a problem in a file not given has no position.</param>
    public static IReadOnlyList<Diagnostic> Check(PolicyModel policy, IEnumerable<SourceText> sources)
    {
        if (!CSharpFormula.Any(policy)) return [];
        var byPath = sources.DistinctBy(s => s.Path).ToDictionary(s => s.Path, StringComparer.Ordinal);
        var program = CSharpFormulaCompiler.Compile(policy);
        return DiagnosticBag.Sort(program.Problems.Select(p => p.ToDiagnostic(byPath.GetValueOrDefault(p.CodeLocation.Path))));
    }

    /// <summary>
    /// The diagnostics of the formulas of every version <paramref name="result"/> checked, each reported once
    /// (a formula in a file shared by versions is compiled with each, and gives the same diagnostic). Versions
    /// whose files have check errors are skipped: they cannot be bound reliably. Add these to the checker's
    /// diagnostics: <c>result.Diagnostics.Concat(CSharpFormulaChecker.Check(result))</c>.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(CheckResult result)
    {
        var sources = result.Sources;
        var withErrors = result.Diagnostics.Where(d => d.IsError && d.Source is not null).Select(d => d.Source!.Path).ToHashSet(StringComparer.Ordinal);
        var found = new List<Diagnostic>();
        foreach (var version in result.PolicySets.SelectMany(s => s.Versions))
        {
            var policy = PolicyBinder.Bind(version);
            if (policy.Files.Any(withErrors.Contains)) continue;
            found.AddRange(Check(policy, sources));
        }
        return DiagnosticBag.Sort(found.DistinctBy(d => (d.Source?.Path, d.Span, d.Code, d.Message)));
    }
}
